package org.chmlfrp.bot.core.command;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.chmlfrp.bot.core.chat.ChatIdentity;
import org.chmlfrp.bot.core.chat.Platform;

/**
 * A sliding window per chat user over every message meant for the bot. Over the limit the
 * user gets one notice, then silence until the window frees a slot.
 *
 * <p>The work per message is the same however many users there are: one primitive-map lookup
 * in the user's platform's {@link WindowTable}, which forgets idle users a generation at a time.
 * The bot must hold a window for every user of the last minute; kept as objects (a cache entry
 * each, as in Caffeine), the garbage collector copied and scanned them on every young
 * collection and 100,000 users cost a fifth of the throughput (BENCHMARKS.md). Primitive
 * arrays cost it nothing.
 */
@Singleton
public final class RateLimiter {
    public enum Decision {
        ALLOW,
        NOTIFY,
        SILENT
    }

    private final RateLimit limit;
    private final Clock clock;
    private final Map<Platform, WindowTable> tables = new EnumMap<>(Platform.class);

    @Inject
    public RateLimiter(RateLimit limit, Clock clock) {
        this.limit = limit;
        this.clock = clock;
    }

    public Decision check(ChatIdentity who) {
        if (limit.unlimited()) {
            return Decision.ALLOW;
        }
        long user = key(who.userId());
        synchronized (tables) {
            return tables.computeIfAbsent(
                            who.platform(),
                            p -> new WindowTable(limit.count(), limit.window().toMillis()))
                    .hit(user, clock.millis());
        }
    }

    /** Users with a hit still inside the window. */
    long tracked() {
        long now = clock.millis();
        synchronized (tables) {
            return tables.values().stream().mapToLong(t -> t.tracked(now)).sum();
        }
    }

    /**
     * A user's key in their platform's table: a QQ number or Discord id as itself (never
     * negative); any other id as a 63-bit name-based hash with the sign bit set, so it cannot
     * meet a numeric one.
     */
    static long key(String id) {
        if (isCanonicalNumber(id)) {
            return Long.parseLong(id);
        }
        return UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8)).getMostSignificantBits() | Long.MIN_VALUE;
    }

    private static boolean isCanonicalNumber(String id) {
        // Only the canonical spelling of a number, so that no two ids share a key.
        if (id.isEmpty() || id.length() > 18 || (id.length() > 1 && id.charAt(0) == '0')) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
