package org.chmlfrp.bot.onebot.send;

import java.util.ArrayDeque;
import java.util.Deque;
import org.chmlfrp.bot.core.command.RateLimit;

/** A sliding window of send times: at most {@code count} sends in any {@code window}. Not thread-safe. */
final class SendRateWindow {
    private final RateLimit limit;
    private final long windowNanos;
    private final Deque<Long> sends = new ArrayDeque<>();

    SendRateWindow(RateLimit limit) {
        this.limit = limit;
        this.windowNanos = limit.window().toNanos();
    }

    /** Nanoseconds to wait before the next send may go; 0 when it may go now. */
    long waitNanos(long now) {
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

    void record(long now) {
        if (!limit.unlimited()) {
            sends.addLast(now);
        }
    }
}
