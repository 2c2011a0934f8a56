package org.chmlfrp.bot.core.feature.tunnel;

import org.chmlfrp.bot.core.command.CommandContext;

/** Why a tunnel command cannot go ahead: a message in the user's language, naming the bad value. */
@FunctionalInterface
interface Problem {
    String text(CommandContext ctx);

    /** A message from one i18n key; arguments are shown as given (pass numbers as strings). */
    static Problem of(String key, Object... args) {
        Object[] copy = args.clone();
        return ctx -> ctx.t(key, copy);
    }
}
