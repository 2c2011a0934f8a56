package org.chmlfrp.bot.core.broadcast;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.chmlfrp.bot.core.chart.ChartRenderer;
import org.chmlfrp.bot.core.chart.ChartText;
import org.chmlfrp.bot.core.chart.DailyValue;
import org.chmlfrp.bot.core.chart.UptimeSeries;
import org.chmlfrp.bot.core.chmlfrp.model.NodeStats;
import org.chmlfrp.bot.core.chmlfrp.model.NodeUptime;
import org.chmlfrp.bot.core.chmlfrp.model.PanelInfo;
import org.chmlfrp.bot.core.feature.node.UptimeSummary;
import org.chmlfrp.bot.core.reply.Block;
import org.chmlfrp.bot.core.reply.Reply;

/**
 * The daily summary as a reply: nodes online/total, the busiest online nodes (bandwidth, then
 * clients), the panel's totals, and the uptime chart of the mean of every node per day. Public
 * facts only: it goes to groups.
 */
@Singleton
final class DailySummaryView {
    static final int BUSIEST = 3;

    /** What the API said; panel totals and uptime may be missing. */
    record Data(List<NodeStats> stats, Optional<PanelInfo> panel, Optional<List<NodeUptime>> uptime) {}

    private final BroadcastTexts texts;
    private final ChartRenderer charts;

    @Inject
    DailySummaryView(BroadcastTexts texts, ChartRenderer charts) {
        this.texts = texts;
        this.charts = charts;
    }

    Reply render(LocalDate day, int uptimeDays, Data data) {
        List<NodeStats> stats = data.stats();
        long online = stats.stream().filter(NodeStats::online).count();
        List<Block.Field> fields = new ArrayList<>();
        fields.add(new Block.Field(texts.t("broadcast.daily.nodes"), online + "/" + stats.size(), true));
        data.panel().ifPresent(p -> {
            fields.add(new Block.Field(texts.t("broadcast.daily.users"), Integer.toString(p.userAmount()), true));
            fields.add(new Block.Field(texts.t("broadcast.daily.tunnels"), Integer.toString(p.tunnelAmount()), true));
        });
        Reply.Builder b = Reply.builder()
                .title(texts.t("broadcast.daily.title", day.toString()))
                .fields(fields);

        List<NodeStats> busiest = busiest(stats);
        if (!busiest.isEmpty()) {
            b.text(texts.t("broadcast.daily.busiest") + "\n"
                    + busiest.stream()
                            .map(s -> texts.t(
                                    "broadcast.daily.busiest.item",
                                    s.nodeName(),
                                    Integer.toString(s.bandwidthUsagePercent()),
                                    Integer.toString(s.clientCounts())))
                            .collect(Collectors.joining("\n")));
        }

        if (data.uptime().isPresent()) {
            UptimeSeries line = UptimeSummary.averageSeries(
                    texts.t("broadcast.daily.chart.series"), data.uptime().get());
            String title = texts.t("broadcast.daily.chart.title", uptimeDays);
            byte[] png = charts.uptimePng(
                    ChartText.uptime(
                            title,
                            texts.t("broadcast.daily.chart.x"),
                            texts.t("broadcast.daily.chart.y"),
                            texts.t("broadcast.daily.chart.no-data")),
                    List.of(line));
            b.image(png, "uptime.png", title);
            OptionalDouble avg =
                    line.points().stream().mapToDouble(DailyValue::value).average();
            b.text(
                    avg.isPresent()
                            ? texts.t(
                                    "broadcast.daily.uptime",
                                    uptimeDays,
                                    String.format(Locale.ROOT, "%.2f%%", avg.getAsDouble()))
                            : texts.t("broadcast.daily.uptime.none", uptimeDays));
        } else {
            b.text(texts.t("broadcast.daily.uptime.unavailable"));
        }
        return b.build();
    }

    /** Online nodes with the highest bandwidth use, then the most clients. */
    static List<NodeStats> busiest(List<NodeStats> stats) {
        Collator names = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
        return stats.stream()
                .filter(NodeStats::online)
                .filter(s -> s.nodeName() != null)
                .sorted(Comparator.comparingInt(NodeStats::bandwidthUsagePercent)
                        .reversed()
                        .thenComparing(
                                Comparator.comparingInt(NodeStats::clientCounts).reversed())
                        .thenComparing(NodeStats::nodeName, names))
                .limit(BUSIEST)
                .toList();
    }
}
