package org.chmlfrp.bot.testkit.chmlfrp;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failures and delays injected per path. A fault on a path applies to every method on it, and
 * also to paths the fake does not know. A delay and a canned answer may be combined: the fake
 * waits, then answers with the canned response. Thread-safe; every method returns {@code this}.
 */
public final class FakeFaults {

    private final Map<String, PathFault> byPath = new ConcurrentHashMap<>();

    FakeFaults() {}

    /** Answers {@code path} with {@code httpStatus} and this raw body (JSON content type if it looks like JSON). */
    public FakeFaults status(String path, int httpStatus, String body) {
        String text = body == null ? "" : body;
        String trimmed = text.trim();
        String type = trimmed.startsWith("{") || trimmed.startsWith("[")
                ? ResponseWriter.JSON_TYPE
                : ResponseWriter.TEXT_TYPE;
        return canned(path, new CannedResponse(httpStatus, type, text));
    }

    /**
     * Answers {@code path} the way a CDN in front of the API does when it blocks the caller or the
     * service behind it is down: {@code httpStatus} (403, 502, 503, 520, 522, 525, …) and an HTML page.
     */
    public FakeFaults cdnPage(String path, int httpStatus) {
        String html = "<!DOCTYPE html><html><head><title>" + httpStatus + " | cf-v2.uapis.cn</title></head>"
                + "<body><h1>Error " + httpStatus + "</h1><p>Ray ID: 8f0c2a1b3c4d5e6f</p></body></html>";
        return canned(path, new CannedResponse(httpStatus, ResponseWriter.HTML_TYPE, html));
    }

    /** Answers {@code path} with HTTP 200, {@code text/plain} and a body that is not JSON. */
    public FakeFaults plainText(String path, String text) {
        return canned(path, new CannedResponse(200, ResponseWriter.TEXT_TYPE, text == null ? "" : text));
    }

    /** Sleeps {@code delay} before answering {@code path} (normally, or with a canned answer if one is set). */
    public FakeFaults delay(String path, Duration delay) {
        Objects.requireNonNull(delay, "delay");
        byPath.merge(path, new PathFault(delay, null, -1), (old, added) -> old.withDelay(delay));
        return this;
    }

    /** Limits the faults now on {@code path} to its next {@code n} requests; then they clear themselves. */
    public FakeFaults times(String path, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("times must be at least 1");
        }
        byPath.computeIfPresent(path, (p, fault) -> fault.withRemaining(n));
        return this;
    }

    /** Removes the faults of one path. */
    public FakeFaults clear(String path) {
        byPath.remove(path);
        return this;
    }

    /** Removes every fault. */
    public FakeFaults clearAll() {
        byPath.clear();
        return this;
    }

    /** Takes the fault for a request to {@code path}, counting it down if it is limited. */
    Optional<PathFault> take(String path) {
        PathFault[] taken = new PathFault[1];
        byPath.computeIfPresent(path, (p, fault) -> {
            taken[0] = fault;
            if (fault.remaining() < 0) {
                return fault;
            }
            return fault.remaining() <= 1 ? null : fault.withRemaining(fault.remaining() - 1);
        });
        return Optional.ofNullable(taken[0]);
    }

    private FakeFaults canned(String path, CannedResponse response) {
        byPath.merge(path, new PathFault(null, response, -1), (old, added) -> old.withResponse(response));
        return this;
    }

    /** A raw answer that replaces the endpoint's. */
    record CannedResponse(int status, String contentType, String body) {}

    /**
     * The faults of one path.
     *
     * @param delay     wait before answering, or {@code null}
     * @param response  canned answer, or {@code null} for the normal one
     * @param remaining requests left before the fault clears itself; {@code -1} for no limit
     */
    record PathFault(Duration delay, CannedResponse response, int remaining) {

        PathFault withDelay(Duration d) {
            return new PathFault(d, response, remaining);
        }

        PathFault withResponse(CannedResponse r) {
            return new PathFault(delay, r, remaining);
        }

        PathFault withRemaining(int n) {
            return new PathFault(delay, response, n);
        }
    }
}
