package org.chmlfrp.bot.core.chmlfrp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;

/** A node's {@code nodegroup}: free users' nodes or VIP nodes. */
public enum NodeGroup {
    USER,
    VIP,
    UNKNOWN;

    @JsonCreator
    public static NodeGroup parse(String text) {
        return switch (text == null ? "" : text.trim().toLowerCase(Locale.ROOT)) {
            case "user" -> USER;
            case "vip" -> VIP;
            default -> UNKNOWN;
        };
    }
}
