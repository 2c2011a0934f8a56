package org.chmlfrp.bot.testkit.chmlfrp;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Time as the API writes it: Spring's {@code 2024-12-21T01:38:19.000+00:00}, and plain dates. */
final class ApiTime {

    private static final DateTimeFormatter SPRING = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx");

    private ApiTime() {}

    /** {@code instant} in UTC with milliseconds and a {@code +00:00} offset, as Spring writes dates. */
    static String spring(Instant instant) {
        return SPRING.format(instant.truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC));
    }

    /** A local date-time of the clock's zone written Spring's way. */
    static String spring(LocalDateTime local, Clock clock) {
        return spring(local.atZone(clock.getZone()).toInstant());
    }

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock);
    }

    static LocalDateTime now(Clock clock) {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
