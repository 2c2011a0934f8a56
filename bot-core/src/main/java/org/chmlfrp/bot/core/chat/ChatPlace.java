package org.chmlfrp.bot.core.chat;

/**
 * Where a message was said and where a reply goes: a private chat with one user, or a group
 * (a QQ group, a Discord channel). {@code botAccount} is the bot account that serves the
 * place — the QQ {@code self_id} on OneBot — or null where there is only one.
 */
public sealed interface ChatPlace permits ChatPlace.Private, ChatPlace.Group {

    Platform platform();

    String botAccount();

    /** A stable key for the place: the user id of a private chat, the group/channel id of a group. */
    String id();

    default boolean isPrivate() {
        return this instanceof Private;
    }

    record Private(Platform platform, String userId, String botAccount) implements ChatPlace {
        @Override
        public String id() {
            return userId;
        }
    }

    record Group(Platform platform, String groupId, String botAccount) implements ChatPlace {
        @Override
        public String id() {
            return groupId;
        }
    }
}
