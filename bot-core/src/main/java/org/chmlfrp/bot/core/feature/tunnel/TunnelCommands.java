package org.chmlfrp.bot.core.feature.tunnel;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.stream.IntStream;
import org.chmlfrp.bot.core.chart.ByteUnit;
import org.chmlfrp.bot.core.chart.ChartRenderer;
import org.chmlfrp.bot.core.chart.ChartText;
import org.chmlfrp.bot.core.chart.TrafficDay;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpApi;
import org.chmlfrp.bot.core.chmlfrp.model.Tunnel;
import org.chmlfrp.bot.core.chmlfrp.model.TunnelTraffic;
import org.chmlfrp.bot.core.command.CommandContext;
import org.chmlfrp.bot.core.command.CommandSet;
import org.chmlfrp.bot.core.command.CommandSpec;
import org.chmlfrp.bot.core.command.ParamSpec;
import org.chmlfrp.bot.core.command.ParamType;
import org.chmlfrp.bot.core.feature.node.NodeCatalog;
import org.chmlfrp.bot.core.feature.node.NodeNames;
import org.chmlfrp.bot.core.reply.Paging;
import org.chmlfrp.bot.core.reply.Reply;

/** Reading tunnels: {@code tunnel list}, {@code tunnel info}, {@code tunnel traffic}, {@code tunnel config}. */
public final class TunnelCommands implements CommandSet {
    static final int PAGE_SIZE = 10;
    static final int TRAFFIC_DAYS = 7;

    private final ChmlFrpApi api;
    private final ChartRenderer charts;
    private final Clock clock;
    private final TunnelLookup lookup;
    private final TunnelRules rules;
    private final NodeNames nodeNames;

    @Inject
    public TunnelCommands(ChmlFrpApi api, NodeCatalog catalog, ChartRenderer charts, Clock clock) {
        this.api = api;
        this.charts = charts;
        this.clock = clock;
        this.lookup = new TunnelLookup(api);
        this.rules = new TunnelRules(catalog);
        this.nodeNames = new NodeNames(catalog);
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(
                CommandSpec.command("tunnel", "list")
                        .aliases("隧道", "隧道列表")
                        .param(ParamSpec.optional("page", ParamType.integer(1, 9999)))
                        .needsAccount()
                        .handler(this::list),
                CommandSpec.command("tunnel", "info")
                        .aliases("隧道详情")
                        .param(tunnelParam(api))
                        .needsAccount()
                        .handler(this::info),
                CommandSpec.command("tunnel", "traffic")
                        .aliases("隧道流量")
                        .param(tunnelParam(api))
                        .needsAccount()
                        .handler(this::traffic),
                CommandSpec.command("tunnel", "config")
                        .aliases("配置文件")
                        .param(ParamSpec.required("node", ParamType.TEXT).completedBy(nodeNames))
                        .param(ParamSpec.optional("names", ParamType.TEXT).takingRest())
                        .privateOnly()
                        .needsAccount()
                        .ephemeral()
                        .handler(this::config));
    }

    static ParamSpec tunnelParam(ChmlFrpApi api) {
        return ParamSpec.required("tunnel", ParamType.TEXT).completedBy(new TunnelNames(api));
    }

    private CompletionStage<Reply> list(CommandContext ctx) {
        int page = ctx.args().optInt("page").orElse(1);
        return api.tunnels(ctx.token()).thenApply(all -> {
            if (all.isEmpty()) {
                return Reply.text(ctx.t("tunnel.list.empty", ctx.prefix()));
            }
            int pages = Paging.count(all.size(), PAGE_SIZE);
            if (page > pages) {
                return Reply.error(
                        ctx.t("tunnel.list.no-such-page", String.valueOf(page), String.valueOf(pages), ctx.prefix()));
            }
            List<Tunnel> shown = Paging.slice(TunnelLookup.byId(all), page, PAGE_SIZE);
            List<List<String>> rows =
                    shown.stream().map(t -> TunnelView.row(ctx, t)).toList();
            Reply.Builder b = Reply.builder()
                    .title(ctx.t("tunnel.list.title", String.valueOf(all.size())))
                    .table(TunnelView.headers(ctx), rows)
                    .text(ctx.t("tunnel.list.hint", ctx.prefix()));
            return b.page(page, pages, ctx.t("tunnel.list.next"), "tunnel list").build();
        });
    }

