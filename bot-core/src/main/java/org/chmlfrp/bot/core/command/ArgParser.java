package org.chmlfrp.bot.core.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fits raw arguments to a command's parameters. Text input: words (quotes keep spaces
 * together), positional first, {@code key=value} anywhere. A positional word that does not
 * fit an optional parameter moves on to the next one (so {@code 8080 mc.example.com} fills
 * {@code domain} when {@code remoteport} wants a number). Structured input (Discord) comes
 * as a name → raw value map.
 */
public final class ArgParser {
    private static final Pattern OPTION = Pattern.compile("^([A-Za-z][A-Za-z0-9_-]*)=(.*)$", Pattern.DOTALL);

    /** Either the typed values or the first problem. */
    public record Result(Args args, ArgError error) {
        public boolean ok() {
            return error == null;
        }
    }

    /** Splits a line into words: whitespace separates, "double", 'single' and “Chinese” quotes group. */
    public static List<String> tokenize(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        char quote = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    cur.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (c == '“') {
                quote = '”';
                inWord = true;
            } else if (Character.isWhitespace(c) || c == '\u3000') {
                if (inWord) {
                    out.add(cur.toString());
                    cur.setLength(0);
                    inWord = false;
                }
            } else {
                cur.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            out.add(cur.toString());
        }
        return out;
    }

    public Result parseWords(CommandSpec spec, List<String> words) {
        Map<String, String> named = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        for (String w : words) {
            Matcher m = OPTION.matcher(w);
            if (m.matches() && param(spec, m.group(1)).isPresent()) {
                named.put(param(spec, m.group(1)).get().name(), m.group(2));
            } else if (m.matches() && looksLikeOption(spec, m.group(1))) {
                return new Result(null, new ArgError(ArgError.Kind.UNKNOWN_OPTION, m.group(1), w));
            } else {
                positional.add(w);
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        List<ParamSpec> slots = spec.params().stream()
                .filter(p -> !p.option() && !named.containsKey(p.name()))
                .toList();
        int slot = 0;
        for (int i = 0; i < positional.size(); i++) {
            String word = positional.get(i);
            boolean placed = false;
            while (slot < slots.size()) {
                ParamSpec p = slots.get(slot++);
                boolean takesRest = p.greedy() && slot == slots.size();
                String raw = takesRest ? String.join(" ", positional.subList(i, positional.size())) : word;
                Optional<Object> v = p.type().parse(raw);
                if (v.isPresent()) {
                    values.put(p.name(), v.get());
                    placed = true;
                    if (takesRest) {
                        i = positional.size();
                    }
                    break;
                }
                if (p.required()) {
                    return new Result(null, new ArgError(ArgError.Kind.INVALID, p.name(), word));
                }
            }
            if (!placed) {
                return new Result(null, new ArgError(ArgError.Kind.TOO_MANY, null, word));
            }
        }
        for (Map.Entry<String, String> e : named.entrySet()) {
            ParamSpec p = param(spec, e.getKey()).orElseThrow();
            Optional<Object> v = p.type().parse(e.getValue());
            if (v.isEmpty()) {
                return new Result(null, new ArgError(ArgError.Kind.INVALID, p.name(), e.getValue()));
            }
            values.put(p.name(), v.get());
        }
        return finish(spec, values);
    }

    public Result parseNamed(CommandSpec spec, Map<String, String> raw) {
        for (Map.Entry<String, String> e : raw.entrySet()) {
            boolean given = e.getValue() != null && !e.getValue().isEmpty();
            if (given && param(spec, e.getKey()).isEmpty()) {
                return new Result(null, new ArgError(ArgError.Kind.UNKNOWN_OPTION, e.getKey(), e.getValue()));
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParamSpec p : spec.params()) {
            String v = raw.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(p.name()))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(null);
            if (v == null || v.isEmpty()) {
                continue;
            }
            Optional<Object> parsed = p.type().parse(v);
            if (parsed.isEmpty()) {
                return new Result(null, new ArgError(ArgError.Kind.INVALID, p.name(), v));
            }
            values.put(p.name(), parsed.get());
        }
        return finish(spec, values);
    }

    private static Result finish(CommandSpec spec, Map<String, Object> values) {
        for (ParamSpec p : spec.params()) {
            if (p.required() && !values.containsKey(p.name())) {
                return new Result(null, new ArgError(ArgError.Kind.MISSING, p.name(), null));
            }
        }
        return new Result(new Args(values), null);
    }

    private static Optional<ParamSpec> param(CommandSpec spec, String name) {
        return spec.params().stream()
                .filter(p -> p.name().equalsIgnoreCase(name))
                .findFirst();
    }

    /** {@code foo=bar} where the command takes options at all: an unknown key is an error, not a value. */
    private static boolean looksLikeOption(CommandSpec spec, String key) {
        return spec.params().stream().anyMatch(ParamSpec::option);
    }
}
