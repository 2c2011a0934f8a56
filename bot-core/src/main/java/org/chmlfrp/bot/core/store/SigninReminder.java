package org.chmlfrp.bot.core.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import org.chmlfrp.bot.core.chat.ChatIdentity;

/**
 * A user reminded privately, at a time of day, when they have not signed in yet ({@code signin remind on}).
 *
 * @param botAccount      the QQ self_id it was set up through; null elsewhere
 * @param time            the time of day, in {@code broadcast.zone}, to the minute
 * @param lastCheckedDate the last local date the API was asked for this user; null if never
 * @param nextDueAt       when the reminder is next due
 * @param stoppedReason   why the bot stopped it on its own (invalid token, link removed); null while active
 */
public record SigninReminder(
        ChatIdentity identity,
        String botAccount,
        LocalTime time,
        LocalDate lastCheckedDate,
        Instant nextDueAt,
        Instant createdAt,
        String stoppedReason) {

    public SigninReminder {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(nextDueAt, "nextDueAt");
        Objects.requireNonNull(createdAt, "createdAt");
        time = time.withSecond(0).withNano(0);
    }

    /** The first instant strictly after {@code after} at which it is {@code time} in {@code zone}. */
    public static Instant nextAt(LocalTime time, ZoneId zone, Instant after) {
        LocalDate day = after.atZone(zone).toLocalDate();
        Instant candidate = day.atTime(time).atZone(zone).toInstant();
        return candidate.isAfter(after)
                ? candidate
                : day.plusDays(1).atTime(time).atZone(zone).toInstant();
    }

    public boolean active() {
        return stoppedReason == null;
    }
}
