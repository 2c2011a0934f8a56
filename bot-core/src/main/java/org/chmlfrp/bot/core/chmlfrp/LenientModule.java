package org.chmlfrp.bot.core.chmlfrp;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

/**
 * The API's loose scalars, for every record of {@code chmlfrp.model}: booleans as
 * {@code "true"/"false"}, {@code "yes"/"no"} or {@code 1/0}; numbers as strings, as floats
 * where a whole number is declared, or as {@code ""}; date-times with or without an offset.
 * A value that cannot be read is the type's empty value (null, 0 or false) rather than a
 * failure of the whole answer: one odd field must not hide a tunnel list.
 */
final class LenientModule extends SimpleModule {
    /** The service's zone, for date-times sent without an offset. */
    static final ZoneId SERVICE_ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter LOCAL_DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd[' ']['T']HH:mm[:ss][.SSS][.SS][.S]", Locale.ROOT);

    LenientModule() {
        super("chmlfrp-lenient");
        scalar(boolean.class, Boolean.class, false, LenientModule::bool, n -> n.doubleValue() != 0);
        scalar(int.class, Integer.class, 0, t -> (int) Math.round(Double.parseDouble(t)), n -> (int) toLong(n));
        scalar(long.class, Long.class, 0L, LenientModule::parseLong, LenientModule::toLong);
        scalar(double.class, Double.class, 0.0, Double::parseDouble, Number::doubleValue);
        addDeserializer(Instant.class, new Loose<>(Instant.class, null, LenientModule::instant, LenientModule::epoch));
        addDeserializer(
                LocalDate.class,
                new Loose<>(LocalDate.class, null, t -> LocalDate.parse(t.substring(0, 10)), n -> null));
    }

    /** A primitive ({@code empty} when unreadable) and its box (null when unreadable), read alike. */
    private <T> void scalar(
            Class<T> primitive, Class<T> box, T empty, Function<String, T> fromText, Function<Number, T> fromNumber) {
        addDeserializer(primitive, new Loose<>(primitive, empty, fromText, fromNumber));
        addDeserializer(box, new Loose<>(box, null, fromText, fromNumber));
    }

    /** A copy of {@code base} that reads the API: unknown fields ignored, this module's scalars. */
    static ObjectMapper configure(ObjectMapper base) {
        return base.copy()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .registerModule(new LenientModule());
    }

    private static Boolean bool(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "y", "on" -> true;
            case "false", "no", "0", "n", "off" -> false;
            default -> null;
        };
    }

    private static long toLong(Number n) {
        return n instanceof Double || n instanceof Float || n instanceof java.math.BigDecimal
                ? Math.round(n.doubleValue())
                : n.longValue();
    }

    private static long parseLong(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return Math.round(Double.parseDouble(text));
        }
    }

    /** {@code 2024-12-21T01:38:19.000+00:00}, {@code 2024-12-21T01:38:19Z}, or a local time in the service's zone. */
    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e2) {
                return LocalDateTime.parse(text, LOCAL_DATE_TIME)
                        .atZone(SERVICE_ZONE)
                        .toInstant();
            }
        }
    }

    /** Epoch milliseconds (or seconds, for small values). */
    private static Instant epoch(Number n) {
        long v = n.longValue();
        return v > 100_000_000_000L ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
    }

    /**
     * One scalar type: a JSON number through {@code fromNumber}, a JSON boolean as 1/0, a string
     * (trimmed) through {@code fromText}; null, {@code ""}, objects, arrays and unreadable text
     * give {@code empty}.
     */
    private static final class Loose<T> extends StdScalarDeserializer<T> {
        private final transient T empty;
        private final transient Function<String, T> fromText;
        private final transient Function<Number, T> fromNumber;

        Loose(Class<T> type, T empty, Function<String, T> fromText, Function<Number, T> fromNumber) {
            super(type);
            this.empty = empty;
            this.fromText = fromText;
            this.fromNumber = fromNumber;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            T value;
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                value = fromNumber.apply(p.getNumberValue());
            } else if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                value = fromText.apply(token == JsonToken.VALUE_TRUE ? "1" : "0");
            } else if (token == JsonToken.VALUE_STRING) {
                value = text(p.getText().trim());
            } else {
                p.skipChildren();
                value = null;
            }
            return value == null ? empty : value;
        }

        private T text(String text) {
            try {
                return text.isEmpty() ? null : fromText.apply(text);
            } catch (RuntimeException e) {
                return null;
            }
        }

        @Override
        public T getNullValue(DeserializationContext ctxt) {
            return empty;
        }
    }
}
