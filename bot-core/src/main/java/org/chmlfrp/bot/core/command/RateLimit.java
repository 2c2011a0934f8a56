package org.chmlfrp.bot.core.command;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code N/unit} as config spells it ({@code 10/min}, {@code 20/s}, {@code 100/h}); {@code 0} means unlimited. */
public record RateLimit(int count, Duration window) {
    private static final Pattern FORM = Pattern.compile("^\\s*(\\d+)\\s*(?:/\\s*(\\d*)\\s*([a-z]+))?\\s*$");

    public static final RateLimit UNLIMITED = new RateLimit(0, Duration.ofSeconds(1));

    public boolean unlimited() {
        return count <= 0;
    }

    public static Optional<RateLimit> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        int count = Integer.parseInt(m.group(1));
        if (m.group(3) == null) {
            return count == 0 ? Optional.of(UNLIMITED) : Optional.empty();
        }
        long n = m.group(2) == null || m.group(2).isEmpty() ? 1 : Long.parseLong(m.group(2));
        Duration unit = switch (m.group(3)) {
            case "ms" -> Duration.ofMillis(1);
            case "s", "sec", "second" -> Duration.ofSeconds(1);
            case "m", "min", "minute" -> Duration.ofMinutes(1);
            case "h", "hour" -> Duration.ofHours(1);
            case "d", "day" -> Duration.ofDays(1);
            default -> null;
        };
        if (unit == null || n <= 0) {
            return Optional.empty();
        }
        return Optional.of(count == 0 ? UNLIMITED : new RateLimit(count, unit.multipliedBy(n)));
    }

    @Override
    public String toString() {
        return unlimited() ? "0" : count + "/" + window;
    }
}
