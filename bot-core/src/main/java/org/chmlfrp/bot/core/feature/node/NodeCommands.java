package org.chmlfrp.bot.core.feature.node;

import jakarta.inject.Inject;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.chmlfrp.bot.core.chart.ByteUnit;
import org.chmlfrp.bot.core.chmlfrp.ApiErrorKind;
import org.chmlfrp.bot.core.chmlfrp.ApiException;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpApi;
import org.chmlfrp.bot.core.chmlfrp.model.Node;
import org.chmlfrp.bot.core.chmlfrp.model.NodeDetails;
import org.chmlfrp.bot.core.chmlfrp.model.NodeGroup;
import org.chmlfrp.bot.core.chmlfrp.model.NodeInfo;
import org.chmlfrp.bot.core.chmlfrp.model.NodeStats;
import org.chmlfrp.bot.core.command.ApiRefusals;
import org.chmlfrp.bot.core.command.CommandContext;
import org.chmlfrp.bot.core.command.CommandSet;
import org.chmlfrp.bot.core.command.CommandSpec;
import org.chmlfrp.bot.core.command.ParamSpec;
import org.chmlfrp.bot.core.command.ParamType;
import org.chmlfrp.bot.core.reply.Block;
import org.chmlfrp.bot.core.reply.Paging;
import org.chmlfrp.bot.core.reply.Reply;

/**
 * {@code node list [filter] [page]}, {@code node info <node>} and {@code node stats}. The list and
 * the stats come from the {@link NodeCatalog} cache (no account, no store, at most one upstream call
 * per cache period however many people ask); {@code node info} asks {@code /nodeinfo} with the
 * user's token. Node addresses appear only in private, and the real IP never.
 */
public final class NodeCommands implements CommandSet {
    static final int PAGE_SIZE = 10;
    static final int TOP_NODES = 10;

    private final ChmlFrpApi api;
    private final NodeCatalog catalog;
    private final NodeListPages pages = new NodeListPages();

    @Inject
    public NodeCommands(ChmlFrpApi api, NodeCatalog catalog) {
        this.api = api;
        this.catalog = catalog;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(
                CommandSpec.command("node", "list")
                        .aliases("节点", "节点列表")
                        .param(ParamSpec.optional("filter", ParamType.choice(NodeFilter.words())))
                        .param(ParamSpec.optional("page", ParamType.integer(1, 1000)))
                        .handler(this::list),
                CommandSpec.command("node", "info")
                        .aliases("节点详情")
                        .needsAccount()
                        .param(ParamSpec.required("node", ParamType.TEXT)
                                .completedBy(new NodeNames(catalog))
                                .takingRest())
                        .handler(this::info),
                CommandSpec.command("node", "stats").aliases("节点状态").handler(this::stats));
    }

    // --- node list ---

    private CompletionStage<Reply> list(CommandContext ctx) {
        Optional<NodeFilter> filter = ctx.args().optString("filter").flatMap(NodeFilter::parse);
        int page = ctx.args().optInt("page").orElse(1);
        CompletableFuture<Optional<List<NodeStats>>> stats =
                catalog.stats().handle((s, failure) -> failure == null ? Optional.of(s) : Optional.empty());
        NodeListPages.Key key = new NodeListPages.Key(filter, page, ctx.locale(), ctx.prefix());
        return catalog.nodes()
                .thenCombine(
                        stats,
                        (nodes, live) -> pages.page(
                                nodes, live.orElse(null), key, () -> listReply(ctx, filter, page, nodes, live)));
    }

