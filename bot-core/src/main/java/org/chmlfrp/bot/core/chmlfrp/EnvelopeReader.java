package org.chmlfrp.bot.core.chmlfrp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.util.Set;

/**
 * Reads the API's envelope {@code {code, msg, state, data}} and decides success or failure.
 * Success needs a 2xx status, {@code state == "success"} and {@code code == 200}; anything
 * else is an {@link ApiException}, also under HTTP 200. Knows the other shapes that come
 * back: Spring's {@code {timestamp, status, error, path}} and plain text.
 */
final class EnvelopeReader {
    /** What the API says when a token is dead ({@code /nodeinfo} says the second). */
    static final Set<String> INVALID_TOKEN_MESSAGES = Set.of("无效的Token", "错误的token", "无效的token");

    private final ObjectMapper mapper;

    EnvelopeReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ApiAnswer read(Endpoint endpoint, int status, byte[] body) {
        JsonNode root = parse(body);
        if (root == null || !root.isObject()) {
            throw new ApiException(kindWithoutBody(status), endpoint.path(), status, null, null);
        }
        if (isSpringError(root)) {
            int springStatus = JsonValues.intValue(root, "status");
            int effective = springStatus > 0 ? springStatus : status;
            throw new ApiException(kindOf(endpoint, effective, effective, JsonValues.text(root, "error")),
                    endpoint.path(), status, springStatus > 0 ? springStatus : null, JsonValues.text(root, "error"));
        }
        Integer code = JsonValues.nullableInt(root, "code");
        String state = JsonValues.text(root, "state");
        String msg = JsonValues.firstText(root, "msg", "message", "error_description", "error");
        boolean ok = status >= 200 && status < 300
                && "success".equalsIgnoreCase(state == null ? "" : state.trim())
                && code != null && code == 200;
        if (!ok) {
            if (code == null && state == null && msg == null) {
                throw new ApiException(kindWithoutBody(status), endpoint.path(), status, null, null);
            }
            int effectiveCode = code != null && code != 0 ? code : status;
            throw new ApiException(kindOf(endpoint, status, effectiveCode, msg), endpoint.path(), status, code, msg);
        }
        JsonNode data = root.get("data");
        return new ApiAnswer(data == null ? NullNode.getInstance() : data, msg);
    }

    /** The kind for a failure that carried the API's words or code. */
    static ApiErrorKind kindOf(Endpoint endpoint, int httpStatus, int code, String msg) {
        if (msg != null && INVALID_TOKEN_MESSAGES.contains(msg.trim())) {
            return ApiErrorKind.INVALID_TOKEN;
        }
        if (httpStatus >= 500 || code >= 500) {
            return ApiErrorKind.SERVER_ERROR;
        }
        if (code == 401 || httpStatus == 401) {
            // Login and register are refused with 401 too ("密码错误"): that is not a dead token.
            return endpoint.needsToken() ? ApiErrorKind.INVALID_TOKEN : ApiErrorKind.VALIDATION;
        }
        if (code == 404 || httpStatus == 404) {
            return ApiErrorKind.NOT_FOUND;
        }
        return ApiErrorKind.VALIDATION;
    }

    private static ApiErrorKind kindWithoutBody(int status) {
        if (status >= 500) {
            return ApiErrorKind.SERVER_ERROR;
        }
        if (status == 404) {
            return ApiErrorKind.NOT_FOUND;
        }
        if (status == 401) {
            return ApiErrorKind.INVALID_TOKEN;
        }
        return ApiErrorKind.MALFORMED;
    }

    private static boolean isSpringError(JsonNode root) {
        return root.has("timestamp") && root.has("status") && root.has("error") && !root.has("state");
    }

    private JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            return mapper.readTree(body);
        } catch (JsonProcessingException e) {
            return null;
        } catch (IOException e) {
            return null;
        }
    }
}
