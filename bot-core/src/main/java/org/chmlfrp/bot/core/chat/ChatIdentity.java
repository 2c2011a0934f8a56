package org.chmlfrp.bot.core.chat;

import java.util.Objects;

/** A chat user's identity as the store keys it: platform and user id. */
public record ChatIdentity(Platform platform, String userId) {
    public ChatIdentity {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(userId, "userId");
        if (userId.isBlank()) {
            throw new IllegalArgumentException("userId must not be blank");
        }
    }

    @Override
    public String toString() {
        return platform.id() + ":" + userId;
    }
}
