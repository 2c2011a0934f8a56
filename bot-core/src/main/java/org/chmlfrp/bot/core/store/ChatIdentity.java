package org.chmlfrp.bot.core.store;

import java.util.Objects;

/** One user on one chat platform: a QQ number, a Discord user id, the console operator. */
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
