package org.chmlfrp.bot.core.broadcast;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.chmlfrp.bot.core.chat.ChatPlace;
import org.chmlfrp.bot.core.chat.Platform;
import org.chmlfrp.bot.core.store.Deliveries.FollowUp;
import org.chmlfrp.bot.core.store.Deliveries.Recipient;
import org.chmlfrp.bot.core.store.Subscription;
import org.chmlfrp.bot.core.store.SubscriptionKind;
import org.chmlfrp.bot.core.store.Subscriptions;
import org.chmlfrp.bot.core.support.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Subscribed places the bot cannot reach. A send that fails marks the place broken in the
 * store ({@link Subscriptions#markBroken}) and logs it once. A broken place is skipped, except
 * that it gets one retry an hour: the first broadcast due for it at least {@link #RETRY_EVERY}
 * after it broke (or after its last retry) is sent. When a send succeeds the place is marked
 * working again ({@link Subscriptions#markWorking}) and gets every broadcast from then on.
 */
@Singleton
final class BrokenPlaces {
    static final Duration RETRY_EVERY = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(BrokenPlaces.class);

    private record PlaceKey(Platform platform, String chatId) {}

    private final Subscriptions subscriptions;
    private final Clock clock;
    private final Map<PlaceKey, Instant> lastRetry = new ConcurrentHashMap<>();
    /** Places this run marked broken (and logged): a place with two kinds is logged once. */
    private final Set<PlaceKey> markedHere = ConcurrentHashMap.newKeySet();

    @Inject
    BrokenPlaces(Subscriptions subscriptions, Clock clock) {
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    /** Whether to send to this subscription now: always while it works; once an hour while broken. */
    private boolean shouldSend(Subscription s) {
        if (!s.broken()) {
            return true;
        }
        PlaceKey key = new PlaceKey(s.platform(), s.chatId());
        Instant now = clock.instant();
        Instant last = lastRetry.getOrDefault(key, s.brokenSince());
        if (now.isBefore(last.plus(RETRY_EVERY))) {
            return false;
        }
        lastRetry.put(key, now);
        return true;
    }

    /**
     * The places subscribed to {@code kind} to send to now ({@link #shouldSend}), as outbox
     * recipients: each group/channel through the bot account it was subscribed through.
     */
    List<Recipient> recipients(SubscriptionKind kind) {
        return subscriptions.byKind(kind).stream()
                .filter(this::shouldSend)
                .map(s -> new Recipient(
                        new ChatPlace.Group(s.platform(), s.chatId(), s.botAccount()),
                        s.broken() ? FollowUp.BROKEN_PLACE : FollowUp.PLACE))
                .toList();
    }

    /** Records the result of a send (null: delivered) as the recipient's follow-up says. */
    void onResult(Recipient recipient, Throwable failure) {
        ChatPlace place = recipient.place();
        if (recipient.followUp() == FollowUp.NONE) {
            if (failure != null) {
                log.warn("broadcast message to {} could not be delivered: {}", place, rootMessage(failure));
            }
            return;
        }
        boolean wasBroken = recipient.followUp() == FollowUp.BROKEN_PLACE;
        PlaceKey key = new PlaceKey(place.platform(), place.id());
        if (failure == null) {
            delivered(key, wasBroken);
        } else {
            failed(key, wasBroken, failure);
        }
    }

    private void delivered(PlaceKey key, boolean wasBroken) {
        lastRetry.remove(key);
        if (markedHere.remove(key) | wasBroken) {
            subscriptions.markWorking(key.platform(), key.chatId());
            log.info("broadcast place {}:{} is reachable again", key.platform().id(), key.chatId());
        }
    }

    private void failed(PlaceKey key, boolean wasBroken, Throwable failure) {
        if (wasBroken) {
            log.debug("broadcast place {}:{} still unreachable", key.platform().id(), key.chatId());
            return;
        }
        Instant now = clock.instant();
        lastRetry.putIfAbsent(key, now);
        subscriptions.markBroken(key.platform(), key.chatId(), now);
        if (!markedHere.add(key)) {
            return;
        }
        log.warn(
                "broadcast place {}:{} cannot be reached; skipping it, retrying once an hour: {}",
                key.platform().id(),
                key.chatId(),
                rootMessage(failure));
    }

    private static String rootMessage(Throwable t) {
        Throwable c = Failures.rootCause(t);
        return c.getClass().getSimpleName() + (c.getMessage() == null ? "" : ": " + c.getMessage());
    }
}
