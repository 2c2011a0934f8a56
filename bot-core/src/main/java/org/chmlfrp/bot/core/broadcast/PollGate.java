package org.chmlfrp.bot.core.broadcast;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The timetable every polling job shares: at most one round per {@code interval}, and never a
 * new round while the last one's answer is still out (a slow answer delays the next round).
 */
final class PollGate {
    private final Duration interval;
    private Instant next = Instant.MIN;
    private boolean inFlight;

    PollGate(Duration interval) {
        this.interval = interval;
    }

    /** Whether a round may start at {@code now}; if so, the next one is due an interval later. */
    synchronized boolean due(Instant now) {
        if (inFlight || now.isBefore(next)) {
            return false;
        }
        next = now.plus(interval);
        return true;
    }

    /**
     * Starts the round's call and hands its answer to {@code onAnswer}, or its failure, described
     * ({@link CallFailures#describe}), to {@code onFailure}; the gate is free again once that
     * returned. The future never completes exceptionally.
     */
    <T> CompletableFuture<Void> run(
            Supplier<CompletableFuture<T>> call, Consumer<T> onAnswer, Consumer<String> onFailure) {
        synchronized (this) {
            inFlight = true;
        }
        CompletableFuture<T> started;
        try {
            started = call.get();
        } catch (RuntimeException e) {
            started = CompletableFuture.failedFuture(e);
        }
        return started.handle((answer, failure) -> {
            try {
                if (failure == null) {
                    onAnswer.accept(answer);
                } else {
                    onFailure.accept(CallFailures.describe(failure));
                }
            } finally {
                synchronized (this) {
                    inFlight = false;
                }
            }
            return null;
        });
    }
}
