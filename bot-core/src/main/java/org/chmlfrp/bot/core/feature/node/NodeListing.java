package org.chmlfrp.bot.core.feature.node;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chmlfrp.bot.core.chmlfrp.model.Node;
import org.chmlfrp.bot.core.chmlfrp.model.NodeStats;
import org.chmlfrp.bot.core.command.CommandContext;
import org.chmlfrp.bot.core.reply.Reply;

/**
 * The rows of {@code node list}: the public nodes joined with their stats, filtered, online first, then by name;
 * and the answer when a typed node name fits no node (or several).
 */
final class NodeListing {
    private static final int MAX_SUGGESTIONS = 5;

    private NodeListing() {}

    static List<NodeRow> rows(List<Node> nodes, List<NodeStats> stats, Optional<NodeFilter> filter) {
        Map<String, NodeStats> byName = stats.stream()
                .filter(s -> s.nodeName() != null)
                .collect(Collectors.toMap(NodeStats::nodeName, s -> s, (first, later) -> first));
        Collator names = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
        return nodes.stream()
                .map(n -> new NodeRow(n, byName.get(n.name())))
                .filter(r -> filter.map(f -> f.accepts(r.node(), r.online())).orElse(true))
                .sorted(Comparator.comparing((NodeRow r) -> !r.online())
                        .thenComparing(
                                r -> r.node().name() == null ? "" : r.node().name(), names))
                .toList();
    }

    /** Goes on with the node the user typed, or names it, suggests close names and points to {@code node list}. */
    static CompletionStage<Reply> withNode(
            NodeCatalog catalog, CommandContext ctx, String typed, Function<Node, CompletionStage<Reply>> then) {
        return catalog.nodes()
                .thenCompose(nodes -> NodeCatalog.match(nodes, typed)
                        .map(then)
                        .orElseGet(() -> unknown(ctx, typed, nodes).completed()));
    }

    private static Reply unknown(CommandContext ctx, String typed, List<Node> nodes) {
        List<String> similar = similarNames(nodes, typed, MAX_SUGGESTIONS);
        return Reply.error(
                similar.isEmpty()
                        ? ctx.t("node.unknown", typed, ctx.prefix())
                        : ctx.t("node.unknown.suggest", typed, String.join(ctx.t("node.separator"), similar)));
    }

    /** Nodes whose name or area contains what was typed (ignoring case and spaces), for "did you mean". */
    static List<String> similarNames(List<Node> nodes, String typed, int max) {
        String wanted = NodeCatalog.normalize(typed);
        if (wanted.isEmpty()) {
            return List.of();
        }
        return nodes.stream()
                .filter(n -> n.name() != null && !n.name().isBlank())
                .filter(n -> NodeCatalog.normalize(n.name()).contains(wanted)
                        || NodeCatalog.normalize(n.area()).contains(wanted)
                        || wanted.contains(NodeCatalog.normalize(n.name())))
                .map(Node::name)
                .sorted(Collator.getInstance(Locale.SIMPLIFIED_CHINESE))
                .limit(max)
                .toList();
    }
}
