package org.chmlfrp.bot.core.store;

import java.time.Instant;
import java.util.Objects;

/**
 * An OAuth grant: the long-lived refresh token, and the short-lived access token with its
 * expiry when one has been fetched ({@code accessToken} and {@code accessExpiresAt} are
 * both null or both set).
 */
public record OAuthTokens(String refreshToken, String accessToken, Instant accessExpiresAt) implements Credential {

    public OAuthTokens {
        Objects.requireNonNull(refreshToken, "refreshToken");
        if (refreshToken.isBlank()) {
            throw new IllegalArgumentException("refreshToken must not be blank");
        }
        if ((accessToken == null) != (accessExpiresAt == null)) {
            throw new IllegalArgumentException("accessToken and accessExpiresAt go together");
        }
    }

    /** Whether there is an access token that is still valid at {@code now}. */
    public boolean hasAccessValidAt(Instant now) {
        return accessToken != null && now.isBefore(accessExpiresAt);
    }

    /** Never the tokens themselves. */
    @Override
    public String toString() {
        return "OAuthTokens[refreshToken=***, accessToken=" + (accessToken == null ? "none" : "***")
                + ", accessExpiresAt=" + accessExpiresAt + "]";
    }
}
