package org.chmlfrp.bot.core.command;

import java.util.Objects;
import org.chmlfrp.bot.core.chat.BotLocale;
import org.chmlfrp.bot.core.chat.ChatPlace;
import org.chmlfrp.bot.core.chat.ChatUser;
import org.chmlfrp.bot.core.chat.Role;

/**
 * Who asks, where, with what standing, in which language, and whether the channel is safe
 * for secrets (a private chat, a Discord ephemeral interaction or modal).
 */
public record Invocation(ChatUser user, ChatPlace place, Role role, BotLocale locale, boolean secretSafe) {
    public Invocation {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(locale, "locale");
    }

    /** A private chat: secrets are safe there. */
    public static Invocation privateChat(ChatUser user, String botAccount, Role role, BotLocale locale) {
        return new Invocation(user, new ChatPlace.Private(user.platform(), user.id(), botAccount), role, locale, true);
    }

    public Invocation withRole(Role r) {
        return new Invocation(user, place, r, locale, secretSafe);
    }

    public boolean inGroup() {
        return !place.isPrivate();
    }
}
