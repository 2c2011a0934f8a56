package org.chmlfrp.bot.onebot.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Action calls waiting for their answer, keyed by {@code echo}. Implementations hand the echo
 * back as a string, a number or an object, so echoes are compared as text: a string by its
 * value, anything else by its compact JSON ({@code "17"} and {@code 17} match). Every pending
 * call has a timeout; answers nobody waits for are dropped.
 */
public final class EchoRegistry {
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final AtomicLong counter = new AtomicLong();
    private final String prefix;

    /** @param prefix makes echoes of different sessions tell apart in logs */
    public EchoRegistry(String prefix) {
        this.prefix = prefix;
    }

    /** A call waiting for its answer. */
    public record Pending(JsonNode echo, String action, CompletableFuture<ActionResult> future) {}

    /** A fresh, unique echo (a string) for {@code action}, failing with {@link ActionTimeoutException} after {@code timeout}. */
    public Pending register(String action, Duration timeout) {
        return register(TextNode.valueOf(prefix + counter.incrementAndGet()), action, timeout);
    }

    /** Registers a caller-chosen echo of any JSON type. */
    public Pending register(JsonNode echo, String action, Duration timeout) {
        String key = key(echo);
        CompletableFuture<ActionResult> future = new CompletableFuture<>();
        Pending p = new Pending(echo, action, future);
        if (pending.putIfAbsent(key, p) != null) {
            throw new IllegalStateException("echo already pending: " + key);
        }
        long millis = timeout.toMillis();
        // The deadline rides CompletableFuture's shared delay thread; settling the call first
        // cancels it (orTimeout removes its timer), so no task lingers and no thread starts per call.
        CompletableFuture<Void> deadline = new CompletableFuture<Void>().orTimeout(millis, TimeUnit.MILLISECONDS);
        deadline.whenComplete((v, late) -> {
            if (late != null) {
                future.completeExceptionally(new ActionTimeoutException(action, millis));
            }
        });
        future.whenComplete((r, e) -> {
            pending.remove(key, p);
            deadline.complete(null);
        });
        return p;
    }

    /**
     * Completes the call waiting for {@code echo}: the action it was, or empty when none waits
     * (late, unknown, or no echo).
     */
    public Optional<String> complete(JsonNode echo, ActionResult result) {
        if (echo == null || echo.isNull() || echo.isMissingNode()) {
            return Optional.empty();
        }
        Pending p = pending.get(key(echo));
        return p != null && p.future().complete(result) ? Optional.of(p.action()) : Optional.empty();
    }

    /** Fails every waiting call (the connection closed). */
    public void failAll(Throwable cause) {
        List<Pending> all = new ArrayList<>(pending.values());
        all.forEach(p -> p.future().completeExceptionally(cause));
    }

    public int size() {
        return pending.size();
    }

    /** The echo's identity as text: a string's value, else its compact JSON. */
    public static String key(JsonNode echo) {
        return echo.isTextual() ? echo.asText() : echo.toString();
    }
}
