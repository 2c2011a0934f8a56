package org.chmlfrp.bot.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A section of the YAML with its dotted key, so every problem names the key. Strings are
 * expanded from the environment as they are read.
 */
final class ConfigNode {
    private final JsonNode node;
    private final String key;
    private final EnvExpander env;

    ConfigNode(JsonNode node, String key, EnvExpander env) {
        this.node = node;
        this.key = key;
        this.env = env;
    }

    String key() {
        return key;
    }

    private String child(String name) {
        return key.isEmpty() ? name : key + "." + name;
    }

    boolean present() {
        return node != null && !node.isNull() && !node.isMissingNode();
    }

    ConfigNode section(String name) {
        JsonNode c = present() ? node.get(name) : null;
        if (c != null && !c.isNull() && !c.isObject()) {
            throw new ConfigException(child(name), "must be a section of keys");
        }
        return new ConfigNode(c, child(name), env);
    }

    /** Refuses keys this version does not know, so a typo does not silently do nothing. */
    ConfigNode allowOnly(Set<String> names) {
        if (present()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!names.contains(f)) {
                    throw new ConfigException(
                            child(f),
                            "unknown key (known here: " + String.join(", ", new java.util.TreeSet<>(names)) + ")");
                }
            }
        }
        return this;
    }

    Optional<String> optString(String name) {
        JsonNode v = present() ? node.get(name) : null;
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isValueNode()) {
            throw new ConfigException(child(name), "must be a single value");
        }
        return Optional.of(env.expand(v.asText()).trim());
    }

    String string(String name, String fallback) {
        return optString(name).orElse(fallback);
    }

    boolean bool(String name, boolean fallback) {
        Optional<String> v = optString(name);
        if (v.isEmpty() || v.get().isEmpty()) {
            return fallback;
        }
        return switch (v.get().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new ConfigException(child(name), "must be true or false, not \"" + v.get() + "\"");
        };
    }

    Duration duration(String name, Duration fallback) {
        Optional<String> v = optString(name);
        if (v.isEmpty() || v.get().isEmpty()) {
            return fallback;
        }
        return Durations.parse(v.get())
                .filter(d -> !d.isZero())
                .orElseThrow(() -> new ConfigException(
                        child(name), "must be a duration like 500ms, 10s, 5m or 1h, not \"" + v.get() + "\""));
    }

    <T> T parsed(String name, T fallback, Function<String, Optional<T>> parser, String expectation) {
        Optional<String> v = optString(name);
        if (v.isEmpty() || v.get().isEmpty()) {
            return fallback;
        }
        return parser.apply(v.get())
                .orElseThrow(
                        () -> new ConfigException(child(name), "must be " + expectation + ", not \"" + v.get() + "\""));
    }

    List<String> strings(String name, List<String> fallback) {
        JsonNode v = present() ? node.get(name) : null;
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isArray()) {
            throw new ConfigException(child(name), "must be a list, e.g. [\"a\", \"b\"]");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isValueNode()) {
                throw new ConfigException(child(name), "must be a list of plain values");
            }
            String s = env.expand(item.asText()).trim();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    List<ConfigNode> sections(String name) {
        JsonNode v = present() ? node.get(name) : null;
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new ConfigException(child(name), "must be a list of sections");
        }
        List<ConfigNode> out = new ArrayList<>();
        int i = 0;
        for (JsonNode item : v) {
            String k = child(name) + "[" + i++ + "]";
            if (!item.isObject()) {
                throw new ConfigException(k, "must be a section of keys");
            }
            out.add(new ConfigNode(item, k, env));
        }
        return out;
    }
}
