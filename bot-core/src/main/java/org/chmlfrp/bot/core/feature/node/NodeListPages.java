package org.chmlfrp.bot.core.feature.node;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.chmlfrp.bot.core.chat.BotLocale;
import org.chmlfrp.bot.core.chmlfrp.model.Node;
import org.chmlfrp.bot.core.chmlfrp.model.NodeStats;
import org.chmlfrp.bot.core.reply.Reply;

/**
 * The {@code node list} pages already built for the catalog's current snapshot. The catalog
 * hands out the same lists until its cache refreshes, so a page (filter, number, locale, prefix)
 * is built once per snapshot instead of once per message; a new snapshot drops the old pages.
 * At most {@link #MAX_PAGES} per snapshot (Caffeine keeps the most used): page numbers are
 * typed by users, and pages past the end are answers too.
 */
final class NodeListPages {
    static final int MAX_PAGES = 500;

    /** What a page depends on besides the snapshot. */
    record Key(Optional<NodeFilter> filter, int page, BotLocale locale, String prefix) {}

    private record Snapshot(List<Node> nodes, List<NodeStats> stats, Cache<Key, Reply> pages) {}

    private volatile Snapshot current = new Snapshot(null, null, newPages());

    /**
     * The page for this snapshot, built by {@code build} the first time it is asked.
     *
     * @param stats the live stats, or null when they could not be fetched
     */
    Reply page(List<Node> nodes, List<NodeStats> stats, Key key, Supplier<Reply> build) {
        Snapshot s = current;
        if (s.nodes() != nodes || s.stats() != stats) {
            s = new Snapshot(nodes, stats, newPages());
            current = s;
        }
        return s.pages().get(key, k -> build.get());
    }

    private static Cache<Key, Reply> newPages() {
        return Caffeine.newBuilder()
                .maximumSize(MAX_PAGES)
                .executor(Runnable::run)
                .build();
    }
}
