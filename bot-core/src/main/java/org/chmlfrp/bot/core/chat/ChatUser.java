package org.chmlfrp.bot.core.chat;

import java.util.Objects;

/**
 * Who sent a message: the platform, the user's id there (QQ number, Discord snowflake) and
 * a display name (for logs and greetings; never trusted).
 */
public record ChatUser(Platform platform, String id, String name) {
    public ChatUser {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(id, "id");
        name = name == null ? id : name;
    }

    public ChatIdentity identity() {
        return new ChatIdentity(platform, id);
    }
}
