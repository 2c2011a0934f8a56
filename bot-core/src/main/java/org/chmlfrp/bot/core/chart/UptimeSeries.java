package org.chmlfrp.bot.core.chart;

import java.util.List;
import java.util.Objects;

/**
 * A node's daily uptime, one line on an uptime chart.
 *
 * @param nodeName the name shown in the legend (may be Chinese); a blank name is drawn as
 *     {@code #n}
 * @param points uptime per day as a percentage 0–100, in any order; values outside 0–100 are
 *     clamped, {@code NaN} values are left out
 */
public record UptimeSeries(String nodeName, List<DailyValue> points) {

    public UptimeSeries {
        nodeName = nodeName == null ? "" : nodeName;
        points = List.copyOf(Objects.requireNonNullElse(points, List.of()));
    }
}
