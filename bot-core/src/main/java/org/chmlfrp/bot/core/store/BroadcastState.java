package org.chmlfrp.bot.core.store;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Small named facts that broadcasts must remember across restarts, such as the date the
 * daily summary was last sent. Not for secrets.
 */
@Singleton
public final class BroadcastState {

    /** The widths of {@code broadcast_state.name} and {@code broadcast_state.state_value}. */
    static final int MAX_NAME_CHARS = 128;

    static final int MAX_VALUE_CHARS = 100_000;

    /** Binds the value, the time and the name, in the order the update binds them. */
    private static final String INSERT = "INSERT INTO broadcast_state (state_value, updated_at, name) VALUES (?, ?, ?)";

    private final SqlRunner sql;
    private final Clock clock;

    @Inject
    public BroadcastState(Database database, Clock clock) {
        this.sql = new SqlRunner(database);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Optional<String> get(String name) {
        checkName(name);
        return sql.one(
                "read broadcast state " + name,
                "SELECT state_value FROM broadcast_state WHERE name = ?",
                row -> row.getString(1),
                name);
    }

    /** Sets the value, replacing the one there was, stamped with the clock's time. */
    public void put(String name, String value) {
        checkName(name);
        checkValue(name, value);
        Object[] row = {value, clock.instant(), name};
        sql.updateElseInsert(
                "write broadcast state " + name,
                "UPDATE broadcast_state SET state_value = ?, updated_at = ? WHERE name = ?",
                row,
                INSERT,
                row);
    }

    /** Applies the change unless the value moved on meanwhile; whether it was applied. */
    public boolean compareAndSet(StateChange change) {
        Instant now = clock.instant();
        return sql.transaction("write broadcast state " + change.name(), connection -> apply(connection, change, now));
    }

    /** Forgets the value; whether there was one. */
    public boolean remove(String name) {
        checkName(name);
        return sql.update("remove broadcast state " + name, "DELETE FROM broadcast_state WHERE name = ?", name) > 0;
    }

    /** The change on a connection in a transaction: false if the value moved on (the caller rolls back). */
    static boolean apply(Connection connection, StateChange change, Instant now) throws SQLException {
        checkName(change.name());
        checkValue(change.name(), change.value());
        if (change.expected().isEmpty()) {
            try {
                return SqlRunner.update(connection, INSERT, change.value(), now, change.name()) == 1;
            } catch (SQLException e) {
                if (SqlRunner.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    return false; // set meanwhile; on PostgreSQL the transaction is now aborted: roll it back
                }
                throw e;
            }
        }
        return SqlRunner.update(
                        connection,
                        "UPDATE broadcast_state SET state_value = ?, updated_at = ? WHERE name = ? AND state_value = ?",
                        change.value(),
                        now,
                        change.name(),
                        change.expected().get())
                == 1;
    }

    private static void checkValue(String name, String value) {
        Objects.requireNonNull(value, "value");
        if (value.length() > MAX_VALUE_CHARS) {
            throw new IllegalArgumentException(
                    "broadcast state " + name + " is longer than " + MAX_VALUE_CHARS + " characters");
        }
    }

    private static void checkName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.length() > MAX_NAME_CHARS) {
            throw new IllegalArgumentException("a broadcast state name is 1 to " + MAX_NAME_CHARS + " characters");
        }
    }
}
