package org.chmlfrp.bot.core.feature.tunnel;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.chmlfrp.bot.core.chmlfrp.model.Node;
import org.chmlfrp.bot.core.chmlfrp.model.NodeGroup;
import org.chmlfrp.bot.core.chmlfrp.model.NodeStats;
import org.chmlfrp.bot.core.chmlfrp.model.TunnelType;
import org.chmlfrp.bot.core.command.CommandContext;
import org.chmlfrp.bot.core.feature.node.NodeCatalog;
import org.chmlfrp.bot.core.support.EditDistance;

/** Nodes to suggest when the one a user named does not exist or does not fit. */
final class NodeSuggestions {
    static final int MAX = 5;

    private NodeSuggestions() {}

    /** Nodes whose names contain, are contained in, or are a typo or two away from what was typed. */
    static List<Node> similar(List<Node> all, String typed) {
        String wanted = NodeCatalog.normalize(typed);
        if (wanted.isEmpty()) {
            return List.of();
        }
        record Scored(Node node, int distance) {}
        return all.stream()
                .map(n -> {
                    String name = NodeCatalog.normalize(n.name());
                    int d = name.contains(wanted) || wanted.contains(name) ? 0 : EditDistance.between(wanted, name);
                    return new Scored(n, d);
                })
                .filter(s -> s.distance() <= Math.max(1, wanted.length() / 3))
                .sorted(Comparator.comparingInt(Scored::distance)
                        .thenComparing(s -> s.node().name()))
                .limit(MAX)
                .map(Scored::node)
                .toList();
    }

    /** Online nodes that take this type ({@code null}: any type), by the live stats. */
    static List<Node> online(List<Node> all, List<NodeStats> stats, TunnelType type) {
        Set<String> up = stats.stream()
                .filter(NodeStats::online)
                .map(NodeStats::nodeName)
                .collect(Collectors.toSet());
        return all.stream()
                .filter(n -> up.contains(n.name()))
                .filter(n -> type == null || n.allows(type))
                .sorted(Comparator.comparing((Node n) -> n.group() == NodeGroup.VIP)
                        .thenComparing(Node::name))
                .limit(MAX)
                .toList();
    }

    /** {@code 湖南娄底、四川德阳电信（VIP）}. */
    static String names(CommandContext ctx, List<Node> nodes) {
        return nodes.stream()
                .map(n -> n.group() == NodeGroup.VIP ? ctx.t("tunnel.node.vip", n.name()) : n.name())
                .collect(Collectors.joining(ctx.t("tunnel.separator")));
    }
}
