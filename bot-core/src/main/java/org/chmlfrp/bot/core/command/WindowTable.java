package org.chmlfrp.bot.core.command;

import java.util.Arrays;
import org.agrona.collections.Long2LongHashMap;

/**
 * The sliding windows of one platform's users, held in primitive arrays only, so the garbage
 * collector neither copies nor scans them however many users there are (an object per user was
 * what the limiter cost with 100,000 users: BENCHMARKS.md).
 *
 * <p>Users are kept in two generations. A user's window lives in the current one; once per
 * window length the current generation becomes the previous one and the old previous one is
 * dropped whole. A user seen again while in the previous generation moves to the current one.
 * So a window is kept at least one window length after its last hit (all its hits have slid
 * out by then) and at most two, with no per-user expiry work.
 *
 * <p>A window is {@code limit + 1} longs: a state word (the number of hits still in the window,
 * doubled, plus one once the user was told they are over the limit), then the hits' times in
 * milliseconds, oldest first. Not thread-safe: the {@link RateLimiter} serialises calls.
 */
final class WindowTable {
    private static final long MOVED = -1;

    private final int limit;
    private final int stride;
    private final long windowMillis;
    private Generation current = new Generation();
    private Generation previous = new Generation();
    private long currentSince = Long.MIN_VALUE;

    WindowTable(int limit, long windowMillis) {
        this.limit = limit;
        this.stride = limit + 1;
        this.windowMillis = windowMillis;
    }

    /** Records a hit by {@code user} at {@code now} if the window has room; else marks them told. */
    RateLimiter.Decision hit(long user, long now) {
        rotateIfDue(now);
        int at = windowOf(user);
        long[] w = current.arena;
        dropOlderThan(w, at, now - windowMillis);
        int size = (int) (w[at] >>> 1);
        if (size < limit) {
            w[at + 1 + size] = now;
            w[at] = (long) (size + 1) << 1; // an allowed hit: told again next time they are over
            return RateLimiter.Decision.ALLOW;
        }
        boolean told = (w[at] & 1) != 0;
        w[at] |= 1;
        return told ? RateLimiter.Decision.SILENT : RateLimiter.Decision.NOTIFY;
    }

    /** Users with a hit inside the window that ends at {@code now}. */
    long tracked(long now) {
        return current.openAt(now - windowMillis) + previous.openAt(now - windowMillis);
    }

    private void rotateIfDue(long now) {
        if (currentSince == Long.MIN_VALUE) {
            currentSince = now;
        } else if (now - currentSince >= windowMillis) {
            // Every window of the previous generation was last hit before currentSince, a window ago.
            Generation dropped = previous;
            previous = current;
            current = dropped;
            current.clear();
            currentSince = now;
        }
    }

    /** The offset of the user's window in the current generation, moved or made if needed. */
    private int windowOf(long user) {
        int at = current.find(user);
        if (at >= 0) {
            return at;
        }
        at = current.add(user);
        int old = previous.find(user);
        if (old >= 0) {
            System.arraycopy(previous.arena, old, current.arena, at, stride);
            previous.forget(user, old);
        }
        return at;
    }

    private static void dropOlderThan(long[] w, int at, long cutoff) {
        int size = (int) (w[at] >>> 1);
        int gone = 0;
        while (gone < size && w[at + 1 + gone] <= cutoff) {
            gone++;
        }
        if (gone > 0) {
            System.arraycopy(w, at + 1 + gone, w, at + 1, size - gone);
            w[at] = (long) (size - gone) << 1 | (w[at] & 1);
        }
    }

    /** One generation: user -> offset of their window in one growing array. */
    private final class Generation {
        private static final int FIRST_USERS = 64;

        private final Long2LongHashMap index = new Long2LongHashMap(FIRST_USERS, 0.6f, -1);
        private long[] arena = new long[FIRST_USERS * stride];
        private int used;

        int find(long user) {
            return (int) index.get(user);
        }

        int add(long user) {
            if (used + stride > arena.length) {
                arena = Arrays.copyOf(arena, Math.max(arena.length * 2, used + stride));
            }
            int at = used;
            used += stride;
            arena[at] = 0;
            index.put(user, at);
            return at;
        }

        void forget(long user, int at) {
            index.remove(user);
            arena[at] = MOVED;
        }

        void clear() {
            index.clear();
            if (arena.length > 4 * Math.max(used, FIRST_USERS * stride)) {
                arena = new long[Math.max(used, FIRST_USERS * stride)]; // give back a past peak
            }
            used = 0;
        }

        long openAt(long cutoff) {
            long open = 0;
            for (int at = 0; at < used; at += stride) {
                int size = arena[at] == MOVED ? 0 : (int) (arena[at] >>> 1);
                if (size > 0 && arena[at + size] > cutoff) {
                    open++;
                }
            }
            return open;
        }
    }
}
