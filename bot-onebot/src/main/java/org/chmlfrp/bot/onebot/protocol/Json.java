package org.chmlfrp.bot.onebot.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The one JSON mapper of the adapter (thread-safe, configured once) and a few readers for OneBot's loose typing. */
public final class Json {
    /** Shared, immutable after construction; reads OneBot's loose types ({@link LenientModule}). */
    public static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new LenientModule());

    private Json() {}

    /**
     * A QQ number, group id or self id: OneBot sends numbers, some implementations strings.
     * Returns 0 when absent or not a number.
     */
    public static long id(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return 0;
        }
        if (node.isIntegralNumber()) {
            return node.asLong();
        }
        if (node.isTextual()) {
            try {
                return Long.parseLong(node.asText().trim());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }

    /** A field as text whatever its JSON type; empty string when absent or null. */
    public static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "";
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }
}
