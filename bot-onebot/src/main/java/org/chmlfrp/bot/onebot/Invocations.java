package org.chmlfrp.bot.onebot;

import org.chmlfrp.bot.core.chat.BotLocale;
import org.chmlfrp.bot.core.chat.ChatPlace;
import org.chmlfrp.bot.core.chat.ChatUser;
import org.chmlfrp.bot.core.chat.Platform;
import org.chmlfrp.bot.core.chat.Role;
import org.chmlfrp.bot.core.command.Invocation;
import org.chmlfrp.bot.onebot.protocol.OneBotEvent;

/**
 * Who asked where, from a message event: a private chat is safe for secrets, a group is not;
 * a group owner or admin is a {@link Role#GROUP_ADMIN} (the dispatcher itself upgrades bot
 * admins); the bot account is the QQ {@code self_id} that received the message.
 */
public final class Invocations {
    private Invocations() {}

    /** @param selfId the account that received the message (the event's, or the session's when the event had none) */
    public static Invocation of(OneBotEvent.Message m, long selfId, BotLocale locale) {
        String account = selfId > 0 ? Long.toString(selfId) : null;
        String userId = Long.toString(m.userId());
        ChatUser user = new ChatUser(Platform.ONEBOT, userId, m.senderName().isBlank() ? null : m.senderName());
        if (m.inGroup()) {
            ChatPlace place = new ChatPlace.Group(Platform.ONEBOT, Long.toString(m.groupId()), account);
            return new Invocation(user, place, role(m.senderRole()), locale, false);
        }
        return new Invocation(user, new ChatPlace.Private(Platform.ONEBOT, userId, account), Role.MEMBER, locale, true);
    }

    /** {@code owner}/{@code admin} → group admin; anything else → member. */
    public static Role role(String senderRole) {
        String r = senderRole == null ? "" : senderRole.trim();
        return r.equalsIgnoreCase("owner") || r.equalsIgnoreCase("admin") ? Role.GROUP_ADMIN : Role.MEMBER;
    }
}
