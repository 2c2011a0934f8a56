package org.chmlfrp.bot.core.reply;

/** Who may see a reply: everyone where it was asked, or only the user (Discord ephemeral). */
public enum Visibility {
    NORMAL,
    PRIVATE
}
