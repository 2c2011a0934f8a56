package org.chmlfrp.bot.core.broadcast;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.chmlfrp.bot.core.BotSettings;
import org.chmlfrp.bot.core.chat.BotLocale;
import org.chmlfrp.bot.core.i18n.I18n;

/** Broadcast wording in the bot's configured language ({@code bot.locale}), and the command prefix for hints. */
@Singleton
final class BroadcastTexts {
    private final I18n i18n;
    private final BotLocale locale;
    private final String prefix;

    @Inject
    BroadcastTexts(I18n i18n, BotSettings settings) {
        this.i18n = i18n;
        this.locale = settings.locale();
        this.prefix = settings.commandPrefixes().isEmpty()
                ? "/"
                : settings.commandPrefixes().get(0);
    }

    String t(String key, Object... args) {
        return i18n.get(locale, key, args);
    }

    /** The prefix shown in command hints ({@code /}). */
    String prefix() {
        return prefix;
    }
}
