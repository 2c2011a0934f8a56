package org.chmlfrp.bot.core.chat;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which of the bot's own chat accounts are offline right now, as their adapters report it
 * (a QQ account logged out while its OneBot connection stays up, say): adapters call
 * {@link #offline} and {@link #online}, {@code help} shows bot admins what is wrong. One per
 * bot; thread-safe.
 */
@Singleton
public final class ConnectionHealth {
    /** A bot account that is offline: since when, and why as the platform put it ("" when it did not say). */
    public record Outage(ChatIdentity account, Instant since, String reason) {
        public Outage {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(since, "since");
            reason = reason == null ? "" : reason;
        }
    }

    private final Clock clock;
    private final Map<ChatIdentity, Outage> outages = new ConcurrentHashMap<>();

    @Inject
    public ConnectionHealth(Clock clock) {
        this.clock = clock;
    }

    /**
     * Marks the account offline from now, unless it already is (then its first report stands).
     *
     * @return true when this is news (the caller logs the change once)
     */
    public boolean offline(ChatIdentity account, String reason) {
        Outage fresh = new Outage(account, clock.instant(), reason);
        return outages.putIfAbsent(account, fresh) == null;
    }

    /** @return true when the account had been offline */
    public boolean online(ChatIdentity account) {
        return outages.remove(account) != null;
    }

    /** The accounts offline now, longest first. */
    public List<Outage> outages() {
        return outages.values().stream()
                .sorted(Comparator.comparing(Outage::since))
                .toList();
    }
}
