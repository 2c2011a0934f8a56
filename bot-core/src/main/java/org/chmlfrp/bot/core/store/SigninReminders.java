package org.chmlfrp.bot.core.store;

import static org.chmlfrp.bot.core.store.SqlRunner.getInstant;
import static org.chmlfrp.bot.core.store.SqlRunner.identity;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.chmlfrp.bot.core.chat.ChatIdentity;

/**
 * Sign-in reminders ({@code signin remind on|off}). The job reads only the reminders that are due
 * ({@link #due}: an indexed range on {@code next_due_at}), never all of them; a reminder is
 * {@link #claim claimed} for the day before the API is asked, so a restart does not ask twice.
 * A reminder the user turns off is gone; one the bot stops stays, inactive, with the reason.
 */
@Singleton
public final class SigninReminders {

    private static final String COLUMNS =
            "platform, user_id, bot_account, remind_minute, last_checked_date, next_due_at, created_at, stopped_reason";

    private final SqlRunner sql;

    @Inject
    public SigninReminders(Database database) {
        this.sql = new SqlRunner(database);
    }

    /**
     * Turns the reminder on (or changes its time), active, due at {@code reminder.nextDueAt()}; a
     * reminder the bot had stopped starts again. The day already checked is kept.
     */
    public void save(SigninReminder reminder) {
        ChatIdentity id = reminder.identity();
        int minute = reminder.time().getHour() * 60 + reminder.time().getMinute();
        sql.updateElseInsert(
                "save the sign-in reminder of " + id,
                "UPDATE signin_reminder SET bot_account = ?, remind_minute = ?, next_due_at = ?,"
                        + " stopped_reason = NULL WHERE platform = ? AND user_id = ?",
                new Object[] {reminder.botAccount(), minute, reminder.nextDueAt(), id},
                "INSERT INTO signin_reminder (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, NULL)",
                id,
                reminder.botAccount(),
                minute,
                dateText(reminder.lastCheckedDate()),
                reminder.nextDueAt(),
                reminder.createdAt());
    }

    /** The user turned the reminder off: it is gone. False if there was none. */
    public boolean remove(ChatIdentity identity) {
        return sql.deleteByIdentity("remove the sign-in reminder of " + identity, "signin_reminder", identity);
    }

    /** The identity's reminder, active or stopped. */
    public Optional<SigninReminder> find(ChatIdentity identity) {
        return sql.findByIdentity(
                "read the sign-in reminder of " + identity,
                "signin_reminder",
                COLUMNS,
                SigninReminders::read,
                identity);
    }

    /** At most {@code limit} active reminders due at or before {@code now}, earliest first. */
    public List<SigninReminder> due(Instant now, int limit) {
        return sql.list(
                "read the due sign-in reminders",
                "SELECT " + COLUMNS + " FROM signin_reminder WHERE next_due_at <= ? AND stopped_reason IS NULL"
                        + " ORDER BY next_due_at, platform, user_id FETCH FIRST ? ROWS ONLY",
                SigninReminders::read,
                now,
                limit);
    }

    /**
     * Takes the reminder's turn: it was due at {@code wasDue}, is next due at {@code nextDue}, and
     * {@code checked} (the local date, or null when the day was skipped) is recorded. False, and
     * nothing changes, when another caller took this turn first or the reminder changed meanwhile.
     */
    public boolean claim(ChatIdentity identity, Instant wasDue, Instant nextDue, LocalDate checked) {
        return sql.update(
                        "claim the sign-in reminder of " + identity,
                        "UPDATE signin_reminder SET next_due_at = ?, last_checked_date = COALESCE(?, last_checked_date)"
                                + " WHERE platform = ? AND user_id = ? AND next_due_at = ? AND stopped_reason IS NULL",
                        nextDue,
                        dateText(checked),
                        identity,
                        wasDue)
                > 0;
    }

    /**
     * The bot stops the reminder on its own; the reason is kept, cut to {@value Watches#MAX_REASON_CHARS}
     * characters.
     */
    public void markStopped(ChatIdentity identity, String reason) {
        sql.update(
                "mark the sign-in reminder of " + identity + " stopped",
                "UPDATE signin_reminder SET stopped_reason = ? WHERE platform = ? AND user_id = ?",
                Watches.stoppedReason(reason),
                identity);
    }

    private static SigninReminder read(ResultSet row) throws SQLException {
        int minute = row.getInt("remind_minute");
        String checked = row.getString("last_checked_date");
        return new SigninReminder(
                identity(row),
                row.getString("bot_account"),
                LocalTime.of(minute / 60, minute % 60),
                checked == null ? null : LocalDate.parse(checked),
                getInstant(row, "next_due_at"),
                getInstant(row, "created_at"),
                row.getString("stopped_reason"));
    }

    private static String dateText(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
