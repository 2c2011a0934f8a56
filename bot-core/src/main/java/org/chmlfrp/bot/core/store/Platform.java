package org.chmlfrp.bot.core.store;

import java.util.Locale;

/** The chat platform an identity or a place belongs to. Stored as its lowercase {@link #id()}. */
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
            if (platform.id().equalsIgnoreCase(id)) {
                return platform;
            }
        }
        throw new IllegalArgumentException("unknown platform: " + id);
    }
}
