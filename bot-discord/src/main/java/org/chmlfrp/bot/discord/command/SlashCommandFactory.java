package org.chmlfrp.bot.discord.command;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.chmlfrp.bot.core.chat.BotLocale;
import org.chmlfrp.bot.core.command.CommandRegistry;
import org.chmlfrp.bot.core.command.CommandSpec;
import org.chmlfrp.bot.core.command.ParamSpec;
import org.chmlfrp.bot.core.command.ParamType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slash commands generated from the core's declarations, the only list there is: a one-word
 * path is a top-level command, two-word paths are subcommands of their first word. Options
 * are the declared parameters, required ones first and otherwise in declared order, typed
 * (text → string, integers with their range, ports 1–65535, choices, booleans), with
 * autocomplete for nodes, tunnels and domains. Descriptions default to English and are
 * localized through {@link DiscordLocalization}.
 */
public final class SlashCommandFactory {
    private static final Logger log = LoggerFactory.getLogger(SlashCommandFactory.class);
    private static final int MAX_CHOICES = OptionData.MAX_CHOICES;

    private final CommandRegistry registry;
    private final DiscordLocalization localization;

    public SlashCommandFactory(CommandRegistry registry, DiscordLocalization localization) {
        this.registry = registry;
        this.localization = localization;
    }

    public List<SlashCommandData> commands() {
        Map<String, List<CommandSpec>> byFirstWord = new LinkedHashMap<>();
        for (CommandSpec spec : registry.all()) {
            byFirstWord
                    .computeIfAbsent(spec.path().get(0), w -> new ArrayList<>())
                    .add(spec);
        }
        List<SlashCommandData> out = new ArrayList<>();
        byFirstWord.forEach((word, specs) -> {
            List<CommandSpec> subs =
                    specs.stream().filter(s -> s.path().size() == 2).toList();
            CommandSpec single =
                    specs.stream().filter(s -> s.path().size() == 1).findFirst().orElse(null);
            if (single != null && !subs.isEmpty()) {
                log.warn("/{} is both a command and a group; Discord allows only one, the group wins", word);
            }
            SlashCommandData data = Commands.slash(word, localization.commandDescription(BotLocale.EN, word));
            if (subs.isEmpty()) {
                data.addOptions(options(single));
            } else {
                for (CommandSpec s : subs) {
                    String path = s.pathText();
                    data.addSubcommands(
                            new SubcommandData(s.path().get(1), localization.commandDescription(BotLocale.EN, path))
                                    .addOptions(options(s)));
                }
            }
            data.setLocalizationFunction(localization);
            out.add(data);
        });
        return out;
    }

    /** The options of a command: required ones first, then the rest, each group in declared order. */
    List<OptionData> options(CommandSpec spec) {
        List<ParamSpec> params = new ArrayList<>(spec.params());
        params.sort(Comparator.comparing(p -> !requiredOnDiscord(spec, p)));
        List<OptionData> out = new ArrayList<>();
        for (ParamSpec p : params) {
            out.add(option(p, requiredOnDiscord(spec, p), localization.optionDescription(BotLocale.EN, p.name())));
        }
        return out;
    }

    /** Required as declared, except the options of modal commands: left out, a modal asks for them. */
    static boolean requiredOnDiscord(CommandSpec spec, ParamSpec p) {
        return p.required() && !spec.formWhenMissing();
    }

    static OptionData option(ParamSpec p, boolean required, String description) {
        ParamType type = p.type();
        OptionData o;
        if (type instanceof ParamType.Int i) {
            o = new OptionData(OptionType.INTEGER, p.name(), description, required).setRequiredRange(i.min(), i.max());
        } else if (type instanceof ParamType.Port) {
            o = new OptionData(OptionType.INTEGER, p.name(), description, required).setRequiredRange(1, 65535);
        } else if (type instanceof ParamType.Bool) {
            o = new OptionData(OptionType.BOOLEAN, p.name(), description, required);
        } else {
            o = new OptionData(OptionType.STRING, p.name(), description, required);
        }
        if (type instanceof ParamType.Choice c && c.choices().size() <= MAX_CHOICES) {
            c.choices().forEach(choice -> o.addChoice(choice, choice));
        } else if (p.completer() != null && o.getType().canSupportChoices()) {
            o.setAutoComplete(true);
        }
        return o;
    }
}
