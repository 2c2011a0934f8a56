package org.chmlfrp.bot.core.store;

import java.time.Instant;
import java.util.Objects;
import org.chmlfrp.bot.core.chat.ChatIdentity;

/**
 * A user who gets a private message when one of their tunnels goes offline or back online.
 *
 * @param botAccount    the QQ self_id the watch was started through; null elsewhere
 * @param stoppedReason why the bot stopped the watch on its own (link removed, messages
 *                      undeliverable); null while it is active
 */
public record Watch(ChatIdentity identity, String botAccount, Instant createdAt, String stoppedReason) {

    public Watch {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A new, active watch. */
    public static Watch of(ChatIdentity identity, String botAccount, Instant createdAt) {
        return new Watch(identity, botAccount, createdAt, null);
    }

    public boolean active() {
        return stoppedReason == null;
    }
}
