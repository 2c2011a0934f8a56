package org.chmlfrp.bot.core.command;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.chmlfrp.bot.core.chat.ChatIdentity;
import org.chmlfrp.bot.core.chat.ChatPlace;
import org.chmlfrp.bot.core.i18n.I18n;
import org.chmlfrp.bot.core.reply.Action;
import org.chmlfrp.bot.core.reply.Confirmation;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.core.support.ClockTicker;

/**
 * Actions waiting for {@code confirm}: bound to one user in one chat, valid 60 seconds, one at
 * a time per user and chat (a new one replaces the old). Not persisted: a restart forgets them.
 * Held in a Caffeine cache that expires each one {@link #VALIDITY} after it was put. Handlers do not
 * call it: they answer {@link Reply#confirm}, and the {@link Dispatcher} keeps the action here.
 */
@Singleton
public final class Confirmations {
    public static final Duration VALIDITY = Duration.ofSeconds(60);

    private record Key(ChatIdentity user, String placeKey) {}

    private final Cache<Key, Confirmation> pending;

    @Inject
    public Confirmations(Clock clock) {
        this.pending = Caffeine.newBuilder()
                .expireAfterWrite(VALIDITY)
                .ticker(new ClockTicker(clock))
                .build();
    }

    /** Takes the user's pending action in this chat, if one is there and still valid. */
    public Optional<Confirmation> take(ChatIdentity user, ChatPlace place) {
        return Optional.ofNullable(pending.asMap().remove(key(user, place)));
    }

    /**
     * Puts the confirmation aside for {@code confirm} and answers with the prompt: the description, the
     * hint, and confirm/cancel actions (buttons on Discord).
     */
    Reply hold(Invocation inv, Confirmation confirmation, I18n i18n, String hintPrefix) {
        pending.put(key(inv.user().identity(), inv.place()), confirmation);
        return Reply.builder()
                .text(i18n.get(inv.locale(), "confirm.prompt", confirmation.description(), hintPrefix))
                .action(new Action(Action.Kind.CONFIRM, i18n.get(inv.locale(), "confirm.button"), "confirm"))
                .action(new Action(Action.Kind.CANCEL, i18n.get(inv.locale(), "cancel.button"), "cancel"))
                .build();
    }

    private static Key key(ChatIdentity user, ChatPlace place) {
        return new Key(user, place.platform().id() + ":" + (place.isPrivate() ? "p:" : "g:") + place.id());
    }
}
