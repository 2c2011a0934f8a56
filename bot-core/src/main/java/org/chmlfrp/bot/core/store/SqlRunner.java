package org.chmlfrp.bot.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The repositories' JDBC plumbing: one pooled auto-commit connection per call, prepared
 * statements only, {@link SQLException} turned into {@link StoreException}.
 *
 * <p>Messages say what was being done ({@code what}), never which values: a vendor's
 * message may quote a bound value, so for statements that bind sealed credentials the
 * caller asks for {@link Detail#WITHOUT_CAUSE} and only the SQLState and vendor code are kept.
 */
final class SqlRunner {

    /** SQLState of a unique or primary key violation, on H2 and PostgreSQL alike. */
    static final String UNIQUE_VIOLATION = "23505";

    enum Detail {
        WITH_CAUSE,
        WITHOUT_CAUSE
    }

    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
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
        this.database = database;
    }

    /** Runs an INSERT, UPDATE or DELETE; the number of rows it changed. */
    int update(String what, Detail detail, String sql, Binder binder) {
        try (Connection connection = database.connection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            int rows = statement.executeUpdate();
            if (rows > 0) {
                database.afterWrite(connection);
            }
            return rows;
        } catch (SQLException e) {
            throw failure(what, detail, e);
        }
    }

    /** Runs an INSERT; false, and nothing changed, if the row's key was taken. */
    boolean insertIfAbsent(String what, Detail detail, String sql, Binder binder) {
        try (Connection connection = database.connection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            statement.executeUpdate();
            database.afterWrite(connection);
            return true;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw failure(what, detail, e);
        }
    }

    /**
     * Updates the row, or inserts it when there is none (and updates after all when another
     * writer inserted it in between): a portable upsert for H2 and PostgreSQL.
     */
    void updateElseInsert(
            String what, Detail detail, String updateSql, Binder update, String insertSql, Binder insert) {
        if (update(what, detail, updateSql, update) > 0) {
            return;
        }
        if (!insertIfAbsent(what, detail, insertSql, insert)) {
            update(what, detail, updateSql, update);
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
            throw failure(what, Detail.WITH_CAUSE, e);
        }
    }

    /** One statement on a connection in hand (within a {@link #transaction}); the rows it changed. */
    static int update(Connection connection, String sql, Binder binder) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            return statement.executeUpdate();
        }
    }

    <T> List<T> list(String what, String sql, Binder binder, RowReader<T> reader) {
        try (Connection connection = database.connection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(reader.read(rows));
                }
                return result;
            }
        } catch (SQLException e) {
            throw failure(what, Detail.WITH_CAUSE, e);
        }
    }

    <T> Optional<T> one(String what, String sql, Binder binder, RowReader<T> reader) {
        List<T> rows = list(what, sql, binder, reader);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    static Binder none() {
        return statement -> {};
    }

    /** Binds an instant as epoch milliseconds, or SQL NULL. */
    static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, instant.toEpochMilli());
        }
    }

    /** Reads epoch milliseconds as an instant; null for SQL NULL. */
    static Instant getInstant(ResultSet row, String column) throws SQLException {
        long millis = row.getLong(column);
        return row.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    static void setNullableString(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static StoreException failure(String what, Detail detail, SQLException e) {
        String message = "cannot " + what + " (SQLState " + e.getSQLState() + ", code " + e.getErrorCode() + ")";
        return detail == Detail.WITH_CAUSE ? new StoreException(message, e) : new StoreException(message);
    }
}
