package org.chmlfrp.bot.core.feature.node;

import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.chmlfrp.bot.core.chmlfrp.model.Node;
import org.chmlfrp.bot.core.chmlfrp.model.NodeStats;

/** The rows of {@code node list}: the public nodes joined with their stats, filtered, online first, then by name. */
final class NodeListing {
    private NodeListing() {}

    static List<NodeRow> rows(List<Node> nodes, List<NodeStats> stats, Optional<NodeFilter> filter) {
        Map<String, NodeStats> byName = new HashMap<>();
        for (NodeStats s : stats) {
            if (s.nodeName() != null) {
                byName.putIfAbsent(s.nodeName(), s);
            }
        }
        Collator names = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
        return nodes.stream()
                .map(n -> new NodeRow(n, byName.get(n.name())))
                .filter(r -> filter.map(f -> f.accepts(r.node(), r.online())).orElse(true))
                .sorted(Comparator.comparing((NodeRow r) -> !r.online())
                        .thenComparing(
                                r -> r.node().name() == null ? "" : r.node().name(), names))
                .toList();
    }

    /** Nodes whose name or area contains what was typed (ignoring case and spaces), for "did you mean". */
    static List<String> similarNames(List<Node> nodes, String typed, int max) {
        String wanted = normalize(typed);
        if (wanted.isEmpty()) {
            return List.of();
        }
        return nodes.stream()
                .filter(n -> n.name() != null && !n.name().isBlank())
                .filter(n -> normalize(n.name()).contains(wanted)
                        || (n.area() != null && normalize(n.area()).contains(wanted))
                        || wanted.contains(normalize(n.name())))
                .map(Node::name)
                .sorted(Collator.getInstance(Locale.SIMPLIFIED_CHINESE))
                .limit(max)
                .toList();
    }

    private static String normalize(String s) {
        return s == null ? "" : s.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
