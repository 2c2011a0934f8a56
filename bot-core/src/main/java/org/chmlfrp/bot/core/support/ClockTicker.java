package org.chmlfrp.bot.core.support;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Instant;

/**
 * Caffeine's time source read from the bot's injected {@link Clock}: expiry follows the same
 * clock as everything else, so a test that moves its clock moves every cache's expiry too.
 */
public record ClockTicker(Clock clock) implements Ticker {
    @Override
    public long read() {
        Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
}
