package org.chmlfrp.bot.core.command;

/** What an adapter may suggest while a user types a parameter (Discord autocomplete). */
public enum Completion {
    NONE, NODE, TUNNEL, DOMAIN
}
