package org.chmlfrp.bot.core.command;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import org.chmlfrp.bot.core.chat.ChatIdentity;
import org.chmlfrp.bot.core.support.ClockTicker;

/**
 * A sliding window per chat user over every message meant for the bot. Over the limit the
 * user gets one notice, then silence until the window frees a slot.
 *
 * <p>The windows live in a Caffeine cache that forgets a user one window after their last
 * message (by then every hit in it has slid out), so the work per message is the same however
 * many users there are: one map update, and Caffeine's amortised expiry.
 */
public final class RateLimiter {
    public enum Decision { ALLOW, NOTIFY, SILENT }

    private final RateLimit limit;
    private final ClockTicker ticker;
    private final long windowNanos;
    private final Cache<ChatIdentity, Window> windows;

    public RateLimiter(RateLimit limit, Clock clock) {
        this.limit = limit;
        this.ticker = new ClockTicker(clock);
        this.windowNanos = limit.window().toNanos();
        this.windows = Caffeine.newBuilder()
                .expireAfterAccess(limit.window())
                .ticker(ticker)
                .build();
    }

    public Decision check(ChatIdentity who) {
        if (limit.unlimited()) {
            return Decision.ALLOW;
        }
        long now = ticker.read();
        Decision[] decision = new Decision[1];
        // compute: the check and the entry's expiry move together (a window Caffeine is
        // expiring cannot take a hit that the next window would miss).
        windows.asMap().compute(who, (k, w) -> {
            Window window = w == null ? new Window(limit.count()) : w;
            decision[0] = window.check(now, windowNanos);
            return window;
        });
        return decision[0];
    }

    /** Users with a window still open (after expiring the rest). */
    long tracked() {
        windows.cleanUp();
        return windows.estimatedSize();
    }

    /**
     * One user's allowed messages within the window, oldest first, in a ring that grows up to
     * the limit. Only touched inside the cache's compute for its key.
     */
    private static final class Window {
        private final int limit;
        private long[] hits;
        private int head;
        private int size;
        private boolean notified;

        Window(int limit) {
            this.limit = limit;
            this.hits = new long[Math.min(limit, 4)];
        }

        Decision check(long now, long span) {
            while (size > 0 && now - hits[head] >= span) {
                head = (head + 1) % hits.length;
                size--;
            }
            if (size < limit) {
                if (size == hits.length) {
                    grow();
                }
                hits[(head + size) % hits.length] = now;
                size++;
                notified = false;
                return Decision.ALLOW;
            }
            if (notified) {
                return Decision.SILENT;
            }
            notified = true;
            return Decision.NOTIFY;
        }

        private void grow() {
            long[] bigger = new long[Math.min(limit, hits.length * 2)];
            for (int i = 0; i < size; i++) {
                bigger[i] = hits[(head + i) % hits.length];
            }
            hits = bigger;
            head = 0;
        }
    }
}
