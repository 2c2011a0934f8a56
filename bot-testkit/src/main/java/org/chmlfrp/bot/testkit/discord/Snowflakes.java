package org.chmlfrp.bot.testkit.discord;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Discord snowflakes: milliseconds since the Discord epoch (2015-01-01) in the top 42 bits, an
 * increment below. JDA derives creation times from them, so they must look real.
 */
final class Snowflakes {

    static final long DISCORD_EPOCH = 1420070400000L;

    private final AtomicLong last = new AtomicLong();

    /** A fresh snowflake, strictly greater than every one handed out before by this generator. */
    long next() {
        long candidate = (System.currentTimeMillis() - DISCORD_EPOCH) << 22;
        return last.updateAndGet(previous -> Math.max(previous + 1, candidate));
    }

    /** Which shard of {@code shardTotal} Discord routes a guild's events to. */
    static int shardOf(long guildId, int shardTotal) {
        return shardTotal <= 1 ? 0 : (int) ((guildId >>> 22) % shardTotal);
    }
}
