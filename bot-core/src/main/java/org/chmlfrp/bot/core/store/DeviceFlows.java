package org.chmlfrp.bot.core.store;

import static org.chmlfrp.bot.core.store.SqlRunner.getInstant;
import static org.chmlfrp.bot.core.store.SqlRunner.identity;

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
        this.sql = new SqlRunner(database);
        this.cipher = Objects.requireNonNull(cipher, "cipher");
    }

    /** Stores the flow, replacing the identity's earlier one. */
    public void save(DeviceFlow flow) {
        remove(flow.identity());
        String what = "save the device login of " + flow.identity();
        boolean inserted = sql.insertIfAbsent(
                what,
                "INSERT INTO oauth_device_flow (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                flow.identity(),
                flow.botAccount(),
                flow.locale().tag(),
                SqlRunner.secret(cipher.seal(flow.deviceCode())),
                flow.userCode(),
                (int) flow.interval().toSeconds(),
                flow.expiresAt(),
                flow.startedAt());
        if (!inserted) {
            throw new StoreException("could not " + what + ": another one was saved at the same time");
        }
    }

    /** Changes the polling interval of the identity's flow (after a {@code slow_down}). */
    public void updateInterval(ChatIdentity identity, Duration interval) {
        sql.update(
                "update the device login of " + identity,
                "UPDATE oauth_device_flow SET interval_seconds = ? WHERE platform = ? AND user_id = ?",
                (int) interval.toSeconds(),
                identity);
    }

    public Optional<DeviceFlow> find(ChatIdentity identity) {
        return sql.findByIdentity(
                "read the device login of " + identity, "oauth_device_flow", COLUMNS, this::read, identity);
    }

    /** Ends the identity's flow; false if it had none. */
    public boolean remove(ChatIdentity identity) {
        return sql.deleteByIdentity("remove the device login of " + identity, "oauth_device_flow", identity);
    }

    /** Every flow in progress. */
    public List<DeviceFlow> all() {
        return sql.list(
                "read the device logins",
                "SELECT " + COLUMNS + " FROM oauth_device_flow ORDER BY expires_at",
                this::read);
    }

    private DeviceFlow read(ResultSet row) throws SQLException {
        return new DeviceFlow(
                identity(row),
                row.getString("bot_account"),
                BotLocale.fromConfig(row.getString("locale")).orElse(BotLocale.ZH_CN),
                cipher.open(row.getString("sealed_device_code")),
                row.getString("user_code"),
                Duration.ofSeconds(row.getInt("interval_seconds")),
                getInstant(row, "expires_at"),
                getInstant(row, "started_at"));
    }
}
