package org.chmlfrp.bot.core.feature.domain;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpApi;
import org.chmlfrp.bot.core.chmlfrp.model.AvailableDomain;
import org.chmlfrp.bot.core.command.Completer;
import org.chmlfrp.bot.core.support.CachedValue;

/** The main domains free subdomains can use, fetched at most once per {@link #TTL}. */
@Singleton
public final class DomainNames implements Completer {
    public static final Duration TTL = Duration.ofMinutes(5);

    private final CachedValue<List<AvailableDomain>> domains;

    @Inject
    public DomainNames(ChmlFrpApi api, Clock clock) {
        this.domains = new CachedValue<>(api::availableDomains, TTL, clock);
    }

    @Override
    public CompletionStage<List<Choice>> complete(Query query) {
        return domains.get()
                .thenApply(all ->
                        Completer.matching(all, query.typed(), AvailableDomain::domain, d -> Choice.of(d.domain())));
    }
}
