package org.chmlfrp.bot.core.chart;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A tunnel's traffic on one day.
 *
 * @param day the day; never {@code null}
 * @param inBytes bytes received on that day (negative values are drawn as 0)
 * @param outBytes bytes sent on that day (negative values are drawn as 0)
 */
public record TrafficDay(LocalDate day, long inBytes, long outBytes) {

    public TrafficDay {
        Objects.requireNonNull(day, "day");
    }
}
