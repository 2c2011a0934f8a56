package org.chmlfrp.bot.core.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * A value fetched asynchronously and kept for a short time. Callers that arrive while a
 * fetch is under way share it (concurrent identical requests become one upstream call). A
 * failed fetch falls back to the last good value when there is one.
 */
public final class CachedValue<T> {
    private final Supplier<CompletableFuture<T>> fetch;
    private final Duration ttl;
    private final Clock clock;

    private T value;
    private Instant fetchedAt;
    private CompletableFuture<T> inFlight;

    public CachedValue(Supplier<CompletableFuture<T>> fetch, Duration ttl, Clock clock) {
        this.fetch = fetch;
        this.ttl = ttl;
        this.clock = clock;
    }

    public CompletableFuture<T> get() {
        CompletableFuture<T> started;
        synchronized (this) {
            if (value != null && clock.instant().isBefore(fetchedAt.plus(ttl))) {
                return CompletableFuture.completedFuture(value);
            }
            if (inFlight != null) {
                return inFlight;
            }
            started = new CompletableFuture<>();
            inFlight = started;
        }
        CompletableFuture<T> upstream;
        try {
            upstream = fetch.get();
        } catch (RuntimeException e) {
            upstream = CompletableFuture.failedFuture(e);
        }
        upstream.whenComplete((v, failure) -> {
            T stale;
            synchronized (this) {
                inFlight = null;
                if (failure == null) {
                    value = v;
                    fetchedAt = clock.instant();
                }
                stale = value;
            }
            if (failure == null) {
                started.complete(v);
            } else if (stale != null) {
                started.complete(stale);
            } else {
                started.completeExceptionally(failure);
            }
        });
        return started;
    }

    /** The last good value, without fetching (for autocomplete). */
    public synchronized Optional<T> peek() {
        return Optional.ofNullable(value);
    }

    /** Forget the value: the next get fetches. */
    public synchronized void invalidate() {
        fetchedAt = Instant.MIN;
    }
}
