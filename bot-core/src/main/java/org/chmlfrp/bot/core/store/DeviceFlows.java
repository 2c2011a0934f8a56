package org.chmlfrp.bot.core.store;

import static org.chmlfrp.bot.core.store.SqlRunner.getInstant;
import static org.chmlfrp.bot.core.store.SqlRunner.setInstant;
import static org.chmlfrp.bot.core.store.SqlRunner.setNullableString;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.chmlfrp.bot.core.chat.BotLocale;
import org.chmlfrp.bot.core.chat.ChatIdentity;
import org.chmlfrp.bot.core.chat.Platform;
import org.chmlfrp.bot.core.store.SqlRunner.Detail;

/**
 * Device-code logins in progress, one per chat identity, the device code sealed by
 * {@link TokenCipher}. They outlive a restart so that polling resumes.
 */
@Singleton
public final class DeviceFlows {
    private static final String COLUMNS = "platform, user_id, bot_account, locale, sealed_device_code, user_code,"
            + " interval_seconds, expires_at, started_at";

    private final SqlRunner sql;
    private final TokenCipher cipher;

    @Inject
    public DeviceFlows(Database database, TokenCipher cipher) {
        this.sql = new SqlRunner(Objects.requireNonNull(database, "database"));
        this.cipher = Objects.requireNonNull(cipher, "cipher");
    }

    /** Stores the flow, replacing the identity's earlier one. */
    public void save(DeviceFlow flow) {
        remove(flow.identity());
        String sealed = cipher.seal(flow.deviceCode());
        String what = "save the device login of " + flow.identity();
        boolean inserted = sql.insertIfAbsent(
                what,
                Detail.WITHOUT_CAUSE,
                "INSERT INTO oauth_device_flow (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                statement -> {
                    statement.setString(1, flow.identity().platform().id());
                    statement.setString(2, flow.identity().userId());
                    setNullableString(statement, 3, flow.botAccount());
                    statement.setString(4, flow.locale().tag());
                    statement.setString(5, sealed);
                    statement.setString(6, flow.userCode());
                    statement.setInt(7, (int) flow.interval().toSeconds());
                    setInstant(statement, 8, flow.expiresAt());
                    setInstant(statement, 9, flow.startedAt());
                });
        if (!inserted) {
            throw new StoreException("could not " + what + ": another one was saved at the same time");
        }
    }

    /** Changes the polling interval of the identity's flow (after a {@code slow_down}). */
    public void updateInterval(ChatIdentity identity, Duration interval) {
        sql.update(
                "update the device login of " + identity,
                Detail.WITH_CAUSE,
                "UPDATE oauth_device_flow SET interval_seconds = ? WHERE platform = ? AND user_id = ?",
                statement -> {
                    statement.setInt(1, (int) interval.toSeconds());
                    statement.setString(2, identity.platform().id());
                    statement.setString(3, identity.userId());
                });
    }

    public Optional<DeviceFlow> find(ChatIdentity identity) {
        return sql.one(
                "read the device login of " + identity,
                "SELECT " + COLUMNS + " FROM oauth_device_flow WHERE platform = ? AND user_id = ?",
                statement -> {
                    statement.setString(1, identity.platform().id());
                    statement.setString(2, identity.userId());
                },
                this::read);
    }

    /** Ends the identity's flow; false if it had none. */
    public boolean remove(ChatIdentity identity) {
        return sql.update(
                        "remove the device login of " + identity,
                        Detail.WITH_CAUSE,
                        "DELETE FROM oauth_device_flow WHERE platform = ? AND user_id = ?",
                        statement -> {
                            statement.setString(1, identity.platform().id());
                            statement.setString(2, identity.userId());
                        })
                > 0;
    }

    /** Every flow in progress. */
    public List<DeviceFlow> all() {
        return sql.list(
                "read the device logins",
                "SELECT " + COLUMNS + " FROM oauth_device_flow ORDER BY expires_at",
                SqlRunner.none(),
                this::read);
    }

    private DeviceFlow read(ResultSet row) throws SQLException {
        ChatIdentity identity = new ChatIdentity(Platform.fromId(row.getString("platform")), row.getString("user_id"));
        return new DeviceFlow(
                identity,
                row.getString("bot_account"),
                BotLocale.fromConfig(row.getString("locale")).orElse(BotLocale.ZH_CN),
                cipher.open(row.getString("sealed_device_code")),
                row.getString("user_code"),
                Duration.ofSeconds(row.getInt("interval_seconds")),
                getInstant(row, "expires_at"),
                getInstant(row, "started_at"));
    }
}
