package org.chmlfrp.bot.core;

import java.util.List;
import org.chmlfrp.bot.core.chat.BotLocale;
import org.chmlfrp.bot.core.command.BotAdmins;
import org.chmlfrp.bot.core.command.RateLimit;

/**
 * The {@code bot} section, plus the command prefixes (from {@code onebot.command-prefixes},
 * also used by the console).
 */
public record BotSettings(BotLocale locale, BotAdmins admins, RateLimit rateLimit, List<String> commandPrefixes) {
    public BotSettings {
        commandPrefixes = List.copyOf(commandPrefixes);
    }

    public static BotSettings defaults() {
        return new BotSettings(
                BotLocale.ZH_CN, BotAdmins.none(), RateLimit.parse("10/min").orElseThrow(), List.of("/", "#"));
    }
}
