package org.chmlfrp.bot.testkit.chmlfrp;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/** What an endpoint answers; {@link ResponseWriter} puts it on the wire. */
sealed interface ApiResponse {

    /**
     * The API's envelope. HTTP 200 whatever {@code code} says, unless the server mirrors codes
     * into the HTTP status ({@code httpStatusMirrorsCode}).
     */
    record Envelope(int code, ObjectNode body) implements ApiResponse {}

    /** A JSON body with a fixed HTTP status (Spring's own error shapes). */
    record FixedJson(int status, JsonNode body) implements ApiResponse {}

    /** A success envelope written piece by piece onto the response stream (for huge bodies). */
    record StreamedJson(BodyWriter writer) implements ApiResponse {}

    /** Writes a whole JSON document with the generator it is given. */
    @FunctionalInterface
    interface BodyWriter {
        void write(JsonGenerator generator) throws IOException;
    }

    // ---- the envelope

    /** {@code {"msg": msg, "code": 200, "state": "success"}}. */
    static Envelope ok(String msg) {
        ObjectNode body = Json.object();
        body.put("msg", msg);
        body.put("code", 200);
        body.put("state", "success");
        return new Envelope(200, body);
    }

    /** {@code {"msg": msg, "code": 200, "data": data, "state": "success"}}; {@code data} may be a JSON null. */
    static Envelope ok(String msg, JsonNode data) {
        ObjectNode body = Json.object();
        body.put("msg", msg);
        body.put("code", 200);
        body.set("data", data);
        body.put("state", "success");
        return new Envelope(200, body);
    }

    /** {@code {"msg": …, "code": …, "state": "fail"}} (or the error's own state). */
    static Envelope fail(ApiError error) {
        ObjectNode body = Json.object();
        body.put("msg", error.msg());
        body.put("code", error.code());
        body.put("state", error.state());
        return new Envelope(error.code(), body);
    }
}
