package org.chmlfrp.bot.core.chat;

/** What a user may do where they are: ordinary member, admin of this group, or operator of the bot. */
public enum Role {
    MEMBER,
    GROUP_ADMIN,
    BOT_ADMIN;

    public boolean atLeast(Role other) {
        return ordinal() >= other.ordinal();
    }
}
