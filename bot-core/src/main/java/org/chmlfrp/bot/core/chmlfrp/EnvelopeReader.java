package org.chmlfrp.bot.core.chmlfrp;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the API's envelope {@code {code, msg, state, data}} and decides success or failure.
 * Success needs a 2xx status, {@code state == "success"} and {@code code == 200}; {@code data}
 * may be missing or null (a bare envelope is success). Anything else is an
 * {@link ApiException}, also under HTTP 200. Knows the other shapes that come back: Spring's
 * {@code {timestamp, status, error, path}}, plain text, and a CDN's HTML page.
 */
final class EnvelopeReader {
    /** What the API says when a token is dead ({@code /nodeinfo} says the second). */
    static final Set<String> INVALID_TOKEN_MESSAGES = Set.of("无效的Token", "错误的token", "无效的token");
    /**
     * Statuses that, without a JSON body, mean a CDN or proxy in front of the API answered:
     * blocked (403), or the service behind it down (502–504, Cloudflare's 520–527 and 530).
     */
    private static final Set<Integer> UNAVAILABLE_STATUSES =
            Set.of(403, 502, 503, 504, 520, 521, 522, 523, 524, 525, 526, 527, 530);

    private final ObjectMapper mapper;

    /** @param mapper a mapper set up by {@link LenientModule#configure} */
    EnvelopeReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The envelope and Spring's error shape in one: every field either may carry. */
    record Envelope(
            Integer code,
            String state,
            String msg,
            String message,
            @JsonProperty("error_description") String errorDescription,
            String error,
            JsonNode data,
            String timestamp,
            Integer status) {

        boolean isSpringError() {
            return timestamp != null && status != null && error != null && state == null;
        }

        /** The API's own words: {@code msg}, else {@code message}, {@code error_description}, {@code error}. */
        String words() {
            return Stream.of(msg, message, errorDescription, error)
                    .filter(Objects::nonNull)
                    .findFirst()
                    .orElse(null);
        }
    }

    ApiAnswer read(Endpoint endpoint, int status, byte[] body) {
        Envelope e = parse(body);
        if (e == null) {
            throw new ApiException(kindWithoutEnvelope(status, true), endpoint.path(), status, null, null);
        }
        if (e.isSpringError()) {
            Integer springStatus = e.status() > 0 ? e.status() : null;
            int effective = springStatus != null ? springStatus : status;
            throw new ApiException(
                    kindOf(endpoint, effective, effective, e.error()),
                    endpoint.path(),
                    status,
                    springStatus,
                    e.error());
        }
        String msg = e.words();
        boolean ok = status >= 200
                && status < 300
                && e.state() != null
                && "success".equalsIgnoreCase(e.state().trim())
                && e.code() != null
                && e.code() == 200;
        if (!ok) {
            if (e.code() == null && e.state() == null && msg == null) {
                throw new ApiException(kindWithoutEnvelope(status, false), endpoint.path(), status, null, null);
            }
            int effectiveCode = e.code() != null && e.code() != 0 ? e.code() : status;
            throw new ApiException(
                    kindOf(endpoint, status, effectiveCode, msg), endpoint.path(), status, e.code(), msg);
        }
        return new ApiAnswer(e.data() == null ? NullNode.getInstance() : e.data(), msg);
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

    /** The kind for an answer without the API's envelope: {@code notJson} when the body was not JSON at all. */
    private static ApiErrorKind kindWithoutEnvelope(int status, boolean notJson) {
        if (notJson && UNAVAILABLE_STATUSES.contains(status)) {
            return ApiErrorKind.UNAVAILABLE;
        }
        if (status >= 500) {
            return ApiErrorKind.SERVER_ERROR;
        }
        return switch (status) {
            case 404 -> ApiErrorKind.NOT_FOUND;
            case 401 -> ApiErrorKind.INVALID_TOKEN;
            default -> ApiErrorKind.MALFORMED;
        };
    }

    /** The envelope, or null when the body is empty, not JSON, or not a JSON object. */
    private Envelope parse(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            return mapper.readValue(body, Envelope.class);
        } catch (IOException e) {
            return null;
        }
    }
}
