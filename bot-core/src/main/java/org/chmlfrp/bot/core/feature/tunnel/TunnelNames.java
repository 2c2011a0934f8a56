package org.chmlfrp.bot.core.feature.tunnel;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpApi;
import org.chmlfrp.bot.core.chmlfrp.model.Tunnel;
import org.chmlfrp.bot.core.command.Completer;

/** The user's own tunnels, as {@code name (#id)} picking the id; nothing when the user has no linked account. */
public final class TunnelNames implements Completer {
    private final ChmlFrpApi api;

    public TunnelNames(ChmlFrpApi api) {
        this.api = api;
    }

    @Override
    public CompletionStage<List<Choice>> complete(Query query) {
        return query.account()
                .get()
                .thenCompose(account -> account.isEmpty()
                        ? CompletableFuture.completedFuture(List.<Tunnel>of())
                        : api.tunnels(account.get().token()))
                .thenApply(all -> Completer.matching(
                        all.stream().filter(t -> t.id() != null).toList(),
                        query.typed(),
                        t -> t.name() + " " + t.id(),
                        t -> new Choice(t.name() + " (#" + t.id() + ")", String.valueOf(t.id()))));
    }
}
