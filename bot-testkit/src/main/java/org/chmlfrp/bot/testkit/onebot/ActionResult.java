package org.chmlfrp.bot.testkit.onebot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * The answer to one action: {@code {"status", "retcode", "data", "message", "wording", "echo"}}
 * (the echo is added by the fake).
 *
 * @param status  {@code ok}, {@code async} or {@code failed}
 * @param retcode 0 for ok, 1 for async, else an error code (1404 unknown action, 1400 bad request, ...)
 * @param data    the response data; {@link NullNode} for none
 * @param message a human-readable reason, empty for success (NapCat names it {@code message}, go-cqhttp {@code msg})
 */
public record ActionResult(String status, int retcode, JsonNode data, String message) {

    public static final int BAD_REQUEST = 1400;
    public static final int UNKNOWN_ACTION = 1404;

    public ActionResult {
        Objects.requireNonNull(status, "status");
        data = data == null ? NullNode.getInstance() : data;
        message = message == null ? "" : message;
    }

    public static ActionResult ok(JsonNode data) {
        return new ActionResult("ok", 0, data, "");
    }

    /** ok with {@code "data": null}. */
    public static ActionResult ok() {
        return ok(NullNode.getInstance());
    }

    /** The action was accepted to run in the background ({@code status "async"}, retcode 1). */
    public static ActionResult async() {
        return new ActionResult("async", 1, NullNode.getInstance(), "");
    }

    public static ActionResult failed(int retcode, String message) {
        if (retcode == 0) {
            throw new IllegalArgumentException("a failure needs a non-zero retcode");
        }
        return new ActionResult("failed", retcode, NullNode.getInstance(), message);
    }

    public static ActionResult failed(int retcode) {
        return failed(retcode, "failed with retcode " + retcode);
    }

    public boolean isOk() {
        return "ok".equals(status);
    }

    /** The response frame; {@code echo} is copied only when the request had one (any JSON type, verbatim). */
    ObjectNode toResponse(JsonNode echo) {
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.put("status", status);
        response.put("retcode", retcode);
        response.set("data", data);
        response.put("message", message);
        response.put("wording", message);
        if (echo != null) {
            response.set("echo", echo);
        }
        return response;
    }
}
