package org.chmlfrp.bot.core.chmlfrp;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Lenient reads of the API's fields: numbers that arrive as strings, booleans as
 * {@code "true"/"false"} or {@code "yes"/"no"}, nulls where a value was expected. A missing
 * or unreadable field gives the stated fallback rather than failing the whole answer.
 */
final class JsonValues {
    private JsonValues() {
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }

    static String firstText(JsonNode node, String... fields) {
        for (String f : fields) {
            String t = text(node, f);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    static boolean bool(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return false;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isNumber()) {
            return v.asInt() != 0;
        }
        return switch (v.asText().trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "y", "on" -> true;
            default -> false;
        };
    }

    static long longValue(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return 0L;
        }
        if (v.isNumber()) {
            return v.asLong();
        }
        try {
            return (long) Double.parseDouble(v.asText().trim());
        } catch (NumberFormatException e) {
            return 0L;
        }
    }

    static int intValue(JsonNode node, String field) {
        return (int) longValue(node, field);
    }

    static Integer nullableInt(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
            return null;
        }
        return intValue(node, field);
    }

    static double doubleValue(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return 0.0;
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        try {
            return Double.parseDouble(v.asText().trim());
        } catch (NumberFormatException e) {
            return 0.0;
        }
    }

    /** An ISO date-time with offset ({@code 2024-12-21T01:38:19.000+00:00}), or null. */
    static Instant instant(JsonNode node, String field) {
        String t = text(node, field);
        if (t == null || t.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(t.trim()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(t.trim());
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /** A {@code YYYY-MM-DD} date (anything after the date is ignored), or null. */
    static LocalDate date(JsonNode node, String field) {
        String t = text(node, field);
        if (t == null || t.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(t.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
