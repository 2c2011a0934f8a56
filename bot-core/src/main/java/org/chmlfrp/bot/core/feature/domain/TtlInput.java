package org.chmlfrp.bot.core.feature.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A subdomain TTL as a user types it: the short form ({@code 1m 2m 5m 10m 15m 30m 1h 2h 5h 12h 1d},
 * any case) or the API's own spelling ({@code 10分钟}, {@code 1小时}, {@code 1天}). The result is
 * always the API's spelling, the only values {@code /create_free_subdomain} accepts.
 */
public final class TtlInput {
    private static final Map<String, String> SHORT_TO_API = new LinkedHashMap<>();

    static {
        SHORT_TO_API.put("1m", "1分钟");
        SHORT_TO_API.put("2m", "2分钟");
        SHORT_TO_API.put("5m", "5分钟");
        SHORT_TO_API.put("10m", "10分钟");
        SHORT_TO_API.put("15m", "15分钟");
        SHORT_TO_API.put("30m", "30分钟");
        SHORT_TO_API.put("1h", "1小时");
        SHORT_TO_API.put("2h", "2小时");
        SHORT_TO_API.put("5h", "5小时");
        SHORT_TO_API.put("12h", "12小时");
        SHORT_TO_API.put("1d", "1天");
    }

    private TtlInput() {}

    /** The API's spelling for what was typed; empty when it is not one of the allowed TTLs. */
    public static Optional<String> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String t = typed.strip();
        return Optional.ofNullable(SHORT_TO_API.get(t.toLowerCase(Locale.ROOT)))
                .or(() -> SHORT_TO_API.values().stream().filter(t::equals).findFirst());
    }

    /** The short forms, in order: {@code 1m 2m … 1d}. */
    public static List<String> shortForms() {
        return List.copyOf(SHORT_TO_API.keySet());
    }

    /** The API's spellings, in order: {@code 1分钟 … 1天}. */
    public static List<String> apiValues() {
        return List.copyOf(SHORT_TO_API.values());
    }
}
