package org.chmlfrp.bot.core.command;

/** Why arguments did not fit a command. {@code param} and {@code value} may be null. */
public record ArgError(Kind kind, String param, String value) {
    public enum Kind {
        MISSING,
        INVALID,
        UNKNOWN_OPTION,
        TOO_MANY
    }
}
