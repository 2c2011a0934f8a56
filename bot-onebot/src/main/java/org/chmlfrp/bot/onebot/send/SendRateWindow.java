package org.chmlfrp.bot.onebot.send;

import java.util.ArrayDeque;
import java.util.Deque;
import org.chmlfrp.bot.core.command.RateLimit;

/**
 * A sliding window of send times: at most {@code count} sends in any {@code window}. One
 * window paces every queue of a connection, so its methods are synchronized.
 */
public final class SendRateWindow {
    private final RateLimit limit;
    private final long windowNanos;
    private final Deque<Long> sends = new ArrayDeque<>();

    public SendRateWindow(RateLimit limit) {
        this.limit = limit;
        this.windowNanos = limit.window().toNanos();
    }

    /** Nanoseconds to wait before the next send may go; 0 when it may go now. */
    synchronized long waitNanos(long now) {
        if (limit.unlimited()) {
            return 0;
        }
        while (!sends.isEmpty() && now - sends.peekFirst() >= windowNanos) {
            sends.pollFirst();
        }
        if (sends.size() < limit.count()) {
            return 0;
        }
        return Math.max(1, sends.peekFirst() + windowNanos - now);
    }

    synchronized void record(long now) {
        if (!limit.unlimited()) {
            sends.addLast(now);
        }
    }

    /** Takes a slot now (and records it) when one is free; else the nanoseconds to wait. */
    synchronized long acquire(long now) {
        long wait = waitNanos(now);
        if (wait == 0) {
            record(now);
        }
        return wait;
    }
}
