package org.chmlfrp.bot.core.feature.node;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpApi;
import org.chmlfrp.bot.core.chmlfrp.model.Node;
import org.chmlfrp.bot.core.chmlfrp.model.NodeStats;
import org.chmlfrp.bot.core.support.CachedValue;

/**
 * The public node list and node stats, cached for a short time and shared by every command
 * (node list, tunnel create validation, autocomplete): however many users ask at once, one
 * upstream call per TTL.
 */
@Singleton
public final class NodeCatalog {
    public static final Duration DEFAULT_TTL = Duration.ofSeconds(30);

    private final CachedValue<List<Node>> nodes;
    private final CachedValue<List<NodeStats>> stats;

    /** Cached for {@link #DEFAULT_TTL}. */
    @Inject
    public NodeCatalog(ChmlFrpApi api, Clock clock) {
        this(api, clock, DEFAULT_TTL);
    }

    public NodeCatalog(ChmlFrpApi api, Clock clock, Duration ttl) {
        this.nodes = new CachedValue<>(api::nodes, ttl, clock);
        this.stats = new CachedValue<>(api::nodeStats, ttl, clock);
    }

    public CompletableFuture<List<Node>> nodes() {
        return nodes.get();
    }

    public CompletableFuture<List<NodeStats>> stats() {
        return stats.get();
    }

    /** Node names known right now, without a call (for autocomplete); empty before the first fetch. */
    public List<Node> cachedNodes() {
        return nodes.peek().orElse(List.of());
    }

    /** The node called {@code name}: exact, then ignoring case and spaces, then the only one containing it. */
    public static Optional<Node> match(List<Node> all, String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = normalize(name);
        return all.stream()
                .filter(n -> n.name().equals(name.trim()))
                .findFirst()
                .or(() -> all.stream()
                        .filter(n -> normalize(n.name()).equals(wanted))
                        .findFirst())
                .or(() -> {
                    List<Node> containing = all.stream()
                            .filter(n -> normalize(n.name()).contains(wanted))
                            .limit(2)
                            .toList();
                    return containing.size() == 1 ? Optional.of(containing.get(0)) : Optional.empty();
                });
    }

    /** A node name as names are compared: no spaces, lower case; null is "". */
    public static String normalize(String s) {
        return s == null ? "" : s.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