    private CompletionStage<Reply> info(CommandContext ctx) {
        return lookup.withTunnel(
                ctx,
                t -> Reply.builder()
                        .title(ctx.t("tunnel.info.title", t.name(), TunnelView.id(t)))
                        .fields(TunnelView.fields(ctx, t))
                        .build()
                        .completed());
    }

    private CompletionStage<Reply> traffic(CommandContext ctx) {
        return lookup.withTunnel(
                ctx, t -> api.tunnelLast7Days(ctx.token(), t.id()).thenApply(traffic -> trafficReply(ctx, t, traffic)));
    }

    private Reply trafficReply(CommandContext ctx, Tunnel t, TunnelTraffic traffic) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), TunnelView.ZONE);
        List<TrafficDay> days = days(traffic, today);
        long in = days.stream().mapToLong(TrafficDay::inBytes).sum();
        long out = days.stream().mapToLong(TrafficDay::outBytes).sum();
        ChartText text = ChartText.traffic(
                ctx.t("tunnel.traffic.chart.title", t.name()),
                ctx.t("tunnel.traffic.chart.x"),
                ctx.t("tunnel.traffic.chart.y"),
                ctx.t("tunnel.traffic.chart.in"),
                ctx.t("tunnel.traffic.chart.out"),
                ctx.t("tunnel.traffic.chart.no-data"));
        byte[] png = charts.trafficPng(text, days);
        return Reply.builder()
                .image(png, "tunnel-" + TunnelView.id(t) + "-traffic.png", ctx.t("tunnel.traffic.alt", t.name()))
                .text(ctx.t(
                        "tunnel.traffic.summary",
                        t.name(),
                        TunnelView.id(t),
                        (days.isEmpty() ? today : days.get(0).day()).toString(),
                        today.toString(),
                        ByteUnit.compact(in),
                        ByteUnit.compact(out)))
                .build();
    }

    /** The API's arrays are oldest first and end today (in the API's time zone). */
    static List<TrafficDay> days(TunnelTraffic traffic, LocalDate today) {
        List<Long> in = traffic.trafficIn();
        List<Long> out = traffic.trafficOut();
        int n = Math.max(in.size(), out.size());
        return IntStream.range(0, n)
                .mapToObj(i -> new TrafficDay(today.minusDays(n - 1L - i), bytes(in, i), bytes(out, i)))
                .toList();
    }

    /** The figure for day {@code i}; 0 when missing or negative. */
    private static long bytes(List<Long> values, int i) {
        return i < values.size() && values.get(i) != null ? Math.max(0, values.get(i)) : 0;
    }

    private CompletionStage<Reply> config(CommandContext ctx) {
        String typedNode = ctx.args().string("node");
        List<String> names = ctx.args()
                .optString("names")
                .map(s -> Arrays.stream(s.split("[,，、\\s]+"))
                        .map(String::trim)
                        .filter(n -> !n.isEmpty())
                        .toList())
                .orElse(List.of());
        return rules.withNode(
                ctx,
                typedNode,
                null,
                node -> api.tunnelConfig(ctx.token(), node, names)
                        .thenApply(content -> configReply(ctx, node, content)));
    }

    private static Reply configReply(CommandContext ctx, String node, String content) {
        if (content == null || content.isBlank()) {
            return Reply.error(ctx.t("tunnel.config.empty", node, ctx.prefix()));
        }
        return Reply.builder()
                .title(ctx.t("tunnel.config.title", node))
                .code("ini", content, "frpc.ini")
                .text(ctx.t("tunnel.config.how"))
                .text(ctx.t("tunnel.config.secret"))
                .privateToUser()
                .build();
    }
}
