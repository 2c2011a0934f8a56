package org.chmlfrp.bot.testkit.discord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The one Jackson mapper of the Discord fake, and small helpers around it. */
final class DiscordJson {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DiscordJson() {}

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    /** Parses JSON; null for an empty body, {@link IllegalArgumentException} for broken JSON. */
    static JsonNode parse(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return null;
        }
        try {
            return MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + new String(bytes, StandardCharsets.UTF_8), e);
        }
    }

    static JsonNode parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(JsonNode node) {
        return write(node).getBytes(StandardCharsets.UTF_8);
    }

    /** Discord's error body: {@code {"message": ..., "code": ...}}. */
    static ObjectNode error(String message, int code) {
        ObjectNode body = object();
        body.put("message", message);
        body.put("code", code);
        return body;
    }

    /** A snowflake field as Discord sends it: a string. */
    static String id(long snowflake) {
        return Long.toUnsignedString(snowflake);
    }

    /** Reads a snowflake that may arrive as a string or a number; 0 when absent or null. */
    static long snowflake(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return 0L;
        }
        return node.isNumber() ? node.asLong() : Long.parseUnsignedLong(node.asText());
    }
}
