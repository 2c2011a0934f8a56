package org.chmlfrp.bot.core.chart;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One value for one calendar day, for example a node's uptime percentage on that day.
 *
 * @param day the day; never {@code null}
 * @param value the value; {@code NaN} means "unknown" and is left out of a chart
 */
public record DailyValue(LocalDate day, double value) {

    public DailyValue {
        Objects.requireNonNull(day, "day");
    }
}
