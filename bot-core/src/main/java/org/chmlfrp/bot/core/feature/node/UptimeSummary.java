package org.chmlfrp.bot.core.feature.node;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
        return new UptimeSeries(
                node.nodeName(),
                valid(node.history().stream())
                        .map(p -> new DailyValue(p.day(), p.uptime()))
                        .toList());
    }

    /** One line for many nodes: each day's mean over the nodes that have a value that day. */
    public static UptimeSeries averageSeries(String name, List<NodeUptime> nodes) {
        Map<LocalDate, Double> byDay = valid(nodes.stream().flatMap(n -> n.history().stream()))
                .collect(Collectors.groupingBy(
                        UptimePoint::day, TreeMap::new, Collectors.averagingDouble(UptimePoint::uptime)));
        return new UptimeSeries(
                name,
                byDay.entrySet().stream()
                        .map(e -> new DailyValue(e.getKey(), e.getValue()))
                        .toList());
    }

    /** The points that have a day and a number. */
    private static Stream<UptimePoint> valid(Stream<UptimePoint> points) {
        return points.filter(p -> p.day() != null && Double.isFinite(p.uptime()));
    }

    /** The mean of a line's values; empty when it has none. */
    static OptionalDouble average(UptimeSeries series) {
        return series.points().stream().mapToDouble(DailyValue::value).average();
    }

    /** The nodes with the lowest average uptime, lowest first (ties by name), nodes without values left out. */
    static List<NodeAverage> lowest(List<NodeUptime> nodes, int max) {
        return nodes.stream()
                .flatMap(n -> average(series(n)).stream().mapToObj(avg -> new NodeAverage(n.nodeName(), avg)))
                .sorted(Comparator.comparingDouble(NodeAverage::average)
                        .thenComparing(a -> String.valueOf(a.nodeName())))
                .limit(max)
                .toList();
    }
}
