package org.chmlfrp.bot.testkit.chmlfrp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** Jackson helpers. The mapper is configured once here and never changed, so sharing it is safe. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Json() {}

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    /** A number node that writes whole values without a fraction ({@code 0}, not {@code 0.0}), as the API does. */
    static JsonNode number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return NODES.numberNode((long) value);
        }
        return NODES.numberNode(value);
    }

    /**
     * The body as a JSON object; empty for a blank body.
     *
     * @throws JsonProcessingException if the body is not JSON
     * @throws IllegalArgumentException if it is JSON but not an object
     */
    static Optional<ObjectNode> parseObject(String body) throws JsonProcessingException {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        JsonNode node = MAPPER.readTree(body);
        if (node == null || node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("the JSON body is not an object");
        }
        return Optional.of((ObjectNode) node);
    }

    static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
