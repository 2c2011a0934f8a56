package org.chmlfrp.bot.discord.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.commands.localization.LocalizationFunction;
import org.chmlfrp.bot.core.chat.BotLocale;
import org.chmlfrp.bot.core.command.CommandRegistry;
import org.chmlfrp.bot.core.command.CommandSpec;
import org.chmlfrp.bot.core.i18n.I18n;
import org.chmlfrp.bot.discord.render.Limits;

/**
 * Slash command texts from the core's bundles, for JDA's {@link LocalizationFunction}: command
 * descriptions from {@code cmd.<path>}, option descriptions from {@code param.<name>}, in
 * Chinese for zh-CN and zh-TW and in English for en-US and en-GB (every other locale sees the
 * English default). Names stay the declared lowercase ASCII words in every locale.
 *
 * <p>JDA asks with keys such as {@code tunnel.create.description} and
 * {@code tunnel.create.options.node.description}.
 */
public final class DiscordLocalization implements LocalizationFunction {
    /** Discord's description limit. */
    public static final int DESCRIPTION_MAX = 100;

    /** The Discord locales that get a localization, and the bot language each one speaks. */
    public static final Map<DiscordLocale, BotLocale> LOCALES = orderedLocales();

    private final I18n i18n;
    private final CommandRegistry registry;

    public DiscordLocalization(I18n i18n, CommandRegistry registry) {
        this.i18n = i18n;
        this.registry = registry;
    }

    /** The bot language for a Discord user locale: zh-CN and zh-TW are Chinese, the rest English. */
    public static BotLocale botLocale(DiscordLocale locale) {
        return locale == null ? BotLocale.EN : BotLocale.fromPlatformTag(locale.getLocale());
    }

    @Override
    public Map<DiscordLocale, String> apply(String key) {
        String[] parts = key.split("\\.");
        if (parts.length < 2 || List.of(parts).contains("choices")) {
            return Map.of();
        }
        String last = parts[parts.length - 1];
        int options = List.of(parts).indexOf("options");
        if (options >= 0 && options + 1 < parts.length) {
            String param = parts[options + 1];
            if (last.equals("description") && options + 2 == parts.length - 1) {
                return each(l -> optionDescription(l, param));
            }
            return last.equals("name") ? each(l -> param) : Map.of();
        }
        if (last.equals("name")) {
            String name = parts[parts.length - 2];
            return each(l -> name);
        }
        if (last.equals("description")) {
            String path = String.join(" ", List.of(parts).subList(0, parts.length - 1));
            return each(l -> commandDescription(l, path));
        }
        return Map.of();
    }

    /**
     * {@code cmd.<path>}, cut to Discord's limit. A group word ({@code tunnel}) without a text of
     * its own lists its subcommands.
     */
    public String commandDescription(BotLocale locale, String path) {
        String key = "cmd." + path.replace(' ', '.');
        if (i18n.has(locale, key) || registry.byPath(path).isPresent()) {
            return Limits.cut(i18n.get(locale, key), DESCRIPTION_MAX);
        }
        List<CommandSpec> group = registry.group(path);
        if (group.isEmpty()) {
            return Limits.cut(i18n.get(locale, key), DESCRIPTION_MAX);
        }
        return Limits.cut(
                path + ": " + group.stream().map(s -> s.path().get(1)).collect(Collectors.joining(", ")),
                DESCRIPTION_MAX);
    }

    /** {@code param.<name>}, cut to Discord's limit. */
    public String optionDescription(BotLocale locale, String param) {
        return Limits.cut(i18n.get(locale, "param." + param), DESCRIPTION_MAX);
    }

    private static Map<DiscordLocale, String> each(Function<BotLocale, String> text) {
        Map<DiscordLocale, String> out = new LinkedHashMap<>();
        LOCALES.forEach((discord, bot) -> out.put(discord, text.apply(bot)));
        return out;
    }

    private static Map<DiscordLocale, BotLocale> orderedLocales() {
        Map<DiscordLocale, BotLocale> m = new LinkedHashMap<>();
        m.put(DiscordLocale.CHINESE_CHINA, BotLocale.ZH_CN);
        m.put(DiscordLocale.CHINESE_TAIWAN, BotLocale.ZH_CN);
        m.put(DiscordLocale.ENGLISH_US, BotLocale.EN);
        m.put(DiscordLocale.ENGLISH_UK, BotLocale.EN);
        return java.util.Collections.unmodifiableMap(m);
    }
}
