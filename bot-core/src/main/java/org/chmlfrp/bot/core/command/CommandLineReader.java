package org.chmlfrp.bot.core.command;

import java.util.List;
import java.util.Optional;

/**
 * Decides whether a chat line is meant for the bot and splits it into words: after a
 * prefix ({@code /tunnel list}, {@code #隧道}), after an {@code @bot} the adapter already
 * removed, or starting with a Chinese alias ({@code 节点列表}). Plain chat is not a command.
 */
public final class CommandLineReader {
    private final List<String> prefixes;
    private final CommandRegistry registry;

    public CommandLineReader(List<String> prefixes, CommandRegistry registry) {
        this.prefixes = List.copyOf(prefixes);
        this.registry = registry;
    }

    /** The command words, or empty when the line is plain chat. */
    public Optional<List<String>> read(String text, boolean mentioned) {
        if (text == null) {
            return Optional.empty();
        }
        String line = text.strip();
        for (String p : prefixes) {
            if (!p.isEmpty() && line.startsWith(p)) {
                List<String> words = ArgParser.tokenize(line.substring(p.length()));
                return words.isEmpty() ? Optional.empty() : Optional.of(words);
            }
        }
        List<String> words = ArgParser.tokenize(line);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        if (mentioned || registry.isAlias(words.get(0))) {
            return Optional.of(words);
        }
        return Optional.empty();
    }

    /** The prefix to show in hints. */
    public String hintPrefix() {
        return prefixes.isEmpty() ? "/" : prefixes.get(0);
    }
}
