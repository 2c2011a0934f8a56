package org.chmlfrp.bot.discord.interaction;

/**
 * i18n keys the Discord adapter reads on top of the core's (to be added to the core bundle
 * {@code i18n/messages}; until then they show as {@code ‹key›}).
 */
public final class DiscordTexts {
    /** zh-CN: 这个按钮属于运行命令的人，请自己运行这个命令。 en: This button belongs to whoever ran the command: run it yourself. */
    public static final String NOT_YOURS = "discord.button.not-yours";
    /** zh-CN: 这个按钮已过期，请重新运行命令。 en: This button has expired: run the command again. */
    public static final String EXPIRED = "discord.button.expired";

    private DiscordTexts() {}
}
