package org.chmlfrp.bot.testkit.chmlfrp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A request as an endpoint sees it: the recorded request plus its parameters, merged from the
 * query string and (for POST) a JSON or form body; body values win over query values.
 *
 * <p>A parameter that is missing, JSON {@code null} or blank counts as absent.
 */
final class ApiRequest {

    private final RecordedRequest recorded;
    private final Map<String, JsonNode> params;

    private ApiRequest(RecordedRequest recorded, Map<String, JsonNode> params) {
        this.recorded = recorded;
        this.params = params;
    }

    /** Query parameters plus the fields of a JSON object body and of a form body. */
    static ApiRequest of(RecordedRequest recorded, Optional<ObjectNode> jsonBody, Map<String, String> formBody) {
        Map<String, JsonNode> params = new HashMap<>();
        recorded.query().forEach((k, v) -> params.put(k, TextNode.valueOf(v)));
        formBody.forEach((k, v) -> params.put(k, TextNode.valueOf(v)));
        jsonBody.ifPresent(body -> body.properties().forEach(e -> params.put(e.getKey(), e.getValue())));
        return new ApiRequest(recorded, params);
    }

    RecordedRequest recorded() {
        return recorded;
    }

    String path() {
        return recorded.path();
    }

    /** The usertoken however it was sent (see {@link RecordedRequest#token()}). */
    Optional<String> token() {
        return recorded.token();
    }

    /** True if the parameter is present and not blank. */
    boolean has(String name) {
        return text(name).isPresent();
    }

    /** The parameter as text (numbers and booleans in their JSON spelling); empty if absent or blank. */
    Optional<String> text(String name) {
        JsonNode node = params.get(name);
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Optional.empty();
        }
        String text = node.isValueNode() ? node.asText() : node.toString();
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    /** The parameter as text, or {@code 400 missingMessage}. */
    String required(String name, String missingMessage) {
        return text(name).orElseThrow(() -> ApiError.badRequest(missingMessage));
    }

    /** The parameter as a whole number (JSON number or numeric string), or {@code 400 invalidMessage}. */
    Optional<Integer> integer(String name, String invalidMessage) {
        JsonNode node = params.get(name);
        if (node != null && node.isNumber()) {
            if (!node.canConvertToInt() || node.asDouble() != Math.rint(node.asDouble())) {
                throw ApiError.badRequest(invalidMessage);
            }
            return Optional.of(node.asInt());
        }
        Optional<String> text = text(name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(text.get().trim()));
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(invalidMessage);
        }
    }

    /** A required whole number: {@code 400 missingMessage} if absent, {@code 400 invalidMessage} if not a number. */
    int requiredInt(String name, String missingMessage, String invalidMessage) {
        return integer(name, invalidMessage).orElseThrow(() -> ApiError.badRequest(missingMessage));
    }

    /** A boolean sent as JSON {@code true}/{@code false} or the strings {@code "true"}/{@code "false"}. */
    Optional<Boolean> bool(String name, String invalidMessage) {
        JsonNode node = params.get(name);
        if (node != null && node.isBoolean()) {
            return Optional.of(node.booleanValue());
        }
        Optional<String> text = text(name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        switch (text.get().trim().toLowerCase(Locale.ROOT)) {
            case "true":
                return Optional.of(true);
            case "false":
                return Optional.of(false);
            default:
                throw ApiError.badRequest(invalidMessage);
        }
    }
}
