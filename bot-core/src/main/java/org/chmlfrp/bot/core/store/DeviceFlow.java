package org.chmlfrp.bot.core.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.chmlfrp.bot.core.chat.BotLocale;
import org.chmlfrp.bot.core.chat.ChatIdentity;

/**
 * A QZhua device-code login in progress for one chat identity. {@code toString()} hides the device code.
 *
 * @param botAccount the bot account the user talked to (QQ self_id), or null
 * @param interval   how long to wait between two polls
 */
public record DeviceFlow(
        ChatIdentity identity,
        String botAccount,
        BotLocale locale,
        String deviceCode,
        String userCode,
        Duration interval,
        Instant expiresAt,
        Instant startedAt) {
    public DeviceFlow {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(deviceCode, "deviceCode");
        Objects.requireNonNull(userCode, "userCode");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    public DeviceFlow withInterval(Duration longer) {
        return new DeviceFlow(identity, botAccount, locale, deviceCode, userCode, longer, expiresAt, startedAt);
    }

    @Override
    public String toString() {
        return "DeviceFlow[" + identity + ", userCode=" + userCode + ", deviceCode=***, interval=" + interval
                + ", expiresAt=" + expiresAt + "]";
    }
}
