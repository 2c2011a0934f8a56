package org.chmlfrp.bot.testkit.chmlfrp;

/**
 * A business failure: the fake answers it as {@code {"msg": …, "code": …, "state": …}}.
 * Thrown by endpoint code to stop at the first broken rule.
 */
final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int code;
    private final String state;

    ApiError(int code, String msg, String state) {
        super(msg, null, false, false);
        this.code = code;
        this.state = state;
    }

    ApiError(int code, String msg) {
        this(code, msg, "fail");
    }

    static ApiError badRequest(String msg) {
        return new ApiError(400, msg);
    }

    static ApiError notFound(String msg) {
        return new ApiError(404, msg);
    }

    int code() {
        return code;
    }

    String msg() {
        return getMessage();
    }

    String state() {
        return state;
    }
}
