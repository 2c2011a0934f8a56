package org.chmlfrp.bot.core.store;

import static org.chmlfrp.bot.core.store.SqlRunner.getInstant;
import static org.chmlfrp.bot.core.store.SqlRunner.setInstant;
import static org.chmlfrp.bot.core.store.SqlRunner.setNullableString;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.chmlfrp.bot.core.chat.ChatIdentity;
import org.chmlfrp.bot.core.chat.Platform;
import org.chmlfrp.bot.core.store.SqlRunner.Detail;

/**
 * Users who asked to be told privately when their tunnels go offline or back online
 * ({@code watch on}). A watch the user turns off is gone; one the bot stops on its own
 * stays, inactive, with the reason. Instants are kept to the millisecond.
 */
@Singleton
public final class Watches {

    /** The width of {@code watch.stopped_reason}. */
    static final int MAX_REASON_CHARS = 255;

    private static final String COLUMNS = "platform, user_id, bot_account, created_at, stopped_reason";

    private final SqlRunner sql;

    @Inject
    public Watches(Database database) {
        this.sql = new SqlRunner(Objects.requireNonNull(database, "database"));
    }

    /**
     * Starts watching for the watch's identity, or restarts a watch the bot had stopped;
     * false, and nothing changes, if an active watch is already there. The watch's
     * {@code stoppedReason} is ignored: a started watch is active.
     */
    public boolean start(Watch watch) {
        ChatIdentity identity = watch.identity();
        String what = "start the watch of " + identity;
        int restarted = sql.update(
                what,
                Detail.WITH_CAUSE,
                "UPDATE watch SET bot_account = ?, created_at = ?, stopped_reason = NULL"
                        + " WHERE platform = ? AND user_id = ? AND stopped_reason IS NOT NULL",
                statement -> {
                    setNullableString(statement, 1, watch.botAccount());
                    setInstant(statement, 2, watch.createdAt());
                    statement.setString(3, identity.platform().id());
                    statement.setString(4, identity.userId());
                });
        if (restarted > 0) {
            return true;
        }
        return sql.insertIfAbsent(
                what, Detail.WITH_CAUSE, "INSERT INTO watch (" + COLUMNS + ") VALUES (?, ?, ?, ?, NULL)", statement -> {
                    statement.setString(1, identity.platform().id());
                    statement.setString(2, identity.userId());
                    setNullableString(statement, 3, watch.botAccount());
                    setInstant(statement, 4, watch.createdAt());
                });
    }

    /** The user turned the watch off: it is gone. False if there was none. */
    public boolean stop(ChatIdentity identity) {
        return sql.update(
                        "stop the watch of " + identity,
                        Detail.WITH_CAUSE,
                        "DELETE FROM watch WHERE platform = ? AND user_id = ?",
                        statement -> {
                            statement.setString(1, identity.platform().id());
                            statement.setString(2, identity.userId());
                        })
                > 0;
    }

    /** The identity's watch, active or stopped. */
    public Optional<Watch> find(ChatIdentity identity) {
        return sql.one(
                "read the watch of " + identity,
                "SELECT " + COLUMNS + " FROM watch WHERE platform = ? AND user_id = ?",
                statement -> {
                    statement.setString(1, identity.platform().id());
                    statement.setString(2, identity.userId());
                },
                Watches::read);
    }

    /** Every watch not stopped, by platform and user id. */
    public List<Watch> active() {
        return sql.list(
                "read the active watches",
                "SELECT " + COLUMNS + " FROM watch WHERE stopped_reason IS NULL ORDER BY platform, user_id",
                SqlRunner.none(),
                Watches::read);
    }

    /**
     * The bot stops the watch on its own (the link was removed, messages cannot be
     * delivered); the reason is kept, cut to {@value #MAX_REASON_CHARS} characters.
     */
    public void markStopped(ChatIdentity identity, String reason) {
        Objects.requireNonNull(reason, "reason");
        String stored = reason.isBlank() ? "stopped" : cut(reason.strip());
        sql.update(
                "mark the watch of " + identity + " stopped",
                Detail.WITH_CAUSE,
                "UPDATE watch SET stopped_reason = ? WHERE platform = ? AND user_id = ?",
                statement -> {
                    statement.setString(1, stored);
                    statement.setString(2, identity.platform().id());
                    statement.setString(3, identity.userId());
                });
    }

    private static Watch read(ResultSet row) throws SQLException {
        return new Watch(
                new ChatIdentity(Platform.fromId(row.getString("platform")), row.getString("user_id")),
                row.getString("bot_account"),
                getInstant(row, "created_at"),
                row.getString("stopped_reason"));
    }

    private static String cut(String reason) {
        return reason.length() <= MAX_REASON_CHARS ? reason : reason.substring(0, MAX_REASON_CHARS);
    }
}
