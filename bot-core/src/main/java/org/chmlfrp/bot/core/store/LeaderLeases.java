package org.chmlfrp.bot.core.store;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Leases that make one instance among several on the same database the holder of a role (the
 * broadcasts): a {@code leader_lease} row names its holder and when the lease ends. The holder
 * renews it before then; anyone may take it once it has ended. Each take or renewal is one
 * conditional statement, so two instances never both succeed. Times come from the instances'
 * clocks: keep their hosts' clocks in sync (NTP).
 */
public final class LeaderLeases {

    private final SqlRunner sql;

    @Inject
    public LeaderLeases(Database database) {
        this.sql = new SqlRunner(database);
    }

    /**
     * Takes or renews lease {@code name} for {@code holder} until {@code now + ttl}; true if
     * {@code holder} now holds it, false if another holder's lease has not ended.
     */
    public boolean tryHold(String name, String holder, Instant now, Duration ttl) {
        Instant until = now.plus(ttl);
        String what = "take the " + name + " lease";
        return sql.update(
                                what,
                                "UPDATE leader_lease SET holder = ?, expires_at = ?"
                                        + " WHERE name = ? AND (holder = ? OR expires_at <= ?)",
                                holder,
                                until,
                                name,
                                holder,
                                now)
                        > 0
                || sql.insertIfAbsent(
                        what,
                        "INSERT INTO leader_lease (name, holder, expires_at) VALUES (?, ?, ?)",
                        name,
                        holder,
                        until);
    }

    /** Ends {@code holder}'s lease now (on a clean stop), so another instance takes it at once. */
    public void release(String name, String holder) {
        sql.update(
                "release the " + name + " lease",
                "UPDATE leader_lease SET expires_at = 0 WHERE name = ? AND holder = ?",
                name,
                holder);
    }

    /** Who holds the lease at {@code now}, if anyone. */
    public Optional<String> holder(String name, Instant now) {
        return sql.one(
                "read the " + name + " lease",
                "SELECT holder FROM leader_lease WHERE name = ? AND expires_at > ?",
                row -> row.getString(1),
                name,
                now);
    }

    /**
     * Within a transaction: whether {@code holder} still holds the lease at {@code now}. On
     * PostgreSQL and H2 the row stays locked until the transaction ends, so nobody takes the
     * lease over between this check and the commit: writes fenced by it come from the holder only.
     */
    static boolean stillHeld(Connection connection, String name, String holder, Instant now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT holder FROM leader_lease WHERE name = ? AND holder = ? AND expires_at > ? FOR UPDATE")) {
            SqlRunner.bind(statement, name, holder, now);
            try (ResultSet row = statement.executeQuery()) {
                return row.next();
            }
        }
    }
}
