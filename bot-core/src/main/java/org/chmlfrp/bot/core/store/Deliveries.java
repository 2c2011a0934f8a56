package org.chmlfrp.bot.core.store;

import static org.chmlfrp.bot.core.store.SqlRunner.getInstant;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.chmlfrp.bot.core.chat.ChatPlace;
import org.chmlfrp.bot.core.chat.Platform;

/**
 * The broadcast outbox in the database: a message ({@code outbox_message}, its body once) and
 * one {@code outbox_delivery} row per place. Rows are written in the same transaction as the
 * state that produced them, fenced by the writer's {@link LeaderLeases lease}; they are sent
 * in id order per lane (platform and bot account), each claimed by one instance for a while
 * ({@link #claimNext}) and marked done with its outcome ({@link #finish}). A claim whose
 * instance died is taken again once it ends, so nothing queued is lost.
 */
public final class Deliveries {

    /** Rows per JDBC batch when queueing. */
    static final int BATCH = 500;

    /**
     * What a send's result changes, kept with the row (a callback could not survive a restart); stored as
     * {@code place}, {@code broken-place}, {@code none}.
     */
    public enum FollowUp {
        /** A subscribed place that worked when queued: a failure marks it broken. */
        PLACE,
        /** A subscribed place that was broken when queued (its hourly retry): a success marks it working. */
        BROKEN_PLACE,
        /** A private message: a failure is only logged. */
        NONE;

        static FollowUp fromId(String id) {
            return Arrays.stream(values())
                    .filter(f -> idOf(f).equals(id))
                    .findFirst()
                    .orElseThrow(() -> new StoreException("unknown outbox follow-up " + id));
        }
    }

    /** How a send ended; stored as {@code delivered}, {@code failed}, {@code no-adapter}. */
    public enum Outcome {
        DELIVERED,
        FAILED,
        NO_ADAPTER
    }

    /** A place to queue a message for. */
    public record Recipient(ChatPlace place, FollowUp followUp) {
        public Recipient {
            Objects.requireNonNull(place, "place");
            Objects.requireNonNull(followUp, "followUp");
        }
    }

    /** The lease a writer or sender must hold: {@code name} held by {@code holder}. */
    public record Lease(String name, String holder) {}

    /** A delivery this instance has claimed and now sends. */
    public record Claimed(long id, long messageId, Recipient recipient, int attempts, Instant queuedAt) {}

    private static final String PENDING = "sent_at IS NULL";

    private final SqlRunner sql;

    @Inject
    public Deliveries(Database database) {
        this.sql = new SqlRunner(database);
    }

