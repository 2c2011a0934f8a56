package org.chmlfrp.bot.core.feature.node;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import org.chmlfrp.bot.core.chart.ChartRenderer;
import org.chmlfrp.bot.core.chart.ChartText;
import org.chmlfrp.bot.core.chart.UptimeSeries;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpApi;
import org.chmlfrp.bot.core.chmlfrp.model.NodeUptime;
import org.chmlfrp.bot.core.command.CommandContext;
import org.chmlfrp.bot.core.command.CommandSet;
import org.chmlfrp.bot.core.command.CommandSpec;
import org.chmlfrp.bot.core.command.ParamSpec;
import org.chmlfrp.bot.core.command.ParamType;
import org.chmlfrp.bot.core.reply.Reply;

/**
 * {@code node uptime [node] [days]}: a PNG chart of daily uptime over 1–90 days (default 7) and the
 * average as text. With a node: that node's line. Without: one line, the mean of every node per day,
 * and the nodes with the lowest uptime. A number alone ({@code node uptime 30}) is the days.
 */
public final class NodeUptimeCommand implements CommandSet {
    static final int DEFAULT_DAYS = 7;
    static final int MAX_DAYS = 90;
    static final int LOWEST_SHOWN = 3;

    private final ChmlFrpApi api;
    private final NodeCatalog catalog;
    private final ChartRenderer charts;

    @Inject
    public NodeUptimeCommand(ChmlFrpApi api, NodeCatalog catalog, ChartRenderer charts) {
        this.api = api;
        this.catalog = catalog;
        this.charts = charts;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(CommandSpec.command("node", "uptime")
                .aliases("在线率")
                .param(ParamSpec.optional("node", ParamType.TEXT).completedBy(new NodeNames(catalog)))
                .param(ParamSpec.optional("days", ParamType.integer(1, MAX_DAYS)))
                .handler(this::uptime));
    }

    private CompletionStage<Reply> uptime(CommandContext ctx) {
        Optional<String> node = ctx.args().optString("node").map(String::strip).filter(s -> !s.isEmpty());
        Optional<Integer> days = ctx.args().optInt("days");
        if (node.isPresent() && days.isEmpty() && node.get().matches("\\d{1,9}")) {
            // "node uptime 30": TEXT takes any word, so a lone number landed in `node`; it means days.
            int d = Integer.parseInt(node.get());
            if (d < 1 || d > MAX_DAYS) {
                return Reply.error(ctx.t("node.uptime.bad-days", node.get(), MAX_DAYS))
                        .completed();
            }
            node = Optional.empty();
            days = Optional.of(d);
        }
        int period = days.orElse(DEFAULT_DAYS);
        if (node.isEmpty()) {
            return api.nodeUptime(period, null).thenApply(all -> allNodes(ctx, period, all));
        }
        return NodeListing.withNode(
                catalog,
                ctx,
                node.get(),
                n -> api.nodeUptime(period, n.name()).thenApply(answer -> oneNode(ctx, period, n.name(), answer)));
    }

    private Reply oneNode(CommandContext ctx, int days, String name, List<NodeUptime> answer) {
        UptimeSeries line = answer.stream()
                .filter(u -> name.equals(u.nodeName()))
                .findFirst()
                .or(() -> answer.stream().findFirst())
                .map(UptimeSummary::series)
                .orElseGet(() -> new UptimeSeries(name, List.of()));
        String title = ctx.t("node.uptime.chart.title.node", name, days);
        OptionalDouble avg = UptimeSummary.average(line);
        String summary = avg.isPresent()
                ? ctx.t("node.uptime.average.node", name, days, NodeFormat.uptimePercent(avg.getAsDouble()))
                : ctx.t("node.uptime.no-data", name, days);
        return chartReply(ctx, title, List.of(line), summary);
    }

    private Reply allNodes(CommandContext ctx, int days, List<NodeUptime> all) {
        String title = ctx.t("node.uptime.chart.title.all", days);
        UptimeSeries line = UptimeSummary.averageSeries(ctx.t("node.uptime.series.all"), all);
        OptionalDouble avg = UptimeSummary.average(line);
        if (avg.isEmpty()) {
            return chartReply(ctx, title, List.of(line), ctx.t("node.uptime.no-data.all", days));
        }
        String summary =
                ctx.t("node.uptime.average.all", all.size(), days, NodeFormat.uptimePercent(avg.getAsDouble()));
        List<UptimeSummary.NodeAverage> lowest = UptimeSummary.lowest(all, LOWEST_SHOWN);
        if (!lowest.isEmpty()) {
            summary += "\n"
                    + ctx.t(
                            "node.uptime.lowest",
                            lowest.stream()
                                    .map(a -> ctx.t(
                                            "node.uptime.lowest.item",
                                            a.nodeName(),
                                            NodeFormat.uptimePercent(a.average())))
                                    .collect(Collectors.joining(ctx.t("node.separator"))));
        }
        return chartReply(ctx, title, List.of(line), summary);
    }

    private Reply chartReply(CommandContext ctx, String title, List<UptimeSeries> lines, String summary) {
        ChartText text = ChartText.uptime(
                title, ctx.t("node.uptime.chart.x"), ctx.t("node.uptime.chart.y"), ctx.t("node.uptime.chart.no-data"));
        byte[] png = charts.uptimePng(text, lines);
        return Reply.builder().image(png, "uptime.png", title).text(summary).build();
    }
}
