package org.chmlfrp.bot.core.command;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Parsed, typed argument values by parameter name. Absent optional parameters are simply missing. */
public final class Args {
    private final Map<String, Object> values;

    public Args(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static Args empty() {
        return new Args(Map.of());
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public String string(String name) {
        Object v = values.get(name);
        if (v == null) {
            throw new IllegalStateException("no value for required parameter " + name);
        }
        return v.toString();
    }

    public Optional<String> optString(String name) {
        return Optional.ofNullable(values.get(name)).map(Object::toString);
    }

    public int integer(String name) {
        return (Integer) values.get(name);
    }

    public Optional<Integer> optInt(String name) {
        return Optional.ofNullable((Integer) values.get(name));
    }

    public Optional<Boolean> optBool(String name) {
        return Optional.ofNullable((Boolean) values.get(name));
    }

    public Map<String, Object> asMap() {
        return values;
    }

    @Override
    public String toString() {
        return "Args" + values.keySet();
    }
}
