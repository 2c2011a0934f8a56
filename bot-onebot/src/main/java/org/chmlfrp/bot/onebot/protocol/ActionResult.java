package org.chmlfrp.bot.onebot.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * The answer to an action call: {@code status} ({@code ok}, {@code async}, {@code failed}),
 * {@code retcode} (0 ok, 1 async, else an error such as 1200 or 1404), {@code data}, and the
 * implementation's message where it sends one.
 */
public record ActionResult(String status, int retcode, JsonNode data, String message) {
    public ActionResult {
        status = status == null ? "" : status;
        data = data == null ? NullNode.getInstance() : data;
        message = message == null ? "" : message;
    }

    public static ActionResult ok(JsonNode data) {
        return new ActionResult("ok", 0, data, "");
    }

    public static ActionResult failed(int retcode) {
        return new ActionResult("failed", retcode, null, "");
    }

    /** Accepted: retcode 0 (done) or 1 (queued by the implementation). */
    public boolean ok() {
        return retcode == 0 || retcode == 1;
    }
}
