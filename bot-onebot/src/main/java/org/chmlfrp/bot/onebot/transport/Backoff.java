package org.chmlfrp.bot.onebot.transport;

import java.time.Duration;
import java.util.Random;

/**
 * Capped exponential backoff with jitter: initial, 2×, 4×, … up to {@code max}, each delay
 * shortened by up to {@code jitter} (a fraction) at random so many bots do not redial in step.
 */
public final class Backoff {
    private final long initialMillis;
    private final long maxMillis;
    private final double jitter;
    private final Random random;
    private int attempt;

    public Backoff(Duration initial, Duration max, double jitter, Random random) {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("need 0 < initial <= max");
        }
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("jitter in [0, 1)");
        }
        this.initialMillis = initial.toMillis();
        this.maxMillis = max.toMillis();
        this.jitter = jitter;
        this.random = random;
    }

    /** The delay before the next attempt; each call doubles the base until the cap. */
    public synchronized Duration next() {
        long base = initialMillis;
        for (int i = 0; i < attempt && base < maxMillis; i++) {
            base *= 2;
        }
        base = Math.min(base, maxMillis);
        attempt++;
        long delay = Math.round(base * (1 - jitter * random.nextDouble()));
        return Duration.ofMillis(Math.max(1, delay));
    }

    /** After a connection that worked: start again from the initial delay. */
    public synchronized void reset() {
        attempt = 0;
    }

    public synchronized int attempts() {
        return attempt;
    }
}
