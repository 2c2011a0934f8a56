package org.chmlfrp.bot.core.store;

import java.time.Instant;
import java.util.Objects;
import org.chmlfrp.bot.core.chat.Platform;

/**
 * A group or channel that receives a kind of broadcast.
 *
 * @param chatId      the group number or channel id
 * @param botAccount  the QQ self_id the subscription was made through, so it is delivered
 *                    through the same bot account; null where the platform has only one
 * @param createdBy   the user id of whoever subscribed
 * @param brokenSince when delivery to this place began to fail; null while it works
 */
public record Subscription(
        Platform platform,
        String chatId,
        SubscriptionKind kind,
        String botAccount,
        String createdBy,
        Instant createdAt,
        Instant brokenSince) {

    public Subscription {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(chatId, "chatId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
        if (chatId.isBlank()) {
            throw new IllegalArgumentException("chatId must not be blank");
        }
    }

    /** A new, working subscription. */
    public static Subscription of(
            Platform platform,
            String chatId,
            SubscriptionKind kind,
            String botAccount,
            String createdBy,
            Instant createdAt) {
        return new Subscription(platform, chatId, kind, botAccount, createdBy, createdAt, null);
    }

    public boolean broken() {
        return brokenSince != null;
    }
}
