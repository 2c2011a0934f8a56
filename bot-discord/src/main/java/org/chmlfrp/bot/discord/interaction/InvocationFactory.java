package org.chmlfrp.bot.discord.interaction;

import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.interactions.Interaction;
import org.chmlfrp.bot.core.chat.ChatPlace;
import org.chmlfrp.bot.core.chat.ChatUser;
import org.chmlfrp.bot.core.chat.Platform;
import org.chmlfrp.bot.core.chat.Role;
import org.chmlfrp.bot.core.command.Invocation;
import org.chmlfrp.bot.discord.command.DiscordLocalization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who asks and where, as the core sees it: a guild channel is a group (the channel id), a DM
 * is a private chat; members with Manage Server or Administrator are group admins; the
 * user's own Discord locale picks the language. Interactions are safe for secrets: options,
 * ephemeral replies and modals are seen by nobody else.
 */
public final class InvocationFactory {
    private static final Logger log = LoggerFactory.getLogger(InvocationFactory.class);

    public Invocation of(Interaction interaction) {
        String userId = interaction.getUser().getId();
        ChatUser user =
                new ChatUser(Platform.DISCORD, userId, interaction.getUser().getName());
        String channelId = interaction.getChannelId();
        ChatPlace place = interaction.isFromGuild() && channelId != null
                ? new ChatPlace.Group(Platform.DISCORD, channelId, null)
                : new ChatPlace.Private(Platform.DISCORD, userId, null);
        Role role = interaction.isFromGuild() ? roleOf(interaction.getMember()) : Role.MEMBER;
        return new Invocation(user, place, role, DiscordLocalization.botLocale(interaction.getUserLocale()), true);
    }

    static Role roleOf(Member member) {
        if (member == null) {
            return Role.MEMBER;
        }
        try {
            return member.hasPermission(Permission.ADMINISTRATOR) || member.hasPermission(Permission.MANAGE_SERVER)
                    ? Role.GROUP_ADMIN
                    : Role.MEMBER;
        } catch (RuntimeException e) {
            log.debug("could not read the permissions of {}", member.getId(), e);
            return Role.MEMBER;
        }
    }
}
