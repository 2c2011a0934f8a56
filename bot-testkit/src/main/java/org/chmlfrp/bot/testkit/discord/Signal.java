package org.chmlfrp.bot.testkit.discord;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * One monitor that every state change of the fake pokes; waiters re-check their condition until
 * it holds or the deadline passes. No sleeping, no polling interval.
 */
final class Signal {

    synchronized void changed() {
        notifyAll();
    }

    /** The first non-null value of {@code probe} within {@code timeout}, or null on timeout. */
    <T> T await(Supplier<T> probe, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (true) {
                T value = probe.get();
                if (value != null) {
                    return value;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return null;
                }
                try {
                    long millis = Math.max(1, left / 1_000_000);
                    wait(millis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted while waiting", e);
                }
            }
        }
    }

    boolean awaitTrue(Supplier<Boolean> condition, Duration timeout) {
        return await(() -> condition.get() ? Boolean.TRUE : null, timeout) != null;
    }
}