    private Reply listReply(
            CommandContext ctx,
            Optional<NodeFilter> filter,
            int page,
            List<Node> nodes,
            Optional<List<NodeStats>> live) {
        List<NodeRow> rows = NodeListing.rows(nodes, live.orElse(List.of()), filter);
        String filterLabel = filter.map(f -> ctx.t(f.labelKey())).orElse("");
        if (rows.isEmpty()) {
            return filter.isPresent()
                    ? Reply.text(ctx.t("node.list.empty.filtered", filterLabel, ctx.prefix()))
                    : Reply.text(ctx.t("node.list.empty"));
        }
        int pages = Paging.count(rows.size(), PAGE_SIZE);
        if (page > pages) {
            return Reply.error(ctx.t("node.page.out-of-range", page, pages));
        }
        List<List<String>> table = Paging.slice(rows, page, PAGE_SIZE).stream()
                .map(r -> List.of(
                        NodeFormat.orDash(r.node().name()),
                        NodeFormat.group(ctx, r.node().group()),
                        NodeFormat.orDash(r.node().area()),
                        live.isPresent() ? NodeFormat.state(ctx, r.online()) : ctx.t("common.unknown"),
                        NodeFormat.flags(
                                ctx, r.node().udp(), r.node().web(), r.node().china()),
                        r.online()
                                ? ctx.t(
                                        "node.list.load",
                                        NodeFormat.percent(r.stats().bandwidthUsagePercent()),
                                        Integer.toString(r.stats().clientCounts()))
                                : "-"))
                .toList();
        long online = rows.stream().filter(NodeRow::online).count();
        Reply.Builder b = Reply.builder()
                .title(filter.isPresent() ? ctx.t("node.list.title.filtered", filterLabel) : ctx.t("node.list.title"))
                .table(
                        List.of(
                                ctx.t("node.col.name"),
                                ctx.t("node.col.group"),
                                ctx.t("node.col.area"),
                                ctx.t("node.col.state"),
                                ctx.t("node.col.flags"),
                                ctx.t("node.col.load")),
                        table)
                .text(ctx.t("node.list.summary", Integer.toString(rows.size()), Long.toString(online)));
        if (live.isEmpty()) {
            b.text(ctx.t("node.list.stats-unavailable"));
        }
        return b.page(
                        page,
                        pages,
                        ctx.t("node.next-page"),
                        "node list" + filter.map(f -> " " + f.keyword()).orElse(""))
                .build();
    }

    // --- node info ---

    private CompletionStage<Reply> info(CommandContext ctx) {
        String typed = ctx.args().string("node").strip();
        return NodeListing.withNode(
                catalog,
                ctx,
                typed,
                n -> ApiRefusals.recover(
                        api.nodeInfo(ctx.token(), n.name()).thenApply(info -> infoReply(ctx, info)),
                        EnumSet.of(ApiErrorKind.VALIDATION),
                        refused -> vipRefusal(ctx, n, refused)));
    }

    /** A free account asking a VIP node: the API says 权限不足; say why, with the API's words. */
    private static Optional<Reply> vipRefusal(CommandContext ctx, Node node, ApiException refused) {
        if (node.group() != NodeGroup.VIP) {
            return Optional.empty();
        }
        String msg = refused.apiMessage().orElse(ctx.t("error.api.no-message"));
        return Optional.of(Reply.error(ctx.t("node.info.vip-only", msg, node.name())));
    }

