package org.chmlfrp.bot.core.chmlfrp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;

/** {@code online}/{@code offline}, or unknown where the API says null (a new tunnel's node state). */
public enum OnlineState {
    ONLINE,
    OFFLINE,
    UNKNOWN;

    @JsonCreator
    public static OnlineState parse(String text) {
        return switch (text == null ? "" : text.trim().toLowerCase(Locale.ROOT)) {
            case "online", "true", "yes" -> ONLINE;
            case "offline", "false", "no" -> OFFLINE;
            default -> UNKNOWN;
        };
    }
}
