package org.chmlfrp.bot.core.feature.node;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.chmlfrp.bot.core.chmlfrp.model.Node;
import org.chmlfrp.bot.core.chmlfrp.model.NodeStats;
import org.chmlfrp.bot.core.chat.BotLocale;
import org.chmlfrp.bot.core.reply.Reply;

/**
 * The {@code node list} pages already built for the catalog's current snapshot. The catalog
 * hands out the same lists until its cache refreshes, so a page (filter, number, locale, prefix)
 * is built once per snapshot instead of once per message; a new snapshot drops the old pages.
 */
final class NodeListPages {
    /** What a page depends on besides the snapshot. */
    record Key(Optional<NodeFilter> filter, int page, BotLocale locale, String prefix) {
    }

    private record Snapshot(List<Node> nodes, List<NodeStats> stats, Map<Key, Reply> pages) {
        boolean isOf(List<Node> n, List<NodeStats> s) {
            return nodes == n && stats == s;
        }
    }

    private volatile Snapshot current = new Snapshot(null, null, Map.of());

    /**
     * The page for this snapshot, built by {@code build} the first time it is asked.
     *
     * @param stats the live stats, or null when they could not be fetched
     */
    Reply page(List<Node> nodes, List<NodeStats> stats, Key key, Supplier<Reply> build) {
        Snapshot s = current;
        if (!s.isOf(nodes, stats)) {
            s = new Snapshot(nodes, stats, new ConcurrentHashMap<>());
            current = s;
        }
        return s.pages().computeIfAbsent(key, k -> build.get());
    }
}
