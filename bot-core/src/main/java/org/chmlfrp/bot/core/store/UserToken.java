package org.chmlfrp.bot.core.store;

import java.util.Objects;

/** A ChmlFrp usertoken, as shown in the panel and returned by {@code login}. */
public record UserToken(String token) implements Credential {

    public UserToken {
        Objects.requireNonNull(token, "token");
        if (token.isBlank()) {
            throw new IllegalArgumentException("token must not be blank");
        }
    }

    /** Never the token itself. */
    @Override
    public String toString() {
        return "UserToken[***]";
    }
}
