package org.chmlfrp.bot.testkit.chmlfrp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;

/**
 * Spring Boot's default error body, which the real API sends for unknown paths and requests
 * its framework rejects: {@code {"timestamp": …, "status": 404, "error": "Not Found", "path": "/x"}}.
 */
final class SpringErrors {

    private SpringErrors() {}

    static ApiResponse.FixedJson notFound(String path, Clock clock) {
        return error(404, "Not Found", path, clock);
    }

    static ApiResponse.FixedJson methodNotAllowed(String path, Clock clock) {
        return error(405, "Method Not Allowed", path, clock);
    }

    static ApiResponse.FixedJson badRequest(String path, Clock clock) {
        return error(400, "Bad Request", path, clock);
    }

    static ApiResponse.FixedJson internalError(String path, Clock clock) {
        return error(500, "Internal Server Error", path, clock);
    }

    private static ApiResponse.FixedJson error(int status, String error, String path, Clock clock) {
        ObjectNode body = Json.object();
        body.put("timestamp", ApiTime.spring(clock.instant()));
        body.put("status", status);
        body.put("error", error);
        body.put("path", path);
        return new ApiResponse.FixedJson(status, body);
    }
}
