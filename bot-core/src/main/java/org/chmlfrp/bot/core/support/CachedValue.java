package org.chmlfrp.bot.core.support;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * A value fetched asynchronously and kept for a short time: a one-entry Caffeine
 * {@link AsyncLoadingCache}, expiring {@code ttl} after it was fetched. Callers that arrive
 * while a fetch is under way share it (concurrent identical requests become one upstream call);
 * a failed fetch is not kept (the next caller fetches again) and falls back to the last good
 * value when there is one.
 *
 * <p>The cache holds each fetch's {@link Outcome} rather than a failing future: Caffeine would
 * log every failed load with its stack trace, and an upstream hiccup is not worth that.
 */
public final class CachedValue<T> {
    private enum Slot {
        VALUE
    }

    /** What one fetch gave: the value, or why there is none. */
    private record Outcome<T>(T value, Throwable failure) {}

    private final AsyncLoadingCache<Slot, Outcome<T>> cache;
    private volatile T lastGood;

    public CachedValue(Supplier<CompletableFuture<T>> fetch, Duration ttl, Clock clock) {
        this.cache = Caffeine.newBuilder()
                .expireAfterWrite(ttl)
                .ticker(new ClockTicker(clock))
                .executor(Runnable::run) // one entry: its upkeep is not worth a thread hop
                .buildAsync((slot, executor) -> start(fetch).handle((v, failure) -> {
                    if (failure == null) {
                        lastGood = v;
                    }
                    return new Outcome<>(v, Failures.unwrap(failure));
                }));
    }

    /** The value: cached, or being fetched (shared), or, when the fetch fails, the last good one. */
    public CompletableFuture<T> get() {
        CompletableFuture<Outcome<T>> entry = cache.get(Slot.VALUE);
        Outcome<T> settled = entry.getNow(null);
        if (settled != null && settled.failure() != null) {
            forget(entry);
            entry = cache.get(Slot.VALUE);
        }
        CompletableFuture<Outcome<T>> fetched = entry;
        return fetched.thenCompose(outcome -> {
            if (outcome.failure() == null) {
                return CompletableFuture.completedFuture(outcome.value());
            }
            forget(fetched);
            T stale = lastGood;
            return stale != null
                    ? CompletableFuture.completedFuture(stale)
                    : CompletableFuture.failedFuture(outcome.failure());
        });
    }

    /** The last good value, without fetching (for autocomplete). */
    public Optional<T> peek() {
        return Optional.ofNullable(lastGood);
    }

    /** Forget the value: the next get fetches (the last good value stays for {@link #peek} and failures). */
    public void invalidate() {
        cache.synchronous().invalidate(Slot.VALUE);
    }

    /** A failed fetch is not kept: drop it unless a newer fetch already took its place. */
    private void forget(CompletableFuture<Outcome<T>> failed) {
        cache.asMap().remove(Slot.VALUE, failed);
    }

    private static <T> CompletableFuture<T> start(Supplier<CompletableFuture<T>> fetch) {
        try {
            return fetch.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
