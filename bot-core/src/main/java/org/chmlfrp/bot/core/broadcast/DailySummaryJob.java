package org.chmlfrp.bot.core.broadcast;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpApi;
import org.chmlfrp.bot.core.chmlfrp.model.NodeStats;
import org.chmlfrp.bot.core.chmlfrp.model.NodeUptime;
import org.chmlfrp.bot.core.chmlfrp.model.PanelInfo;
import org.chmlfrp.bot.core.store.BroadcastState;
import org.chmlfrp.bot.core.store.StateChange;
import org.chmlfrp.bot.core.store.SubscriptionKind;
import org.chmlfrp.bot.core.store.Subscriptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code subscribe daily}: at {@code broadcast.daily-summary-time} in {@code broadcast.zone}, one
 * summary to every daily subscriber, at most once per local date — the date sent is kept in
 * {@link BroadcastState} ({@value #LAST_SENT}), so a restart at that minute does not send it again.
 *
 * <ul>
 *   <li>The date is recorded in the transaction that queues the summary, as a compare-and-set on
 *       the date before: of several instances, one queues it; a crash of the sender leaves the
 *       queued messages to the next leader.</li>
 *   <li>{@code /node_stats} must answer; {@code /panelinfo} and {@code /node_uptime} may fail (their
 *       part is left out). A failed attempt is retried every poll interval.</li>
 *   <li>A bot that was down (or whose API was) at the summary time sends it late when it can within
 *       {@link #CATCH_UP}; after that the day is skipped.</li>
 * </ul>
 */
@Singleton
final class DailySummaryJob implements BroadcastJob {
    static final String LAST_SENT = "daily-summary.last-sent";
    static final Duration CATCH_UP = Duration.ofHours(1);
    static final int UPTIME_DAYS = 7;
    private static final Logger log = LoggerFactory.getLogger(DailySummaryJob.class);

    private final ChmlFrpApi api;
    private final Subscriptions subscriptions;
    private final BroadcastState state;
    private final Outbox outbox;
    private final DailySummaryView view;
    private final LocalTime time;
    private final ZoneId zone;
    private final Duration retry;
    private final PollGate gate;

    private LocalDate lastSent;

    @Inject
    DailySummaryJob(
            ChmlFrpApi api,
            Subscriptions subscriptions,
            BroadcastState state,
            Outbox outbox,
            DailySummaryView view,
            BroadcastSettings settings) {
        this.api = api;
        this.subscriptions = subscriptions;
        this.state = state;
        this.outbox = outbox;
        this.view = view;
        this.time = settings.dailySummaryTime();
        this.zone = settings.zone();
        this.retry = settings.pollInterval();
        this.gate = new PollGate(retry);
    }

    @Override
    public synchronized CompletableFuture<Void> runDue(Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        Instant slot = today.atTime(time).atZone(zone).toInstant();
        if (today.equals(lastSent) || now.isBefore(slot) || !now.isBefore(slot.plus(CATCH_UP)) || !gate.due(now)) {
            return CompletableFuture.completedFuture(null);
        }
        if (storedLastSent().filter(today::equals).isPresent()) {
            lastSent = today;
            return CompletableFuture.completedFuture(null);
        }
        if (subscriptions.byKind(SubscriptionKind.DAILY).isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return gate.run(
                this::gather,
                summary -> send(today, summary),
                why -> log.info("daily summary not ready, retrying in {}: {}", retry, why));
    }

    private CompletableFuture<DailySummaryView.Data> gather() {
        try {
            CompletableFuture<List<NodeStats>> stats = api.nodeStats();
            CompletableFuture<Optional<PanelInfo>> panel = optional(api.panelInfo());
            CompletableFuture<Optional<List<NodeUptime>>> uptime = optional(api.nodeUptime(UPTIME_DAYS, null));
            return stats.thenCompose(s -> panel.thenCombine(uptime, (p, u) -> new DailySummaryView.Data(s, p, u)));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static <T> CompletableFuture<Optional<T>> optional(CompletableFuture<T> call) {
        return call.thenApply(Optional::ofNullable).exceptionally(e -> {
            log.info("daily summary goes without one part: {}", CallFailures.describe(e));
            return Optional.empty();
        });
    }

    private void send(LocalDate today, DailySummaryView.Data data) {
        Optional<String> before = state.get(LAST_SENT);
        if (before.filter(today.toString()::equals).isPresent()) {
            return;
        }
        outbox.queueForSubscribers(
                SubscriptionKind.DAILY,
                view.render(today, UPTIME_DAYS, data),
                new StateChange(LAST_SENT, before, today.toString()),
                log,
                "daily summary of " + today);
        synchronized (this) {
            lastSent = today;
        }
    }

    private Optional<LocalDate> storedLastSent() {
        try {
            return state.get(LAST_SENT).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
