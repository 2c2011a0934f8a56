package org.chmlfrp.bot.core.broadcast;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.chmlfrp.bot.core.command.RateLimit;

/** The {@code broadcast} section. */
public record BroadcastSettings(Duration pollInterval, RateLimit sendRate, LocalTime dailySummaryTime, ZoneId zone) {
    public static BroadcastSettings defaults() {
        return new BroadcastSettings(
                Duration.ofSeconds(60),
                RateLimit.parse("2/s").orElseThrow(),
                LocalTime.of(9, 0),
                ZoneId.of("Asia/Shanghai"));
    }
}
