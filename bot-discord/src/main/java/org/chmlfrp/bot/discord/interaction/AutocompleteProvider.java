package org.chmlfrp.bot.discord.interaction;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import net.dv8tion.jda.api.interactions.commands.Command;
import org.chmlfrp.bot.core.chat.ChatIdentity;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpApi;
import org.chmlfrp.bot.core.chmlfrp.model.AvailableDomain;
import org.chmlfrp.bot.core.chmlfrp.model.Node;
import org.chmlfrp.bot.core.chmlfrp.model.Tunnel;
import org.chmlfrp.bot.core.chmlfrp.model.TunnelType;
import org.chmlfrp.bot.core.command.AccountDirectory;
import org.chmlfrp.bot.core.command.Completion;
import org.chmlfrp.bot.core.command.LinkedAccount;
import org.chmlfrp.bot.core.command.ParamSpec;
import org.chmlfrp.bot.core.feature.node.NodeCatalog;
import org.chmlfrp.bot.core.support.CachedValue;
import org.chmlfrp.bot.discord.render.Limits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Suggestions while a user types: node names (from the node catalog's cache, only nodes that
 * allow the tunnel type already chosen), the user's own tunnels (nothing when not linked) and
 * the main domains free subdomains can use (cached briefly). Names that start with what was
 * typed come first, then names that contain it; at most 25. Never waits on the caller's
 * thread, and gives up with no suggestions before Discord's 3 seconds run out.
 */
public final class AutocompleteProvider {
    public static final int MAX_CHOICES = 25;
    public static final Duration GIVE_UP_AFTER = Duration.ofMillis(2500);
    public static final Duration DOMAIN_TTL = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(AutocompleteProvider.class);

    private final NodeCatalog nodes;
    private final ChmlFrpApi api;
    private final AccountDirectory accounts;
    private final Executor executor;
    private final CachedValue<List<AvailableDomain>> domains;

    public AutocompleteProvider(NodeCatalog nodes, ChmlFrpApi api, AccountDirectory accounts, Executor executor,
                                Clock clock) {
        this.nodes = nodes;
        this.api = api;
        this.accounts = accounts;
        this.executor = executor;
        this.domains = new CachedValue<>(api::availableDomains, DOMAIN_TTL, clock);
    }

    /**
     * @param typed  what the user typed so far in the focused option
     * @param others the other options' values typed so far, by name
     */
    public CompletableFuture<List<Command.Choice>> suggest(ParamSpec param, String typed, Map<String, String> others,
                                                           ChatIdentity who) {
        CompletableFuture<List<Command.Choice>> choices;
        try {
            choices = start(param.completion(), typed == null ? "" : typed.trim(), others, who);
        } catch (RuntimeException e) {
            choices = CompletableFuture.failedFuture(e);
        }
        return choices
                .completeOnTimeout(List.of(), GIVE_UP_AFTER.toMillis(), TimeUnit.MILLISECONDS)
                .exceptionally(failure -> {
                    log.debug("no suggestions for {}: {}", param.name(), failure.toString());
                    return List.of();
                });
    }

    private CompletableFuture<List<Command.Choice>> start(Completion completion, String typed,
                                                          Map<String, String> others, ChatIdentity who) {
        switch (completion) {
            case NODE:
                return nodeChoices(typed, TunnelType.parse(others.get("type")));
            case TUNNEL:
                return tunnelChoices(typed, who);
            case DOMAIN:
                return domains.get().thenApply(all -> choose(all, typed, AvailableDomain::domain,
                        d -> new Command.Choice(Limits.cut(d.domain(), 100), Limits.cut(d.domain(), 100))));
            default:
                return CompletableFuture.completedFuture(List.of());
        }
    }

    private CompletableFuture<List<Command.Choice>> nodeChoices(String typed, Optional<TunnelType> type) {
        List<Node> cached = nodes.cachedNodes();
        CompletableFuture<List<Node>> all = cached.isEmpty() ? nodes.nodes() : CompletableFuture.completedFuture(cached);
        return all.thenApply(list -> choose(
                list.stream().filter(n -> type.map(n::allows).orElse(true)).toList(), typed, Node::name,
                n -> new Command.Choice(Limits.cut(n.name(), 100), Limits.cut(n.name(), 100))));
    }

    private CompletableFuture<List<Command.Choice>> tunnelChoices(String typed, ChatIdentity who) {
        return CompletableFuture.supplyAsync(() -> accounts.find(who), executor).thenCompose(account -> {
            if (account.isEmpty()) {
                return CompletableFuture.completedFuture(List.<Tunnel>of());
            }
            LinkedAccount linked = account.get();
            return api.tunnels(linked.token());
        }).thenApply(list -> choose(list.stream().filter(t -> t.id() != null).toList(), typed,
                t -> t.name() + " " + t.id(),
                t -> new Command.Choice(Limits.cut(t.name() + " (#" + t.id() + ")", 100), String.valueOf(t.id()))));
    }

    /** Prefix matches first, then the rest that contain the text, ignoring case; at most 25. */
    static <T> List<Command.Choice> choose(List<T> items, String typed, Function<T, String> text,
                                           Function<T, Command.Choice> choice) {
        String wanted = typed.toLowerCase(Locale.ROOT);
        List<T> starts = new ArrayList<>();
        List<T> contains = new ArrayList<>();
        for (T item : items) {
            String t = text.apply(item);
            if (t == null) {
                continue;
            }
            String lower = t.toLowerCase(Locale.ROOT);
            if (lower.startsWith(wanted)) {
                starts.add(item);
            } else if (lower.contains(wanted)) {
                contains.add(item);
            }
        }
        starts.addAll(contains);
        return starts.stream().limit(MAX_CHOICES).map(choice).toList();
    }
}
