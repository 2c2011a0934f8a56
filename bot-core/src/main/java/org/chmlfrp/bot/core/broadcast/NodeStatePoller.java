package org.chmlfrp.bot.core.broadcast;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.chmlfrp.bot.core.chmlfrp.ApiException;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpApi;
import org.chmlfrp.bot.core.chmlfrp.model.NodeStats;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.core.store.Subscription;
import org.chmlfrp.bot.core.store.SubscriptionKind;
import org.chmlfrp.bot.core.store.Subscriptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code subscribe nodes}: one {@code /node_stats} call per {@code broadcast.poll-interval},
 * whatever the number of subscribers (the API directly, not the commands' cache), diffed with
 * the last known states; one message per subscribed place per poll lists the nodes that went
 * offline or came back online.
 *
 * <ul>
 *   <li>The first good answer after start (or after a time without subscribers) is learned, not announced.</li>
 *   <li>A failed call (API down, timeout, not JSON) or an empty node list skips the round quietly and
 *       keeps the last known states, so an outage never reads as every node going offline.</li>
 *   <li>No subscriber, no call: the states are forgotten and learned afresh once someone subscribes.</li>
 *   <li>A poll still waiting for its answer when the next is due delays that one.</li>
 * </ul>
 */
@Singleton
final class NodeStatePoller implements BroadcastJob {
    private static final Logger log = LoggerFactory.getLogger(NodeStatePoller.class);

    private final ChmlFrpApi api;
    private final Subscriptions subscriptions;
    private final Outbox outbox;
    private final BrokenPlaces broken;
    private final BroadcastTexts texts;
    private final PollGate gate;

    private NodeStateDiff known;
    private boolean failing;

    @Inject
    NodeStatePoller(ChmlFrpApi api, Subscriptions subscriptions, Outbox outbox, BrokenPlaces broken,
                    BroadcastTexts texts, BroadcastSettings settings) {
        this.api = api;
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.broken = broken;
        this.texts = texts;
        this.gate = new PollGate(settings.pollInterval());
    }

    @Override
    public synchronized CompletableFuture<Void> runDue(Instant now) {
        if (!gate.due(now)) {
            return CompletableFuture.completedFuture(null);
        }
        if (subscriptions.byKind(SubscriptionKind.NODES).isEmpty()) {
            known = null;
            return CompletableFuture.completedFuture(null);
        }
        return gate.run(api::nodeStats, this::onAnswer);
    }

    private void onAnswer(List<NodeStats> answer, Throwable failure) {
        List<NodeStateDiff.Change> changes;
        synchronized (this) {
            if (failure != null || answer == null || answer.isEmpty()) {
                if (!failing) {
                    log.info("node state poll skipped, keeping the last known states: {}", describe(failure));
                }
                failing = true;
                return;
            }
            if (failing) {
                log.info("node state poll works again");
                failing = false;
            }
            if (known == null) {
                known = NodeStateDiff.learn(answer);
                return;
            }
            NodeStateDiff.Result result = known.next(answer);
            known = result.state();
            changes = result.changes();
        }
        if (!changes.isEmpty()) {
            announce(changes);
        }
    }

    private void announce(List<NodeStateDiff.Change> changes) {
        StringBuilder lines = new StringBuilder();
        for (NodeStateDiff.Change c : changes) {
            if (lines.length() > 0) {
                lines.append('\n');
            }
            lines.append(texts.t(c.online() ? "broadcast.nodes.online" : "broadcast.nodes.offline", c.nodeName()));
        }
        Reply reply = Reply.builder().title(texts.t("broadcast.nodes.title")).text(lines.toString()).build();
        int queued = 0;
        for (Subscription s : subscriptions.byKind(SubscriptionKind.NODES)) {
            if (broken.shouldSend(s)) {
                outbox.enqueue(new Outbox.Delivery(BrokenPlaces.placeOf(s), reply, broken.resultOf(s)));
                queued++;
            }
        }
        log.info("node state change ({} nodes) queued for {} places", changes.size(), queued);
    }

    private static String describe(Throwable failure) {
        if (failure == null) {
            return "no nodes in the answer";
        }
        return ApiException.unwrap(failure).map(ApiException::getMessage).orElse(failure.toString());
    }
}
