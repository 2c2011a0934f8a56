package org.chmlfrp.bot.core.broadcast;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.chmlfrp.bot.core.chat.ChatIdentity;
import org.chmlfrp.bot.core.chmlfrp.ApiErrorKind;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpApi;
import org.chmlfrp.bot.core.chmlfrp.model.Tunnel;
import org.chmlfrp.bot.core.command.AccountDirectory;
import org.chmlfrp.bot.core.command.LinkedAccount;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.core.store.Watch;
import org.chmlfrp.bot.core.store.Watches;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code watch on}: each watched user's tunnels ({@code /tunnel} with their token), one call per
 * user per {@code broadcast.poll-interval}, the calls spread evenly over the interval so they
 * never burst; a private message when a tunnel goes offline or back online. The first answer
 * for a user is learned silently.
 *
 * <ul>
 *   <li>Each round reads the active watches once; a watch turned off meanwhile is dropped at its turn.</li>
 *   <li>An invalid token ({@link ApiErrorKind#INVALID_TOKEN}) or a removed link stops the watch
 *       ({@link Watches#markStopped}) and tells the user once; any other failure skips that user's turn.</li>
 *   <li>A user whose previous call has not answered yet is skipped for the round.</li>
 * </ul>
 */
@Singleton
final class TunnelWatchPoller implements BroadcastJob {
    private static final Logger log = LoggerFactory.getLogger(TunnelWatchPoller.class);

    private record Turn(Instant due, ChatIdentity identity) {}

    private final ChmlFrpApi api;
    private final Watches watches;
    private final AccountDirectory accounts;
    private final Outbox outbox;
    private final BroadcastTexts texts;
    private final Duration interval;

    private final ArrayDeque<Turn> plan = new ArrayDeque<>();
    private Instant nextRound = Instant.MIN;
    private final Map<ChatIdentity, TunnelStates> known = new ConcurrentHashMap<>();
    private final Set<ChatIdentity> inFlight = ConcurrentHashMap.newKeySet();

    @Inject
    TunnelWatchPoller(
            ChmlFrpApi api,
            Watches watches,
            AccountDirectory accounts,
            Outbox outbox,
            BroadcastTexts texts,
            BroadcastSettings settings) {
        this.api = api;
        this.watches = watches;
        this.accounts = accounts;
        this.outbox = outbox;
        this.texts = texts;
        this.interval = settings.pollInterval();
    }

    @Override
    public synchronized CompletableFuture<Void> runDue(Instant now) {
        if (!now.isBefore(nextRound)) {
            planRound(now);
            nextRound = now.plus(interval);
        }
        List<CompletableFuture<Void>> started = new ArrayList<>();
        while (!plan.isEmpty() && !plan.peek().due().isAfter(now)) {
            ChatIdentity identity = plan.poll().identity();
            if (inFlight.add(identity)) {
                started.add(poll(identity).whenComplete((v, e) -> inFlight.remove(identity)));
            }
        }
        return CompletableFuture.allOf(started.toArray(CompletableFuture[]::new));
    }

    /** Spreads this round's users over the interval: user i of n is due at start + i·interval/n. */
    private void planRound(Instant start) {
        List<Watch> active = watches.active();
        Set<ChatIdentity> ids = active.stream().map(Watch::identity).collect(Collectors.toSet());
        known.keySet().retainAll(ids);
        plan.clear();
        for (int i = 0; i < active.size(); i++) {
            plan.add(new Turn(
                    start.plus(interval.multipliedBy(i).dividedBy(active.size())),
                    active.get(i).identity()));
        }
    }

    private CompletableFuture<Void> poll(ChatIdentity identity) {
        try {
            Optional<Watch> watch = watches.find(identity).filter(Watch::active);
            if (watch.isEmpty()) {
                known.remove(identity);
                return CompletableFuture.completedFuture(null);
            }
            Optional<LinkedAccount> account = accounts.find(identity);
            if (account.isEmpty()) {
                stop(watch.get(), WatchStops.UNLINKED, "broadcast.watch.stopped.unlinked");
                return CompletableFuture.completedFuture(null);
            }
            return api.tunnels(account.get().token()).handle((tunnels, failure) -> {
                if (failure == null) {
                    compare(watch.get(), tunnels);
                } else {
                    failed(watch.get(), failure);
                }
                return null;
            });
        } catch (RuntimeException e) {
            log.warn("tunnel watch of {} skipped", identity, e);
            return CompletableFuture.completedFuture(null);
        }
    }

    private void compare(Watch watch, List<Tunnel> tunnels) {
        // a user's first answer is compared with nothing: learned, no changes
        TunnelStates.Result result =
                known.getOrDefault(watch.identity(), TunnelStates.NONE).next(tunnels);
        known.put(watch.identity(), result.state());
        if (result.changes().isEmpty()) {
            return;
        }
        String lines = result.changes().stream()
                .map(c -> texts.t(
                        c.online() ? "broadcast.watch.online" : "broadcast.watch.offline",
                        c.name(),
                        c.node() == null ? "-" : c.node()))
                .collect(Collectors.joining("\n"));
        tell(
                watch,
                Reply.builder()
                        .title(texts.t("broadcast.watch.title"))
                        .text(lines)
                        .build());
    }

    private void failed(Watch watch, Throwable failure) {
        if (CallFailures.invalidToken(failure)) {
            stop(watch, WatchStops.INVALID_TOKEN, "broadcast.watch.stopped.invalid-token");
        } else {
            log.debug("tunnel watch of {} skipped this round: {}", watch.identity(), CallFailures.describe(failure));
        }
    }

    private void stop(Watch watch, String reason, String messageKey) {
        watches.markStopped(watch.identity(), reason);
        known.remove(watch.identity());
        log.info("tunnel watch of {} stopped: {}", watch.identity(), reason);
        tell(watch, Reply.text(texts.t(messageKey, texts.prefix())));
    }

    private void tell(Watch watch, Reply reply) {
        if (!outbox.queuePrivate(watch.identity(), watch.botAccount(), reply)) {
            log.info("tunnel watch message to {} not queued here: another instance leads", watch.identity());
        }
    }
}
