package org.chmlfrp.bot.core.command;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.chmlfrp.bot.core.chat.ChatIdentity;

/**
 * A sliding window per chat user over every message meant for the bot. Over the limit the
 * user gets one notice, then silence until the window frees a slot.
 */
public final class RateLimiter {
    public enum Decision { ALLOW, NOTIFY, SILENT }

    private final RateLimit limit;
    private final Clock clock;
    private final Map<ChatIdentity, Window> windows = new ConcurrentHashMap<>();

    public RateLimiter(RateLimit limit, Clock clock) {
        this.limit = limit;
        this.clock = clock;
    }

    public Decision check(ChatIdentity who) {
        if (limit.unlimited()) {
            return Decision.ALLOW;
        }
        Instant now = clock.instant();
        if (windows.size() > 10_000) {
            windows.entrySet().removeIf(e -> e.getValue().idleSince(now.minus(limit.window())));
        }
        return windows.computeIfAbsent(who, k -> new Window()).check(now);
    }

    private final class Window {
        private final Deque<Instant> hits = new ArrayDeque<>();
        private boolean notified;

        synchronized Decision check(Instant now) {
            Instant cutoff = now.minus(limit.window());
            while (!hits.isEmpty() && !hits.peekFirst().isAfter(cutoff)) {
                hits.pollFirst();
            }
            if (hits.size() < limit.count()) {
                hits.addLast(now);
                notified = false;
                return Decision.ALLOW;
            }
            if (notified) {
                return Decision.SILENT;
            }
            notified = true;
            return Decision.NOTIFY;
        }

        synchronized boolean idleSince(Instant cutoff) {
            return hits.isEmpty() || !hits.peekLast().isAfter(cutoff);
        }
    }
}
