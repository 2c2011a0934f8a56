package org.chmlfrp.bot.core.store;

import static org.chmlfrp.bot.core.store.SqlRunner.setInstant;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.chmlfrp.bot.core.store.SqlRunner.Detail;

/**
 * Small named facts that broadcasts must remember across restarts, such as the date the
 * daily summary was last sent. Not for secrets.
 */
@Singleton
public final class BroadcastState {

    /** The widths of {@code broadcast_state.name} and {@code broadcast_state.state_value}. */
    static final int MAX_NAME_CHARS = 128;

    static final int MAX_VALUE_CHARS = 100_000;

    private final SqlRunner sql;
    private final Clock clock;

    @Inject
    public BroadcastState(Database database, Clock clock) {
        this.sql = new SqlRunner(Objects.requireNonNull(database, "database"));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Optional<String> get(String name) {
        checkName(name);
        return sql.one(
                "read broadcast state " + name,
                "SELECT state_value FROM broadcast_state WHERE name = ?",
                statement -> statement.setString(1, name),
                row -> row.getString(1));
    }

    /** Sets the value, replacing the one there was, stamped with the clock's time. */
    public void put(String name, String value) {
        checkName(name);
        checkValue(name, value);
        Instant now = clock.instant();
        String what = "write broadcast state " + name;
        SqlRunner.Binder update = statement -> {
            statement.setString(1, value);
            setInstant(statement, 2, now);
            statement.setString(3, name);
        };
        sql.updateElseInsert(
                what,
                Detail.WITH_CAUSE,
                "UPDATE broadcast_state SET state_value = ?, updated_at = ? WHERE name = ?",
                update,
                "INSERT INTO broadcast_state (name, state_value, updated_at) VALUES (?, ?, ?)",
                statement -> {
                    statement.setString(1, name);
                    statement.setString(2, value);
                    setInstant(statement, 3, now);
                });
    }

    /** Applies the change unless the value moved on meanwhile; whether it was applied. */
    public boolean compareAndSet(StateChange change) {
        Instant now = clock.instant();
        return sql.transaction("write broadcast state " + change.name(), connection -> apply(connection, change, now));
    }

    /** Forgets the value; whether there was one. */
    public boolean remove(String name) {
        checkName(name);
        return sql.update(
                        "remove broadcast state " + name,
                        Detail.WITH_CAUSE,
                        "DELETE FROM broadcast_state WHERE name = ?",
                        statement -> statement.setString(1, name))
                > 0;
    }

    /** The change on a connection in a transaction: false if the value moved on (the caller rolls back). */
    static boolean apply(Connection connection, StateChange change, Instant now) throws SQLException {
        checkName(change.name());
        checkValue(change.name(), change.value());
        if (change.expected().isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO broadcast_state (name, state_value, updated_at) VALUES (?, ?, ?)")) {
                insert.setString(1, change.name());
                insert.setString(2, change.value());
                setInstant(insert, 3, now);
                return insert.executeUpdate() == 1;
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
                        statement -> {
                            statement.setString(1, change.value());
                            setInstant(statement, 2, now);
                            statement.setString(3, change.name());
                            statement.setString(4, change.expected().get());
                        })
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
