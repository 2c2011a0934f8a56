package org.chmlfrp.bot.core.command;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chmlfrp.bot.core.support.EditDistance;

/** Every declared command, found by path or alias. Adapters read {@link #all()} to build their own menus. */
@Singleton
public final class CommandRegistry {
    /** A command found in a line, and the words after it. */
    public record Match(CommandSpec spec, List<String> rest) {}

    private final List<CommandSpec> all;
    private final Map<String, CommandSpec> byPath = new HashMap<>();
    private final Map<String, CommandSpec> byAlias = new HashMap<>();

    @Inject
    public CommandRegistry(Set<CommandSet> sets) {
        List<CommandSpec> specs = new ArrayList<>();
        sets.forEach(s -> specs.addAll(s.commands()));
        specs.sort(Comparator.comparing(CommandSpec::pathText));
        for (CommandSpec s : specs) {
            if (byPath.put(s.pathText(), s) != null) {
                throw new IllegalStateException("two commands declare " + s.pathText());
            }
            for (String a : s.aliases()) {
                if (byAlias.put(a.toLowerCase(Locale.ROOT), s) != null) {
                    throw new IllegalStateException("two commands declare alias " + a);
                }
            }
        }
        this.all = List.copyOf(specs);
    }

    public List<CommandSpec> all() {
        return all;
    }

    public Optional<CommandSpec> byPath(String pathText) {
        return Optional.ofNullable(
                byPath.get(pathText.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ")));
    }

    public boolean isAlias(String word) {
        return byAlias.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** The command that the first words name: a two-word path first, then a one-word path, then an alias. */
    public Optional<Match> match(List<String> words) {
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String first = words.get(0).toLowerCase(Locale.ROOT);
        if (words.size() >= 2) {
            CommandSpec two = byPath.get(first + " " + words.get(1).toLowerCase(Locale.ROOT));
            if (two != null) {
                return Optional.of(new Match(two, words.subList(2, words.size())));
            }
        }
        CommandSpec one = byPath.get(first);
        if (one != null) {
            return Optional.of(new Match(one, words.subList(1, words.size())));
        }
        CommandSpec alias = byAlias.get(first);
        if (alias != null) {
            return Optional.of(new Match(alias, words.subList(1, words.size())));
        }
        return Optional.empty();
    }

    /** The sub-commands of a group word ({@code tunnel} → tunnel list, tunnel info, …). */
    public List<CommandSpec> group(String firstWord) {
        String w = firstWord.toLowerCase(Locale.ROOT);
        return all.stream()
                .filter(s -> s.path().size() == 2 && s.path().get(0).equals(w))
                .toList();
    }

    /** The command whose path or alias is closest to what was typed, if any is close. */
    public Optional<CommandSpec> nearest(List<String> words) {
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String typedOne = words.get(0).toLowerCase(Locale.ROOT);
        String typedTwo = words.size() > 1 ? typedOne + " " + words.get(1).toLowerCase(Locale.ROOT) : typedOne;
        CommandSpec best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (CommandSpec s : all) {
            List<String> candidates = new ArrayList<>(s.aliases());
            candidates.add(s.pathText());
            for (String c : candidates) {
                String typed = c.contains(" ") ? typedTwo : typedOne;
                int d = EditDistance.between(typed, c.toLowerCase(Locale.ROOT));
                if (d < bestDistance) {
                    bestDistance = d;
                    best = s;
                }
            }
        }
        int limit = Math.max(1, typedOne.length() / 3);
        return bestDistance <= limit && bestDistance < typedOne.length() ? Optional.ofNullable(best) : Optional.empty();
    }
}
