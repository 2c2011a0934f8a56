package org.chmlfrp.bot.core.command;

/** Where a command may run. */
public enum Scope {
    ANY,
    PRIVATE_ONLY,
    GROUP_ONLY
}
