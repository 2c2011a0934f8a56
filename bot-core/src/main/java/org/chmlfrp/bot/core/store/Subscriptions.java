package org.chmlfrp.bot.core.store;

import static org.chmlfrp.bot.core.store.SqlRunner.getInstant;
import static org.chmlfrp.bot.core.store.SqlRunner.millis;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.chmlfrp.bot.core.chat.Platform;

/** Groups and channels subscribed to broadcasts. Instants are kept to the millisecond. */
@Singleton
public final class Subscriptions {

    private static final String COLUMNS = "platform, chat_id, kind, bot_account, created_by, created_at, broken_since";

    private final SqlRunner sql;

    @Inject
    public Subscriptions(Database database) {
        this.sql = new SqlRunner(database);
    }

    /** Subscribes the place; false, and nothing changes, if it already had this kind. */
    public boolean add(Subscription s) {
        return sql.insertIfAbsent(
                "add the " + s.kind().id() + " subscription of " + place(s.platform(), s.chatId()),
                "INSERT INTO subscription (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)",
                s.platform().id(),
                s.chatId(),
                s.kind().id(),
                s.botAccount(),
                s.createdBy(),
                s.createdAt(),
                millis(s.brokenSince()));
    }

    /** Unsubscribes the place from this kind; false if it was not subscribed. */
    public boolean remove(Platform platform, String chatId, SubscriptionKind kind) {
        return sql.update(
                        "remove the " + kind.id() + " subscription of " + place(platform, chatId),
                        "DELETE FROM subscription WHERE platform = ? AND chat_id = ? AND kind = ?",
                        platform.id(),
                        chatId,
                        kind.id())
                > 0;
    }

    /** Every subscription of this kind, broken ones included, by platform and chat id. */
    public List<Subscription> byKind(SubscriptionKind kind) {
        return sql.list(
                "read the " + kind.id() + " subscriptions",
                "SELECT " + COLUMNS + " FROM subscription WHERE kind = ? ORDER BY platform, chat_id",
                Subscriptions::read,
                kind.id());
    }

    /** The subscriptions of one place, by kind. */
    public List<Subscription> forChat(Platform platform, String chatId) {
        return sql.list(
                "read the subscriptions of " + place(platform, chatId),
                "SELECT " + COLUMNS + " FROM subscription WHERE platform = ? AND chat_id = ? ORDER BY kind",
                Subscriptions::read,
                platform.id(),
                chatId);
    }

    /**
     * Notes that the place cannot be reached, for all its subscriptions. A place already
     * marked keeps its first {@code since}.
     */
    public void markBroken(Platform platform, String chatId, Instant since) {
        Objects.requireNonNull(since, "since");
        sql.update(
                "mark " + place(platform, chatId) + " broken",
                "UPDATE subscription SET broken_since = ? WHERE platform = ? AND chat_id = ? AND broken_since IS NULL",
                since,
                platform.id(),
                chatId);
    }

    /** Notes that the place can be reached again. */
    public void markWorking(Platform platform, String chatId) {
        sql.update(
                "mark " + place(platform, chatId) + " working",
                "UPDATE subscription SET broken_since = NULL"
                        + " WHERE platform = ? AND chat_id = ? AND broken_since IS NOT NULL",
                platform.id(),
                chatId);
    }

    private static Subscription read(ResultSet row) throws SQLException {
        return new Subscription(
                Platform.fromId(row.getString("platform")),
                row.getString("chat_id"),
                SubscriptionKind.fromId(row.getString("kind")),
                row.getString("bot_account"),
                row.getString("created_by"),
                getInstant(row, "created_at"),
                getInstant(row, "broken_since"));
    }

    private static String place(Platform platform, String chatId) {
        return platform.id() + ":" + chatId;
    }
}
