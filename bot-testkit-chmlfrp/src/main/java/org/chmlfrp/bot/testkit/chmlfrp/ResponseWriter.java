package org.chmlfrp.bot.testkit.chmlfrp;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpExchange;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Puts an {@link ApiResponse} (or a canned fault) on the wire. */
final class ResponseWriter {

    static final String JSON_TYPE = "application/json;charset=UTF-8";
    static final String TEXT_TYPE = "text/plain;charset=UTF-8";
    static final String HTML_TYPE = "text/html;charset=UTF-8";

    private final boolean httpStatusMirrorsCode;

    ResponseWriter(boolean httpStatusMirrorsCode) {
        this.httpStatusMirrorsCode = httpStatusMirrorsCode;
    }

    void write(HttpExchange exchange, ApiResponse response) throws IOException {
        if (response instanceof ApiResponse.Envelope envelope) {
            int status = httpStatusMirrorsCode && isHttpStatus(envelope.code()) ? envelope.code() : 200;
            fixed(exchange, status, JSON_TYPE, Json.bytes(envelope.body()));
        } else if (response instanceof ApiResponse.FixedJson json) {
            fixed(exchange, json.status(), JSON_TYPE, Json.bytes(json.body()));
        } else if (response instanceof ApiResponse.StreamedJson streamed) {
            streamed(exchange, streamed.writer());
        } else {
            throw new IllegalStateException("unknown response " + response);
        }
    }

    void write(HttpExchange exchange, FakeFaults.CannedResponse canned) throws IOException {
        fixed(exchange, canned.status(), canned.contentType(), canned.body().getBytes(StandardCharsets.UTF_8));
    }

    private static void fixed(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        boolean noBody = body.length == 0 || "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Chunked transfer; the body is generated while it is sent and never held whole. */
    private static void streamed(HttpExchange exchange, ApiResponse.BodyWriter writer) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", JSON_TYPE);
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = new BufferedOutputStream(exchange.getResponseBody(), 64 * 1024);
                JsonGenerator generator = Json.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            writer.write(generator);
        }
    }

    private static boolean isHttpStatus(int code) {
        return code >= 100 && code <= 599;
    }
}
