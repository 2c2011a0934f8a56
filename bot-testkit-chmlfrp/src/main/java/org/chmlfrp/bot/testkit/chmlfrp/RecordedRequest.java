package org.chmlfrp.bot.testkit.chmlfrp;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One request the fake received, as it arrived.
 *
 * @param method  HTTP method, upper case
 * @param path    the path without the query, e.g. {@code /tunnel}
 * @param query   decoded query parameters (the first value of a repeated key)
 * @param headers headers by lower-case name
 * @param body    the body as UTF-8 text ({@code ""} if none)
 */
public record RecordedRequest(
        String method, String path, Map<String, String> query, Map<String, List<String>> headers, String body) {

    public RecordedRequest {
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
        body = body == null ? "" : body;
    }

    /** The first value of a header (name in any case). */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * The usertoken however it was sent, in this order: {@code Authorization: Bearer <token>}, a
     * bare {@code Authorization: <token>}, the {@code token} query parameter, {@code token} in a
     * JSON object body, {@code token} in a form body.
     */
    public Optional<String> token() {
        Optional<String> fromHeader = header("authorization")
                .map(String::trim)
                .filter(v -> !v.isEmpty())
                .map(v -> v.regionMatches(true, 0, "Bearer ", 0, 7)
                        ? v.substring(7).trim()
                        : v)
                .filter(v -> !v.isEmpty());
        if (fromHeader.isPresent()) {
            return fromHeader;
        }
        String fromQuery = query.get("token");
        if (fromQuery != null && !fromQuery.isBlank()) {
            return Optional.of(fromQuery.trim());
        }
        return tokenFromBody();
    }

    /** The body parsed as JSON, if it is JSON. */
    public Optional<JsonNode> jsonBody() {
        try {
            return Json.parseObject(body).map(JsonNode.class::cast);
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private Optional<String> tokenFromBody() {
        Optional<JsonNode> json = jsonBody();
        if (json.isPresent()) {
            JsonNode token = json.get().get("token");
            return token != null && token.isValueNode() && !token.asText().isBlank()
                    ? Optional.of(token.asText().trim())
                    : Optional.empty();
        }
        if (header("content-type")
                .map(c -> c.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded"))
                .orElse(false)) {
            String token = QueryString.parse(body).get("token");
            return token == null || token.isBlank() ? Optional.empty() : Optional.of(token.trim());
        }
        return Optional.empty();
    }
}
