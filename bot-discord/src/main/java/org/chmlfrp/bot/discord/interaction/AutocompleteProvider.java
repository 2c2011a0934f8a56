package org.chmlfrp.bot.discord.interaction;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.interactions.commands.Command;
import org.chmlfrp.bot.core.chat.ChatIdentity;
import org.chmlfrp.bot.core.command.AccountDirectory;
import org.chmlfrp.bot.core.command.Completer;
import org.chmlfrp.bot.core.command.ParamSpec;
import org.chmlfrp.bot.discord.render.Limits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Suggestions while a user types: asks the parameter's declared {@link Completer} (the user's account is
 * looked up on the command executor, only when the completer wants it) and answers with at most 25 choices.
 * Never waits on the caller's thread, and gives up with no suggestions before Discord's 3 seconds run out.
 */
public final class AutocompleteProvider {
    public static final int MAX_CHOICES = 25;
    public static final Duration GIVE_UP_AFTER = Duration.ofMillis(2500);
    private static final Logger log = LoggerFactory.getLogger(AutocompleteProvider.class);

    private final AccountDirectory accounts;
    private final Executor executor;

    public AutocompleteProvider(AccountDirectory accounts, Executor executor) {
        this.accounts = accounts;
        this.executor = executor;
    }

    /**
     * @param typed  what the user typed so far in the focused option
     * @param others the other options' values typed so far, by name
     */
    public CompletableFuture<List<Command.Choice>> suggest(
            ParamSpec param, String typed, Map<String, String> others, ChatIdentity who) {
        if (param.completer() == null) {
            return CompletableFuture.completedFuture(List.of());
        }
        CompletableFuture<List<Completer.Choice>> choices;
        try {
            choices = param.completer()
                    .complete(new Completer.Query(
                            typed, others, () -> CompletableFuture.supplyAsync(() -> accounts.find(who), executor)))
                    .toCompletableFuture();
        } catch (RuntimeException e) {
            choices = CompletableFuture.failedFuture(e);
        }
        return choices.thenApply(list -> list.stream()
                        .limit(MAX_CHOICES)
                        .map(c -> new Command.Choice(Limits.cut(c.label(), 100), Limits.cut(c.value(), 100)))
                        .toList())
                .completeOnTimeout(List.of(), GIVE_UP_AFTER.toMillis(), TimeUnit.MILLISECONDS)
                .exceptionally(failure -> {
                    log.debug("no suggestions for {}: {}", param.name(), failure.toString());
                    return List.of();
                });
    }
}
