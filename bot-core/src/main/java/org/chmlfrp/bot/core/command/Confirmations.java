package org.chmlfrp.bot.core.command;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.chmlfrp.bot.core.chat.ChatIdentity;
import org.chmlfrp.bot.core.chat.ChatPlace;
import org.chmlfrp.bot.core.reply.Action;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.core.support.ClockTicker;

/**
 * Actions waiting for {@code confirm}: bound to one user in one chat, valid 60 seconds, one at
 * a time per user and chat (a new one replaces the old). Not persisted: a restart forgets them.
 * Held in a Caffeine cache that expires each one {@link #VALIDITY} after it was put.
 */
@Singleton
public final class Confirmations {
    public static final Duration VALIDITY = Duration.ofSeconds(60);

    /** What runs on confirm, and a short description for the prompt. */
    public record Pending(String description, Supplier<CompletionStage<Reply>> action) {
    }

    private record Key(ChatIdentity user, String placeKey) {
    }

    private final Cache<Key, Pending> pending;

    @Inject
    public Confirmations(Clock clock) {
        this.pending = Caffeine.newBuilder()
                .expireAfterWrite(VALIDITY)
                .ticker(new ClockTicker(clock))
                .build();
    }

    public void put(ChatIdentity user, ChatPlace place, String description, Supplier<CompletionStage<Reply>> action) {
        pending.put(key(user, place), new Pending(description, action));
    }

    /** Takes the user's pending action in this chat, if one is there and still valid. */
    public Optional<Pending> take(ChatIdentity user, ChatPlace place) {
        return Optional.ofNullable(pending.asMap().remove(key(user, place)));
    }

    /**
     * Puts an action aside for {@code confirm} and answers with the prompt: the description, the
     * hint, and confirm/cancel actions (buttons on Discord).
     */
    public Reply prompt(CommandContext ctx, String description, Supplier<CompletionStage<Reply>> action) {
        put(ctx.user().identity(), ctx.place(), description, action);
        return Reply.builder()
                .text(ctx.t("confirm.prompt", description, ctx.prefix()))
                .action(new Action(Action.Kind.CONFIRM, ctx.t("confirm.button"), "confirm"))
                .action(new Action(Action.Kind.CANCEL, ctx.t("cancel.button"), "cancel"))
                .build();
    }

    private static Key key(ChatIdentity user, ChatPlace place) {
        return new Key(user, place.platform().id() + ":" + (place.isPrivate() ? "p:" : "g:") + place.id());
    }
}
