package org.chmlfrp.bot.core.command;

import java.util.Set;
import org.chmlfrp.bot.core.chat.ChatIdentity;

/** The bot's operators ({@code bot.admins}): admin commands, subscriptions anywhere. */
public record BotAdmins(Set<ChatIdentity> identities) {
    public BotAdmins {
        identities = Set.copyOf(identities);
    }

    public static BotAdmins none() {
        return new BotAdmins(Set.of());
    }

    public boolean contains(ChatIdentity id) {
        return identities.contains(id);
    }
}
