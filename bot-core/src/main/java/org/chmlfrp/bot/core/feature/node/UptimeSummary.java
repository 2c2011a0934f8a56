package org.chmlfrp.bot.core.feature.node;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.chmlfrp.bot.core.chart.DailyValue;
import org.chmlfrp.bot.core.chart.UptimeSeries;
import org.chmlfrp.bot.core.chmlfrp.model.NodeUptime;
import org.chmlfrp.bot.core.chmlfrp.model.UptimePoint;

/** Turns {@code /node_uptime} answers (percentages 0–100 per day) into chart series and averages. */
public final class UptimeSummary {
    /** A node and its average uptime over the period. */
    record NodeAverage(String nodeName, double average) {}

    private UptimeSummary() {}

    /** One node's line: its points as they came, values that are not numbers left out. */
    static UptimeSeries series(NodeUptime node) {
        List<DailyValue> points = new ArrayList<>();
        for (UptimePoint p : node.history()) {
            if (p.day() != null && Double.isFinite(p.uptime())) {
                points.add(new DailyValue(p.day(), p.uptime()));
            }
        }
        return new UptimeSeries(node.nodeName(), points);
    }

    /** One line for many nodes: each day's mean over the nodes that have a value that day. */
    public static UptimeSeries averageSeries(String name, List<NodeUptime> nodes) {
        Map<LocalDate, double[]> byDay = new TreeMap<>();
        for (NodeUptime n : nodes) {
            for (UptimePoint p : n.history()) {
                if (p.day() != null && Double.isFinite(p.uptime())) {
                    double[] sum = byDay.computeIfAbsent(p.day(), d -> new double[2]);
                    sum[0] += p.uptime();
                    sum[1]++;
                }
            }
        }
        List<DailyValue> points = new ArrayList<>();
        byDay.forEach((day, sum) -> points.add(new DailyValue(day, sum[0] / sum[1])));
        return new UptimeSeries(name, points);
    }

    /** The mean of a line's values; empty when it has none. */
    static OptionalDouble average(UptimeSeries series) {
        return series.points().stream().mapToDouble(DailyValue::value).average();
    }

    /** The nodes with the lowest average uptime, lowest first (ties by name), nodes without values left out. */
    static List<NodeAverage> lowest(List<NodeUptime> nodes, int max) {
        List<NodeAverage> averages = new ArrayList<>();
        for (NodeUptime n : nodes) {
            OptionalDouble avg = average(series(n));
            if (avg.isPresent()) {
                averages.add(new NodeAverage(n.nodeName(), avg.getAsDouble()));
            }
        }
        averages.sort(
                Comparator.comparingDouble(NodeAverage::average).thenComparing(a -> String.valueOf(a.nodeName())));
        return averages.subList(0, Math.min(max, averages.size()));
    }
}
