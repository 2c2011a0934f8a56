package org.chmlfrp.bot.core.chat;

import java.util.Locale;

/** Where a chat user lives. Stored lowercase. */
public enum Platform {
    ONEBOT,
    DISCORD,
    CONSOLE;

    /** The stored, lowercase form: {@code onebot}, {@code discord}, {@code console}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The platform whose {@link #id()} is {@code id} (any case). */
    public static Platform fromId(String id) {
        for (Platform platform : values()) {
            if (platform.id().equalsIgnoreCase(id.trim())) {
                return platform;
            }
        }
        throw new IllegalArgumentException("unknown platform: " + id);
    }
}
