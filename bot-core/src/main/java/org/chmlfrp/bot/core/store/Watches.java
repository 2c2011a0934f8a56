package org.chmlfrp.bot.core.store;

import static org.chmlfrp.bot.core.store.SqlRunner.getInstant;
import static org.chmlfrp.bot.core.store.SqlRunner.identity;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.chmlfrp.bot.core.chat.ChatIdentity;

/**
 * Users who asked to be told privately when their tunnels go offline or back online
 * ({@code watch on}). A watch the user turns off is gone; one the bot stops on its own
 * stays, inactive, with the reason. Instants are kept to the millisecond.
 */
@Singleton
public final class Watches {

    /** The width of {@code watch.stopped_reason} and {@code signin_reminder.stopped_reason}. */
    static final int MAX_REASON_CHARS = 255;

    private static final String COLUMNS = "platform, user_id, bot_account, created_at, stopped_reason";

    private final SqlRunner sql;

    @Inject
    public Watches(Database database) {
        this.sql = new SqlRunner(database);
    }

    /**
     * Starts watching for the watch's identity, or restarts a watch the bot had stopped;
     * false, and nothing changes, if an active watch is already there. The watch's
     * {@code stoppedReason} is ignored: a started watch is active.
     */
    public boolean start(Watch watch) {
        ChatIdentity identity = watch.identity();
        String what = "start the watch of " + identity;
        return sql.update(
                                what,
                                "UPDATE watch SET bot_account = ?, created_at = ?, stopped_reason = NULL"
                                        + " WHERE platform = ? AND user_id = ? AND stopped_reason IS NOT NULL",
                                watch.botAccount(),
                                watch.createdAt(),
                                identity)
                        > 0
                || sql.insertIfAbsent(
                        what,
                        "INSERT INTO watch (" + COLUMNS + ") VALUES (?, ?, ?, ?, NULL)",
                        identity,
                        watch.botAccount(),
                        watch.createdAt());
    }

    /** The user turned the watch off: it is gone. False if there was none. */
    public boolean stop(ChatIdentity identity) {
        return sql.deleteByIdentity("stop the watch of " + identity, "watch", identity);
    }

    /** The identity's watch, active or stopped. */
    public Optional<Watch> find(ChatIdentity identity) {
        return sql.findByIdentity("read the watch of " + identity, "watch", COLUMNS, Watches::read, identity);
    }

    /** Every watch not stopped, by platform and user id. */
    public List<Watch> active() {
        return sql.list(
                "read the active watches",
                "SELECT " + COLUMNS + " FROM watch WHERE stopped_reason IS NULL ORDER BY platform, user_id",
                Watches::read);
    }

    /**
     * The bot stops the watch on its own (the link was removed, messages cannot be
     * delivered); the reason is kept, cut to {@value #MAX_REASON_CHARS} characters.
     */
    public void markStopped(ChatIdentity identity, String reason) {
        sql.update(
                "mark the watch of " + identity + " stopped",
                "UPDATE watch SET stopped_reason = ? WHERE platform = ? AND user_id = ?",
                stoppedReason(reason),
                identity);
    }

    /** A stop reason as stored: stripped, "stopped" when blank, cut to {@value #MAX_REASON_CHARS} characters. */
    static String stoppedReason(String reason) {
        Objects.requireNonNull(reason, "reason");
        String stored = reason.isBlank() ? "stopped" : reason.strip();
        return stored.length() <= MAX_REASON_CHARS ? stored : stored.substring(0, MAX_REASON_CHARS);
    }

    private static Watch read(ResultSet row) throws SQLException {
        return new Watch(
                identity(row),
                row.getString("bot_account"),
                getInstant(row, "created_at"),
                row.getString("stopped_reason"));
    }
}
