package org.chmlfrp.bot.core.chmlfrp;

import java.util.Optional;

/**
 * A failed ChmlFrp API call. Carries the endpoint path, the HTTP status (0 when there was
 * no answer), the body's {@code code} and its {@code msg} when the answer had them. The
 * message names the path only: never a query string, a token or a password.
 */
public final class ApiException extends RuntimeException {
    private final ApiErrorKind kind;
    private final String path;
    private final int httpStatus;
    private final Integer code;
    private final String apiMessage;

    public ApiException(
            ApiErrorKind kind, String path, int httpStatus, Integer code, String apiMessage, Throwable cause) {
        super(describe(kind, path, httpStatus, code, apiMessage), cause);
        this.kind = kind;
        this.path = path;
        this.httpStatus = httpStatus;
        this.code = code;
        this.apiMessage = apiMessage;
    }

    public ApiException(ApiErrorKind kind, String path, int httpStatus, Integer code, String apiMessage) {
        this(kind, path, httpStatus, code, apiMessage, null);
    }

    private static String describe(ApiErrorKind kind, String path, int httpStatus, Integer code, String apiMessage) {
        return "ChmlFrp API " + path + ": " + kind
                + (httpStatus > 0 ? ", HTTP " + httpStatus : "")
                + (code != null ? ", code " + code : "")
                + (apiMessage != null ? ", msg " + apiMessage : "");
    }

    public ApiErrorKind kind() {
        return kind;
    }

    /** The endpoint path, e.g. {@code /tunnel}. */
    public String path() {
        return path;
    }

    /** The HTTP status, or 0 when no answer came (network, timeout). */
    public int httpStatus() {
        return httpStatus;
    }

    /** The body's {@code code}, when the answer had one. */
    public Optional<Integer> code() {
        return Optional.ofNullable(code);
    }

    /** The API's own words ({@code msg}, else {@code message}, {@code error_description}, {@code error}). */
    public Optional<String> apiMessage() {
        return Optional.ofNullable(apiMessage);
    }

    /** Finds the ApiException behind a future's CompletionException/ExecutionException wrappers. */
    public static Optional<ApiException> unwrap(Throwable t) {
        Throwable cur = t;
        for (int depth = 0; cur != null && depth < 10; depth++) {
            if (cur instanceof ApiException api) {
                return Optional.of(api);
            }
            cur = cur.getCause();
        }
        return Optional.empty();
    }
}
