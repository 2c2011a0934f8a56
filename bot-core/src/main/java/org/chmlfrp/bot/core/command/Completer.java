package org.chmlfrp.bot.core.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Suggestions while a user types a parameter (Discord autocomplete), declared with the parameter by the
 * feature that knows the data. Answers asynchronously and never blocks the caller; the adapter caps the
 * number of choices and gives up when its platform's time runs out. A completer that wants a cache keeps it.
 */
@FunctionalInterface
public interface Completer {
    CompletionStage<List<Choice>> complete(Query query);

    /** @param label what the user sees; @param value what the parameter gets when it is picked */
    record Choice(String label, String value) {
        public static Choice of(String value) {
            return new Choice(value, value);
        }
    }

    /**
     * @param typed   what the user typed so far in this parameter, trimmed
     * @param others  the other parameters' values typed so far, by name
     * @param account the user's linked account, looked up only when called
     */
    record Query(String typed, Map<String, String> others, Supplier<CompletionStage<Optional<LinkedAccount>>> account) {
        public Query {
            typed = typed == null ? "" : typed.trim();
            others = others == null ? Map.of() : others;
        }
    }

    /** Choices for the items whose text starts with what was typed first, then those that contain it, ignoring case. */
    static <T> List<Choice> matching(
            List<T> items, String typed, Function<T, String> text, Function<T, Choice> choice) {
        String wanted = typed.toLowerCase(Locale.ROOT);
        List<T> starts = new ArrayList<>();
        List<T> contains = new ArrayList<>();
        for (T item : items) {
            String t = text.apply(item);
            if (t == null) {
                continue;
            }
            String lower = t.toLowerCase(Locale.ROOT);
            if (lower.startsWith(wanted)) {
                starts.add(item);
            } else if (lower.contains(wanted)) {
                contains.add(item);
            }
        }
        starts.addAll(contains);
        return starts.stream().map(choice).toList();
    }
}
