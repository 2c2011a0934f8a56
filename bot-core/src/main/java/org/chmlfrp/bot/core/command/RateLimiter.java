package org.chmlfrp.bot.core.command;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.util.Arrays;
import org.chmlfrp.bot.core.chat.ChatIdentity;
import org.chmlfrp.bot.core.chat.Platform;
import org.chmlfrp.bot.core.support.ClockTicker;

/**
 * A sliding window per chat user over every message meant for the bot. Over the limit the
 * user gets one notice, then silence until the window frees a slot.
 *
 * <p>The windows live in a Caffeine cache that forgets a user one window after their last
 * message (by then every hit in it has slid out), so the work per message is the same however
 * many users there are: one map update, and Caffeine's amortised expiry.
 *
 * <p>The bot holds a window for every user of the last minute, and each young collection copies
 * them until they are promoted; with many distinct users that copying was what the limiter cost
 * (BENCHMARKS.md). So a user's entry is kept small: a numeric user id is keyed as a number, not
 * as its {@link ChatIdentity} (three objects), and the window is one {@code long[]}.
 */
public final class RateLimiter {
    public enum Decision { ALLOW, NOTIFY, SILENT }

    /** A user whose id is a number (QQ, Discord): a key of one small object. */
    private record NumericUser(Platform platform, long id) {
    }

    private final RateLimit limit;
    private final ClockTicker ticker;
    private final long windowNanos;
    private final Cache<Object, long[]> windows;

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
        windows.asMap().compute(key(who), (k, window) -> {
            long[] w = window == null ? Window.empty() : window;
            Window.dropOlderThan(w, now - windowNanos);
            if (Window.size(w) < limit.count()) {
                decision[0] = Decision.ALLOW;
                return Window.add(w, now, limit.count());
            }
            decision[0] = Window.notified(w) ? Decision.SILENT : Decision.NOTIFY;
            Window.setNotified(w);
            return w;
        });
        return decision[0];
    }

    /** Users with a window still open (after expiring the rest). */
    long tracked() {
        windows.cleanUp();
        return windows.estimatedSize();
    }

    private static Object key(ChatIdentity who) {
        String id = who.userId();
        // Only the canonical spelling of a number, so that no two ids share a key.
        if (id.length() > 18 || (id.length() > 1 && id.charAt(0) == '0')) {
            return who;
        }
        for (int i = 0; i < id.length(); i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                return who;
            }
        }
        return new NumericUser(who.platform(), Long.parseLong(id));
    }

    /**
     * One user's window as a {@code long[]}: {@code [0]} is the number of allowed hits still in
     * the window, doubled, plus one once the user was told they are over the limit; then the
     * hits' times (ns), oldest first. The array grows up to the limit. Only touched inside the
     * cache's compute for its key.
     */
    private static final class Window {
        private Window() {
        }

        static long[] empty() {
            return new long[2];
        }

        static int size(long[] w) {
            return (int) (w[0] >>> 1);
        }

        static boolean notified(long[] w) {
            return (w[0] & 1) != 0;
        }

        static void setNotified(long[] w) {
            w[0] |= 1;
        }

        static void dropOlderThan(long[] w, long cutoff) {
            int size = size(w);
            int gone = 0;
            while (gone < size && w[1 + gone] - cutoff <= 0) {
                gone++;
            }
            if (gone > 0) {
                System.arraycopy(w, 1 + gone, w, 1, size - gone);
                w[0] = (long) (size - gone) << 1 | (w[0] & 1);
            }
        }

        /** Records an allowed hit; the user may be told again next time they are over. */
        static long[] add(long[] w, long now, int limit) {
            int size = size(w);
            long[] room = 1 + size < w.length ? w : Arrays.copyOf(w, 1 + Math.min(limit, Math.max(1, size * 2)));
            room[1 + size] = now;
            room[0] = (long) (size + 1) << 1;
            return room;
        }
    }
}
