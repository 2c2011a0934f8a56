package org.chmlfrp.bot.core.chmlfrp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Arrays;

/** A node's {@code nodegroup}: free users' nodes or VIP nodes. */
public enum NodeGroup {
    USER,
    VIP,
    UNKNOWN;

    @JsonCreator
    public static NodeGroup parse(String text) {
        return Arrays.stream(values())
                .filter(g -> text != null && g.name().equalsIgnoreCase(text.trim()))
                .findFirst()
                .orElse(UNKNOWN);
    }
}
