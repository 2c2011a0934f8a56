package org.chmlfrp.bot.core.feature.node;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.chmlfrp.bot.core.chmlfrp.model.Node;
import org.chmlfrp.bot.core.chmlfrp.model.TunnelType;
import org.chmlfrp.bot.core.command.Completer;

/**
 * Node names from the {@link NodeCatalog}'s cache (fetched when it is empty); when a tunnel {@code type} was
 * already chosen, only the nodes that allow it.
 */
public final class NodeNames implements Completer {
    private final NodeCatalog catalog;

    public NodeNames(NodeCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public CompletionStage<List<Choice>> complete(Query query) {
        List<Node> cached = catalog.cachedNodes();
        CompletableFuture<List<Node>> all =
                cached.isEmpty() ? catalog.nodes() : CompletableFuture.completedFuture(cached);
        Optional<TunnelType> type = TunnelType.parse(query.others().get("type"));
        return all.thenApply(nodes -> Completer.matching(
                nodes.stream().filter(n -> type.map(n::allows).orElse(true)).toList(),
                query.typed(),
                Node::name,
                n -> Choice.of(n.name())));
    }
}
