package org.chmlfrp.bot.core.chat;

import java.util.Locale;

/** Where a chat user lives. Stored lowercase. */
public enum Platform {
    ONEBOT, DISCORD, CONSOLE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Platform fromKey(String key) {
        return valueOf(key.trim().toUpperCase(Locale.ROOT));
    }
}
