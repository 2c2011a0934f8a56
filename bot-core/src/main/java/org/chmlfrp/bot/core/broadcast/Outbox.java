package org.chmlfrp.bot.core.broadcast;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.chmlfrp.bot.core.chat.ChatPlace;
import org.chmlfrp.bot.core.chat.ChatSink;
import org.chmlfrp.bot.core.chat.Platform;
import org.chmlfrp.bot.core.command.RateLimit;
import org.chmlfrp.bot.core.reply.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Broadcast messages waiting for their turn. One queue (a lane) per bot account — platform and
 * QQ self_id — drained in order at {@code broadcast.send-rate}: at most one message per send
 * interval per lane, so a thousand groups served through one QQ account never burst. Nothing
 * queued is dropped while the bot runs. Sends go through the platform's {@link ChatSink}; each
 * message's result (null, or the failure) goes to the listener queued with it.
 */
@Singleton
final class Outbox implements BroadcastJob {
    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    /** A message for one place, and who wants to know how it went (null = delivered). */
    record Delivery(ChatPlace place, Reply reply, Consumer<Throwable> onResult) {
    }

    /** The bot account a message goes out through. */
    private record LaneKey(Platform platform, String botAccount) {
    }

    /** A delivery and when it was queued (for the lag and the age of the oldest). */
    private record Queued(Delivery delivery, Instant at) {
    }

    private static final class Lane {
        private final ArrayDeque<Queued> queue = new ArrayDeque<>();
        private Instant nextSendAt = Instant.MIN;
    }

    private final Map<Platform, ChatSink> sinks = new EnumMap<>(Platform.class);
    private final Duration interval;
    private final Map<LaneKey, Lane> lanes = new LinkedHashMap<>();
    private final java.util.Set<Platform> reportedMissingSink = java.util.EnumSet.noneOf(Platform.class);

    private final Clock clock;
    private final Timer lag;

    @Inject
    Outbox(Set<ChatSink> sinks, BroadcastSettings settings, Clock clock, MeterRegistry registry) {
        for (ChatSink sink : sinks) {
            this.sinks.putIfAbsent(sink.platform(), sink);
        }
        this.interval = sendInterval(settings.sendRate());
        this.clock = clock;
        this.lag = Timer.builder("chmlbot.broadcast.lag")
                .description("Time a broadcast message waited in the outbox before it was sent")
                .register(registry);
        Gauge.builder("chmlbot.broadcast.outbox.depth", this, Outbox::pending)
                .description("Broadcast messages waiting in the outbox")
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

    /** Queues a message behind the others of its bot account. */
    synchronized void enqueue(Delivery delivery) {
        ChatPlace place = delivery.place();
        lanes.computeIfAbsent(new LaneKey(place.platform(), place.botAccount()), k -> new Lane())
                .queue.add(new Queued(delivery, clock.instant()));
    }

    synchronized int pending() {
        return lanes.values().stream().mapToInt(l -> l.queue.size()).sum();
    }

    /** Seconds the oldest waiting message has waited; one look per lane (bot account), not per message. */
    synchronized double oldestAgeSeconds() {
        Instant now = clock.instant();
        return lanes.values().stream().filter(l -> !l.queue.isEmpty())
                .mapToDouble(l -> Duration.between(l.queue.peek().at(), now).toMillis() / 1000.0)
                .max().orElse(0);
    }

    /**
     * Sends, per lane, the next message if its turn has come (every message if the rate is
     * unlimited). The future completes once those sends finished and their listeners ran.
     */
    @Override
    public CompletableFuture<Void> runDue(Instant now) {
        List<Delivery> due = takeDue(now);
        if (due.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        List<CompletableFuture<Void>> results = new ArrayList<>(due.size());
        for (Delivery d : due) {
            results.add(send(d));
        }
        return CompletableFuture.allOf(results.toArray(CompletableFuture[]::new));
    }

    private synchronized List<Delivery> takeDue(Instant now) {
        List<Delivery> due = new ArrayList<>();
        for (Lane lane : lanes.values()) {
            if (lane.queue.isEmpty() || now.isBefore(lane.nextSendAt)) {
                continue;
            }
            if (interval.isZero()) {
                lane.queue.forEach(q -> due.add(taken(q, now)));
                lane.queue.clear();
            } else {
                due.add(taken(lane.queue.poll(), now));
                lane.nextSendAt = now.plus(interval);
            }
        }
        lanes.values().removeIf(l -> l.queue.isEmpty() && now.isAfter(l.nextSendAt));
        return due;
    }

    private Delivery taken(Queued q, Instant now) {
        lag.record(Duration.between(q.at(), now).abs());
        return q.delivery();
    }

    private CompletableFuture<Void> send(Delivery d) {
        ChatSink sink = sinks.get(d.place().platform());
        if (sink == null) {
            // no adapter for that platform in this run: not the place's fault, so not "broken"
            synchronized (reportedMissingSink) {
                if (reportedMissingSink.add(d.place().platform())) {
                    log.warn("broadcast for {} not sent: no {} adapter is running", d.place(), d.place().platform().id());
                }
            }
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> sent;
        try {
            sent = sink.send(d.place(), d.reply());
            if (sent == null) {
                sent = CompletableFuture.completedFuture(null);
            }
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        return sent.handle((ok, failure) -> {
            try {
                d.onResult().accept(failure);
            } catch (RuntimeException e) {
                log.warn("broadcast result listener failed for {}", d.place(), e);
            }
            return null;
        });
    }
}
