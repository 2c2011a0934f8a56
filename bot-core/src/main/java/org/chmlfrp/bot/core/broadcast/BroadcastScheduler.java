package org.chmlfrp.bot.core.broadcast;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs what is due by the clock: the node state poller, the daily summary, the tunnel watches,
 * the announcements, the sign-in reminders and the paced outbox — on the instance that leads
 * ({@link Leadership}) only; the others keep checking whether the leader's lease ended and take
 * over when it has. Every job added to the list below is leader-only by that, and queues through
 * {@link Outbox#queue}, fenced by the lease. It owns no thread: production calls {@link #runDue()}
 * from {@link BroadcastTicker}'s single thread; tests move a virtual clock and call it themselves.
 */
@Singleton
public final class BroadcastScheduler {
    private static final Logger log = LoggerFactory.getLogger(BroadcastScheduler.class);
    private static final Duration SHORTEST_TICK = Duration.ofMillis(20);
    private static final Duration LONGEST_TICK = Duration.ofSeconds(1);

    private final Clock clock;
    private final List<BroadcastJob> jobs;
    private final Outbox outbox;
    private final Leadership leadership;
    private final Duration tick;

    @Inject
    public BroadcastScheduler(
            Clock clock,
            BroadcastSettings settings,
            Leadership leadership,
            NodeStatePoller nodes,
            DailySummaryJob daily,
            TunnelWatchPoller watches,
            NewsPoller news,
            SigninReminderJob reminders,
            Outbox outbox) {
        this.clock = clock;
        this.leadership = leadership;
        this.jobs = List.of(nodes, daily, watches, news, reminders, outbox);
        this.outbox = outbox;
        this.tick = tickFor(settings);
    }

    /**
     * If this instance leads: starts every job that is due now, then sends what the outbox may
     * send now. The future completes when the work started by this call is done (answers read,
     * messages queued, sends attempted and their results recorded); it never completes exceptionally.
     */
    public CompletableFuture<Void> runDue() {
        Instant now = clock.instant();
        Leadership.Change change = leadership.check(now);
        if (change == Leadership.Change.BECAME_LEADER || change == Leadership.Change.STOPPED_LEADING) {
            outbox.reset();
        }
        if (!change.leading()) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.allOf(
                jobs.stream().map(job -> guarded(job, now)).toArray(CompletableFuture[]::new));
    }

    /** How often the production ticker should call {@link #runDue()}: the send interval, within 20 ms–1 s. */
    public Duration tick() {
        return tick;
    }

    /** Messages queued and not yet sent, by any instance. */
    public int pendingMessages() {
        return outbox.pending();
    }

    /** Whether this instance ran the broadcasts at its last check. */
    public boolean leading() {
        return leadership.leading();
    }

    /** Hands the broadcasts over to another instance (on a clean stop). */
    public void stepDown() {
        leadership.stepDown();
    }

    static Duration tickFor(BroadcastSettings settings) {
        Duration interval = Outbox.sendInterval(settings.sendRate());
        if (interval.isZero() || interval.compareTo(LONGEST_TICK) > 0) {
            return LONGEST_TICK;
        }
        return interval.compareTo(SHORTEST_TICK) < 0 ? SHORTEST_TICK : interval;
    }

    private static CompletableFuture<Void> guarded(BroadcastJob job, Instant now) {
        CompletableFuture<Void> started;
        try {
            started = job.runDue(now);
        } catch (RuntimeException e) {
            started = CompletableFuture.failedFuture(e);
        }
        return started.exceptionally(e -> {
            log.warn("broadcast job {} failed", job.getClass().getSimpleName(), e);
            return null;
        });
    }
}
