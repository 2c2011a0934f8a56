package org.chmlfrp.bot.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.chmlfrp.bot.core.chat.ChatIdentity;
import org.chmlfrp.bot.core.chat.Platform;

/**
 * The repositories' JDBC plumbing: one pooled auto-commit connection per call, prepared
 * statements only, {@link SQLException} turned into {@link StoreException}.
 *
 * <p>Parameters are bound in order by type: a {@link String} (null: SQL NULL), an {@link Integer},
 * a {@link Long}, an {@link Instant} as epoch milliseconds ({@link #millis} for one that may be
 * null), a {@link #secret}, or a {@link ChatIdentity}, which binds two: its platform's id and its
 * user id (the {@code platform, user_id} key of the tables of account links, watches, reminders
 * and device logins; {@link #identity} reads it back).
 *
 * <p>Messages say what was being done ({@code what}), never which values: a vendor's message may
 * quote a bound value, so a statement that binds a {@link #secret} is reported with only the
 * SQLState and vendor code, without its cause.
 */
final class SqlRunner {

    /** SQLState of a unique or primary key violation, on H2 and PostgreSQL alike. */
    static final String UNIQUE_VIOLATION = "23505";

    /** SQL NULL for an epoch-millisecond column (PostgreSQL wants a null's type). */
    private static final Object NULL_MILLIS = new Object();

    /** A sealed credential as a parameter (its text may be null). */
    private record Secret(String sealed) {
        @Override
        public String toString() {
            return "Secret[***]";
        }
    }

    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** Work done in one transaction; returns whether to commit it (false rolls it back). */
    @FunctionalInterface
    interface Transaction {
        boolean run(Connection connection) throws SQLException;
    }

    private final Database database;

    SqlRunner(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Runs an INSERT, UPDATE or DELETE; the number of rows it changed. */
    int update(String what, String sql, Object... params) {
        try (Connection connection = database.connection()) {
            int rows = update(connection, sql, params);
            if (rows > 0) {
                database.afterWrite(connection);
            }
            return rows;
        } catch (SQLException e) {
            throw failure(what, params, e);
        }
    }

    /** Runs an INSERT; false, and nothing changed, if the row's key was taken. */
    boolean insertIfAbsent(String what, String sql, Object... params) {
        try (Connection connection = database.connection()) {
            update(connection, sql, params);
            database.afterWrite(connection);
            return true;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw failure(what, params, e);
        }
    }

    /**
     * Updates the row, or inserts it when there is none (and updates after all when another
     * writer inserted it in between): a portable upsert for H2 and PostgreSQL.
     */
    void updateElseInsert(String what, String updateSql, Object[] updateParams, String insertSql, Object... insert) {
        if (update(what, updateSql, updateParams) == 0 && !insertIfAbsent(what, insertSql, insert)) {
            update(what, updateSql, updateParams);
        }
    }

    /**
     * Runs {@code work} on one connection in one transaction: committed if it returns true,
     * rolled back if it returns false or throws. Returns what {@code work} returned.
     */
    boolean transaction(String what, Transaction work) {
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            try {
                boolean commit = work.run(connection);
                if (commit) {
                    connection.commit();
                    database.afterWrite(connection);
                } else {
                    connection.rollback();
                }
                return commit;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(what, new Object[0], e);
        }
    }

    /** One statement on a connection in hand (within a {@link #transaction}); the rows it changed. */
    static int update(Connection connection, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, params);
            return statement.executeUpdate();
        }
    }

    <T> List<T> list(String what, String sql, RowReader<T> reader, Object... params) {
        try (Connection connection = database.connection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, params);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(reader.read(rows));
                }
                return result;
            }
        } catch (SQLException e) {
            throw failure(what, params, e);
        }
    }

    <T> Optional<T> one(String what, String sql, RowReader<T> reader, Object... params) {
        return list(what, sql, reader, params).stream().findFirst();
    }

    /** The {@code columns} of the identity's row in {@code table}, keyed by {@code platform, user_id}. */
    <T> Optional<T> findByIdentity(String what, String table, String columns, RowReader<T> reader, ChatIdentity id) {
        return one(what, "SELECT " + columns + " FROM " + table + " WHERE platform = ? AND user_id = ?", reader, id);
    }

    /** Deletes the identity's row in {@code table}, keyed by {@code platform, user_id}; whether there was one. */
    boolean deleteByIdentity(String what, String table, ChatIdentity id) {
        return update(what, "DELETE FROM " + table + " WHERE platform = ? AND user_id = ?", id) > 0;
    }

    /** The number a {@code SELECT COUNT(*)} returns. */
    int count(String what, String sql, Object... params) {
        return one(what, sql, row -> row.getInt(1), params).orElse(0);
    }

    /** Binds {@code params} to parameters 1, 2, … as the class comment says. */
    static void bind(PreparedStatement statement, Object... params) throws SQLException {
        int index = 0;
        for (Object value : params) {
            index++;
            Object param = value instanceof Secret secret ? secret.sealed() : value;
            if (param instanceof ChatIdentity identity) {
                statement.setString(index++, identity.platform().id());
                statement.setString(index, identity.userId());
            } else if (param == null) {
                statement.setNull(index, Types.VARCHAR);
            } else if (param == NULL_MILLIS) {
                statement.setNull(index, Types.BIGINT);
            } else if (param instanceof String text) {
                statement.setString(index, text);
            } else if (param instanceof Integer number) {
                statement.setInt(index, number);
            } else if (param instanceof Long number) {
                statement.setLong(index, number);
            } else if (param instanceof Instant instant) {
                statement.setLong(index, instant.toEpochMilli());
            } else {
                throw new IllegalArgumentException(
                        "cannot bind a " + param.getClass().getSimpleName());
            }
        }
    }

    /** An instant that may be null, as a parameter. */
    static Object millis(Instant instant) {
        return instant == null ? NULL_MILLIS : instant;
    }

    /** A sealed value (or null) as a parameter: a failure of its statement is reported without cause. */
    static Object secret(String sealed) {
        return new Secret(sealed);
    }

    /** Reads epoch milliseconds as an instant; null for SQL NULL. */
    static Instant getInstant(ResultSet row, String column) throws SQLException {
        long millis = row.getLong(column);
        return row.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    /** The chat identity in the row's {@code platform} and {@code user_id} columns. */
    static ChatIdentity identity(ResultSet row) throws SQLException {
        return new ChatIdentity(Platform.fromId(row.getString("platform")), row.getString("user_id"));
    }

    private static StoreException failure(String what, Object[] params, SQLException e) {
        String message = "cannot " + what + " (SQLState " + e.getSQLState() + ", code " + e.getErrorCode() + ")";
        return Arrays.stream(params).anyMatch(Secret.class::isInstance)
                ? new StoreException(message)
                : new StoreException(message, e);
    }
}
