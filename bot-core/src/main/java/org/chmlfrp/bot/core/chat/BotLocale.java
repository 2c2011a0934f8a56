package org.chmlfrp.bot.core.chat;

import java.util.Locale;
import java.util.Optional;

/** The two languages the bot speaks. */
public enum BotLocale {
    ZH_CN(Locale.SIMPLIFIED_CHINESE, "zh-CN"),
    EN(Locale.ENGLISH, "en");

    private final Locale locale;
    private final String tag;

    BotLocale(Locale locale, String tag) {
        this.locale = locale;
        this.tag = tag;
    }

    public Locale locale() {
        return locale;
    }

    public String tag() {
        return tag;
    }

    /** {@code zh-CN} or {@code en} as written in config; empty for anything else. */
    public static Optional<BotLocale> fromConfig(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (BotLocale l : values()) {
            if (l.tag.equalsIgnoreCase(text.trim())) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** A platform's locale tag ({@code zh-CN}, {@code zh-TW}, {@code en-US}, …): any Chinese → zh-CN, else en. */
    public static BotLocale fromPlatformTag(String tag) {
        return tag != null && tag.toLowerCase(Locale.ROOT).startsWith("zh") ? ZH_CN : EN;
    }
}