    /** How a {@link FollowUp} or {@link Outcome} is stored. */
    private static String idOf(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The lane of a place: its platform and bot account. */
    public static String laneOf(ChatPlace place) {
        return place.platform().id() + ":" + (place.botAccount() == null ? "" : place.botAccount());
    }

    /**
     * Queues {@code body} for every recipient, and applies {@code change}, in one transaction
     * that commits only while {@code lease} is held and the change still applies. False, and
     * nothing written, otherwise (another instance leads now, or did this already).
     */
    public boolean queue(
            Lease lease, Instant now, String body, List<Recipient> recipients, Optional<StateChange> change) {
        Objects.requireNonNull(body, "body");
        return sql.transaction("queue a broadcast for " + recipients.size() + " places", connection -> {
            if (!LeaderLeases.stillHeld(connection, lease.name(), lease.holder(), now)) {
                return false;
            }
            if (change.isPresent() && !BroadcastState.apply(connection, change.get(), now)) {
                return false;
            }
            if (!recipients.isEmpty()) {
                insertDeliveries(connection, insertMessage(connection, body, now), recipients, now);
            }
            return true;
        });
    }

    private static long insertMessage(Connection connection, String body, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO outbox_message (body, created_at) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            SqlRunner.bind(insert, body, now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no id generated for the outbox message");
                }
                return keys.getLong(1);
            }
        }
    }

    private static void insertDeliveries(Connection connection, long messageId, List<Recipient> recipients, Instant now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO outbox_delivery (message_id, lane, platform, place_kind, chat_id, bot_account, follow_up,"
                        + " created_at, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            for (int i = 0; i < recipients.size(); i++) {
                Recipient r = recipients.get(i);
                ChatPlace place = r.place();
                SqlRunner.bind(
                        insert,
                        messageId,
                        laneOf(place),
                        place.platform().id(),
                        place.isPrivate() ? "private" : "group",
                        place.id(),
                        place.botAccount(),
                        idOf(r.followUp()),
                        now);
                insert.addBatch();
                if ((i + 1) % BATCH == 0 || i == recipients.size() - 1) {
                    insert.executeBatch();
                }
            }
        }
    }

    /** The lanes that have messages not sent yet. */
    public List<String> pendingLanes() {
        return sql.list(
                "read the outbox lanes",
                "SELECT DISTINCT lane FROM outbox_delivery WHERE " + PENDING,
                row -> row.getString(1));
    }

    /** Messages not sent yet, claimed or not. */
    public int pending() {
        return sql.count("count the outbox", "SELECT COUNT(*) FROM outbox_delivery WHERE " + PENDING);
    }

    /** When the oldest message not sent yet was queued; empty when none waits. */
    public Optional<Instant> oldestPendingSince() {
        return sql.one(
                        "read the outbox's oldest message",
                        "SELECT COALESCE(MIN(created_at), -1) FROM outbox_delivery WHERE " + PENDING,
                        row -> row.getLong(1))
                .filter(millis -> millis >= 0)
                .map(Instant::ofEpochMilli);
    }

    /**
     * Claims the oldest unsent message of {@code lane} that {@code lease}'s holder has not
     * claimed already, until {@code now + ttl}. Empty when there is none, when that message is
     * claimed by another instance whose claim has not ended (the lane waits: order is kept), or
     * when the lease is no longer held. A message is claimed again only after its claim ended
     * unfinished.
     */
    public Optional<Claimed> claimNext(String lane, Lease lease, Instant now, Duration ttl) {
        record Head(Claimed claimed, Instant claimedUntil) {}
        Optional<Head> head = sql.one(
                "read the next message of lane " + lane,
                "SELECT id, message_id, platform, place_kind, chat_id, bot_account, follow_up, attempts, claimed_until,"
                        + " created_at"
                        + " FROM outbox_delivery WHERE lane = ? AND " + PENDING
                        + " AND (claimed_by IS NULL OR claimed_by <> ? OR claimed_until IS NULL OR claimed_until <= ?)"
                        // ordered as ix_outbox_delivery_lane, so the planner walks that index (not the
                        // primary key past every row already sent): the cost stays flat as rows pile up
                        + " ORDER BY lane, sent_at, id FETCH FIRST 1 ROWS ONLY",
                row -> new Head(
                        new Claimed(
                                row.getLong("id"),
                                row.getLong("message_id"),
                                recipient(row),
                                row.getInt("attempts") + 1,
                                getInstant(row, "created_at")),
                        getInstant(row, "claimed_until")),
                lane,
                lease.holder(),
                now);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Head h = head.get();
        if (h.claimedUntil() != null && h.claimedUntil().isAfter(now)) {
            return Optional.empty();
        }
        int claimed = sql.update(
                "claim an outbox message",
                "UPDATE outbox_delivery SET claimed_by = ?, claimed_until = ?, attempts = attempts + 1"
                        + " WHERE id = ? AND " + PENDING + " AND (claimed_until IS NULL OR claimed_until <= ?)"
                        + " AND EXISTS (SELECT 1 FROM leader_lease"
                        + " WHERE name = ? AND holder = ? AND expires_at > ?)",
                lease.holder(),
                now.plus(ttl),
                h.claimed().id(),
                now,
                lease.name(),
                lease.holder(),
                now);
        return claimed == 1 ? Optional.of(h.claimed()) : Optional.empty();
    }

    private static Recipient recipient(ResultSet row) throws SQLException {
        Platform platform = Platform.fromId(row.getString("platform"));
        String chatId = row.getString("chat_id");
        String bot = row.getString("bot_account");
        ChatPlace place = "private".equals(row.getString("place_kind"))
                ? new ChatPlace.Private(platform, chatId, bot)
                : new ChatPlace.Group(platform, chatId, bot);
        return new Recipient(place, FollowUp.fromId(row.getString("follow_up")));
    }

    /** The body of a queued message. */
    public Optional<String> body(long messageId) {
        return sql.one(
                "read an outbox message",
                "SELECT body FROM outbox_message WHERE id = ?",
                row -> row.getString(1),
                messageId);
    }

    /**
     * Marks a claimed message done; false if {@code holder} no longer had the claim (it ended
     * and another instance took the message: it may then be sent twice — see the README).
     */
    public boolean finish(long id, String holder, Instant now, Outcome outcome) {
        return sql.update(
                        "mark an outbox message sent",
                        "UPDATE outbox_delivery SET sent_at = ?, outcome = ?, claimed_until = NULL"
                                + " WHERE id = ? AND claimed_by = ? AND " + PENDING,
                        now,
                        idOf(outcome),
                        id,
                        holder)
                == 1;
    }

    /** Deletes what was sent before {@code cutoff} and the messages left without deliveries; rows deleted. */
    public int purgeSentBefore(Instant cutoff) {
        int deliveries = sql.update("purge the outbox", "DELETE FROM outbox_delivery WHERE sent_at < ?", cutoff);
        int messages = sql.update(
                "purge the outbox",
                "DELETE FROM outbox_message WHERE created_at < ? AND NOT EXISTS"
                        + " (SELECT 1 FROM outbox_delivery d WHERE d.message_id = outbox_message.id)",
                cutoff);
        return deliveries + messages;
    }
}
