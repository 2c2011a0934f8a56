package org.chmlfrp.bot.core.broadcast;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.chmlfrp.bot.core.chat.ChatIdentity;
import org.chmlfrp.bot.core.chat.ChatPlace;
import org.chmlfrp.bot.core.chat.ChatSink;
import org.chmlfrp.bot.core.chat.Platform;
import org.chmlfrp.bot.core.command.RateLimit;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.core.store.Deliveries;
import org.chmlfrp.bot.core.store.Deliveries.Claimed;
import org.chmlfrp.bot.core.store.Deliveries.FollowUp;
import org.chmlfrp.bot.core.store.Deliveries.Outcome;
import org.chmlfrp.bot.core.store.Deliveries.Recipient;
import org.chmlfrp.bot.core.store.StateChange;
import org.chmlfrp.bot.core.store.StoreException;
import org.chmlfrp.bot.core.store.SubscriptionKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Broadcast messages waiting for their turn, kept in the database ({@link Deliveries}) so that
 * whichever instance leads sends each exactly once. One lane per bot account — platform and QQ
 * self_id — drained in order at {@code broadcast.send-rate}: at most one message per send
 * interval per lane, so a thousand groups served through one QQ account never burst.
 *
 * <ul>
 *   <li>{@link #queue} writes the message once and a row per place in one transaction, together
 *       with the state change that produced it, only while this instance holds the lease.</li>
 *   <li>{@link #runDue} (leader only) claims the next message of each lane whose turn has come —
 *       one at a time, so at most one per lane is in the air — sends it, marks it done with its
 *       outcome, then applies its follow-up (broken places: {@link BrokenPlaces}).</li>
 *   <li>A message claimed by an instance that died is claimed again when the claim ends
 *       ({@link Leadership#ttl()}). If that instance had sent it and died before marking it done
 *       (a window of one database round trip), it is sent a second time.</li>
 * </ul>
 */
@Singleton
final class Outbox implements BroadcastJob {
    /** Sent rows are kept this long (for inspection), then purged. */
    static final Duration KEEP_SENT = Duration.ofDays(1);
    /** With an unlimited send rate, the most messages one lane sends per tick. */
    static final int UNLIMITED_BURST = 64;

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final Map<Platform, ChatSink> sinks = new EnumMap<>(Platform.class);
    private final Deliveries deliveries;
    private final Leadership leadership;
    private final BrokenPlaces broken;
    private final BroadcastJson json;
    private final Clock clock;
    private final Duration interval;
    private final Duration rereadLanesEvery;
    /** Lanes with messages, and when each may send next. */
    private final Map<String, Instant> lanes = new LinkedHashMap<>();
    /** Lanes with a send in the air. */
    private final Set<String> busy = ConcurrentHashMap.newKeySet();
    /** Decoded bodies of the messages being fanned out (one body, thousands of places). */
    private final Cache<Long, Reply> bodies =
            Caffeine.newBuilder().maximumSize(8).build();

    private final Set<Platform> reportedMissingSink = EnumSet.noneOf(Platform.class);
    private boolean lanesStale = true;
    private Instant nextLaneRead = Instant.MIN;

    private final Timer lag;

    @Inject
    Outbox(
            Set<ChatSink> sinks,
            BroadcastSettings settings,
            Deliveries deliveries,
            Leadership leadership,
            BrokenPlaces broken,
            BroadcastJson json,
            Clock clock,
            MeterRegistry registry) {
        for (ChatSink sink : sinks) {
            this.sinks.putIfAbsent(sink.platform(), sink);
        }
        this.deliveries = deliveries;
        this.leadership = leadership;
        this.broken = broken;
        this.json = json;
        this.clock = clock;
        this.interval = sendInterval(settings.sendRate());
        this.rereadLanesEvery = settings.pollInterval();
        this.lag = Timer.builder("chmlbot.broadcast.lag")
                .description("Time a broadcast message waited in the outbox before it was sent")
                .register(registry);
        Gauge.builder("chmlbot.broadcast.outbox.depth", this, Outbox::pending)
                .description("Broadcast messages waiting in the outbox, queued by any instance")
                .register(registry);
        Gauge.builder("chmlbot.broadcast.outbox.oldest", this, Outbox::oldestAgeSeconds)
                .description("Age of the oldest broadcast message waiting, 0 when none waits")
                .baseUnit("seconds")
                .register(registry);
    }

    /** The pause between two sends of one bot account; zero when the rate is unlimited. */
    static Duration sendInterval(RateLimit rate) {
        return rate.unlimited() ? Duration.ZERO : rate.window().dividedBy(rate.count());
    }

    /**
     * Queues {@code reply} for every recipient, committed together with {@code change}. False,
     * and nothing queued, when this instance does not hold the lease or the change no longer
     * applies (another instance got there first).
     */
    private boolean queue(Reply reply, List<Recipient> recipients, Optional<StateChange> change) {
        boolean queued = deliveries.queue(leadership.lease(), clock.instant(), json.write(reply), recipients, change);
        if (queued && !recipients.isEmpty()) {
            synchronized (this) {
                lanesStale = true;
            }
        }
        return queued;
    }

    /**
     * Queues {@code reply} for the places subscribed to {@code kind} that get broadcasts now
     * ({@link BrokenPlaces}), committed together with {@code change}, and logs to {@code log}
     * whether {@code what} was queued. False as for {@link #queue}.
     */
    boolean queueForSubscribers(SubscriptionKind kind, Reply reply, StateChange change, Logger log, String what) {
        List<Recipient> to = broken.recipients(kind);
        boolean queued = queue(reply, to, Optional.of(change));
        if (queued) {
            log.info("{} queued for {} places", what, to.size());
        } else {
            log.info("{} not queued here: another instance leads or queued it", what);
        }
        return queued;
    }

    /** Queues {@code reply} for a private chat with {@code who} through the bot account {@code botAccount}. */
    boolean queuePrivate(ChatIdentity who, String botAccount, Reply reply) {
        ChatPlace place = new ChatPlace.Private(who.platform(), who.userId(), botAccount);
        return queue(reply, List.of(new Recipient(place, FollowUp.NONE)), Optional.empty());
    }

    /** Messages queued and not yet sent, by any instance. */
    int pending() {
        return deliveries.pending();
    }

    /** Forgets the lanes (after a change of leader: the database says what is pending). */
    synchronized void reset() {
        lanes.clear();
        lanesStale = true;
    }

    /** Seconds the oldest waiting message has waited; one look per lane (bot account), not per message. */
    double oldestAgeSeconds() {
        Instant now = clock.instant();
        return deliveries
                .oldestPendingSince()
                .map(at -> Duration.between(at, now).toMillis() / 1000.0)
                .orElse(0.0);
    }

    /**
     * Sends, per lane, the next message if its turn has come (up to {@value #UNLIMITED_BURST} if
     * the rate is unlimited). The future completes once those sends finished and were recorded.
     */
    @Override
    public CompletableFuture<Void> runDue(Instant now) {
        return CompletableFuture.allOf(claimDue(now).entrySet().stream()
                .map(lane -> send(lane.getKey(), lane.getValue()))
                .toArray(CompletableFuture[]::new));
    }

    /** Sends one lane's claimed messages; the lane is free again once all were sent and recorded. */
    private CompletableFuture<Void> send(String lane, List<Claimed> claimed) {
        return CompletableFuture.allOf(claimed.stream().map(this::send).toArray(CompletableFuture[]::new))
                .whenComplete((v, e) -> busy.remove(lane));
    }

    private synchronized Map<String, List<Claimed>> claimDue(Instant now) {
        if (lanesStale || !now.isBefore(nextLaneRead)) {
            lanesStale = false;
            nextLaneRead = now.plus(rereadLanesEvery);
            for (String lane : deliveries.pendingLanes()) {
                lanes.putIfAbsent(lane, Instant.MIN);
            }
            deliveries.purgeSentBefore(now.minus(KEEP_SENT));
        }
        Map<String, List<Claimed>> due = new LinkedHashMap<>();
        int burst = interval.isZero() ? UNLIMITED_BURST : 1;
        for (Iterator<Map.Entry<String, Instant>> it = lanes.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Instant> lane = it.next();
            if (busy.contains(lane.getKey()) || now.isBefore(lane.getValue())) {
                continue;
            }
            List<Claimed> claimed = new ArrayList<>();
            while (claimed.size() < burst) {
                Optional<Claimed> next = deliveries.claimNext(lane.getKey(), leadership.lease(), now, leadership.ttl());
                if (next.isEmpty()) {
                    break;
                }
                claimed.add(next.get());
            }
            if (claimed.isEmpty()) {
                it.remove();
                continue;
            }
            busy.add(lane.getKey());
            lane.setValue(now.plus(interval));
            due.put(lane.getKey(), claimed);
        }
        return due;
    }

    private CompletableFuture<Void> send(Claimed c) {
        if (c.queuedAt() != null) {
            lag.record(Duration.between(c.queuedAt(), clock.instant()).abs());
        }
        ChatPlace place = c.recipient().place();
        ChatSink sink = sinks.get(place.platform());
        if (sink == null) {
            // no adapter for that platform in this run: not the place's fault, so not "broken"
            synchronized (reportedMissingSink) {
                if (reportedMissingSink.add(place.platform())) {
                    log.warn(
                            "broadcast for {} not sent: no {} adapter is running",
                            place,
                            place.platform().id());
                }
            }
            finish(c, Outcome.NO_ADAPTER);
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> sent;
        try {
            Reply reply = bodies.get(
                    c.messageId(),
                    id -> json.readReply(deliveries
                            .body(id)
                            .orElseThrow(() -> new StoreException("outbox message " + id + " is gone"))));
            sent = sink.send(place, reply);
            if (sent == null) {
                sent = CompletableFuture.completedFuture(null);
            }
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        return sent.handle((ok, failure) -> {
            // marked done first: the sooner, the smaller the window in which a kill means a resend
            finish(c, failure == null ? Outcome.DELIVERED : Outcome.FAILED);
            try {
                broken.onResult(c.recipient(), failure);
            } catch (RuntimeException e) {
                log.warn("broadcast result for {} not recorded", place, e);
            }
            return null;
        });
    }

    private void finish(Claimed c, Outcome outcome) {
        try {
            if (!deliveries.finish(c.id(), leadership.lease().holder(), clock.instant(), outcome)) {
                log.warn(
                        "broadcast to {} was {} after its claim ended; another instance may send it again",
                        c.recipient().place(),
                        outcome);
            }
        } catch (StoreException e) {
            log.warn(
                    "broadcast to {} was {} but could not be marked so; it may be sent again: {}",
                    c.recipient().place(),
                    outcome,
                    e.getMessage());
        }
    }
}