    private static Reply infoReply(CommandContext ctx, NodeInfo info) {
        Node n = info.node();
        NodeDetails d = info.details();
        List<Block.Field> fields = new ArrayList<>();
        fields.add(field(ctx, "node.info.area", NodeFormat.orDash(n.area()), true));
        fields.add(field(ctx, "node.info.group", NodeFormat.group(ctx, n.group()), true));
        fields.add(field(ctx, "node.info.state", NodeFormat.state(ctx, info.state()), true));
        String flags = NodeFormat.flags(ctx, n.udp(), n.web(), n.china())
                + (n.fangyu() ? " " + ctx.t("node.flag.fangyu") : "");
        fields.add(field(ctx, "node.info.flags", flags, true));
        fields.add(field(ctx, "node.info.rport", info.remotePortRange().toString(), true));
        if (!ctx.inGroup() && info.ip() != null && !info.ip().isBlank()) {
            String host = info.port() > 0
                    ? info.ip().strip() + ":" + info.port()
                    : info.ip().strip();
            fields.add(field(ctx, "node.info.host", host, true));
        }
        String cpu = NodeFormat.orDash(d.cpuInfo());
        fields.add(field(
                ctx, "node.info.cpu", d.numCores() > 0 ? ctx.t("node.info.cpu.cores", cpu, d.numCores()) : cpu, false));
        fields.add(field(
                ctx,
                "node.info.load",
                NodeFormat.load(d.load1()) + " / " + NodeFormat.load(d.load5()) + " / " + NodeFormat.load(d.load15()),
                true));
        fields.add(field(ctx, "node.info.memory", ByteUnit.human(d.memoryTotal()), true));
        String storage = d.storageTotal() > 0
                ? ctx.t(
                        "node.info.storage.value",
                        ByteUnit.human(d.storageUsed()),
                        ByteUnit.human(d.storageTotal()),
                        NodeFormat.percent(Math.round(1000.0 * d.storageUsed() / d.storageTotal()) / 10.0))
                : ByteUnit.human(d.storageUsed());
        fields.add(field(ctx, "node.info.storage", storage, true));
        fields.add(field(ctx, "node.info.uptime", NodeFormat.duration(ctx, d.uptimeSeconds()), true));
        fields.add(field(
                ctx,
                "node.info.traffic",
                ctx.t(
                        "node.info.traffic.value",
                        ByteUnit.human(d.totalTrafficIn()),
                        ByteUnit.human(d.totalTrafficOut())),
                true));
        fields.add(field(ctx, "node.info.bandwidth", NodeFormat.percent(info.bandwidthUsagePercent()), true));
        fields.add(field(ctx, "node.info.version", NodeFormat.orDash(d.version()), true));
        fields.add(field(ctx, "node.info.notes", NodeFormat.orDash(n.notes()), false));
        Reply.Builder b =
                Reply.builder().title(ctx.t("node.info.title", n.name())).fields(fields);
        if (ctx.inGroup()) {
            b.text(ctx.t("node.info.host-private"));
        }
        return b.build();
    }

    private static Block.Field field(CommandContext ctx, String key, String value, boolean inline) {
        return new Block.Field(ctx.t(key), value, inline);
    }

    // --- node stats ---

    private CompletionStage<Reply> stats(CommandContext ctx) {
        return catalog.stats().thenApply(all -> statsReply(ctx, all));
    }

    private static Reply statsReply(CommandContext ctx, List<NodeStats> all) {
        if (all.isEmpty()) {
            return Reply.text(ctx.t("node.list.empty"));
        }
        long online = all.stream().filter(NodeStats::online).count();
        long clients = all.stream().mapToLong(NodeStats::clientCounts).sum();
        long tunnels = all.stream().mapToLong(NodeStats::tunnelCounts).sum();
        List<Block.Field> totals = List.of(
                field(ctx, "node.stats.online", online + "/" + all.size(), true),
                field(ctx, "node.stats.clients", Long.toString(clients), true),
                field(ctx, "node.stats.tunnels", Long.toString(tunnels), true));
        List<List<String>> rows = all.stream()
                .sorted(Comparator.comparingInt(NodeStats::clientCounts)
                        .reversed()
                        .thenComparing(
                                s -> s.nodeName() == null ? "" : s.nodeName(),
                                Collator.getInstance(Locale.SIMPLIFIED_CHINESE)))
                .limit(TOP_NODES)
                .map(s -> List.of(
                        NodeFormat.orDash(s.nodeName()),
                        NodeFormat.state(ctx, s.online()),
                        Integer.toString(s.clientCounts()),
                        Integer.toString(s.tunnelCounts()),
                        NodeFormat.percent(s.bandwidthUsagePercent()),
                        NodeFormat.percent(round1(s.cpuUsage()))))
                .toList();
        return Reply.builder()
                .title(ctx.t("node.stats.title"))
                .fields(totals)
                .text(ctx.t("node.stats.top", Math.min(TOP_NODES, all.size())))
                .table(
                        List.of(
                                ctx.t("node.col.name"),
                                ctx.t("node.col.state"),
                                ctx.t("node.col.clients"),
                                ctx.t("node.col.tunnels"),
                                ctx.t("node.col.bandwidth"),
                                ctx.t("node.col.cpu")),
                        rows)
                .build();
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
