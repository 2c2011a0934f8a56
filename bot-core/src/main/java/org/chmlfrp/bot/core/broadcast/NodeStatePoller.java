package org.chmlfrp.bot.core.broadcast;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpApi;
import org.chmlfrp.bot.core.chmlfrp.model.NodeStats;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.core.store.BroadcastState;
import org.chmlfrp.bot.core.store.StateChange;
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
 *   <li>The last known states are a high-water mark in {@link BroadcastState} ({@value #STATES}):
 *       the new states and the messages they cause are committed in one transaction, as a
 *       compare-and-set on the old states, so a change is announced once even across a change
 *       of leader, and never lost to one.</li>
 *   <li>The first good answer (no stored states) is learned, not announced.</li>
 *   <li>A failed call (API down, timeout, not JSON) or an empty node list skips the round quietly and
 *       keeps the last known states, so an outage never reads as every node going offline.</li>
 *   <li>No subscriber, no call: the states are forgotten and learned afresh once someone subscribes.</li>
 *   <li>A poll still waiting for its answer when the next is due delays that one.</li>
 * </ul>
 */
@Singleton
final class NodeStatePoller implements BroadcastJob {
    static final String STATES = "node-states";
    private static final Logger log = LoggerFactory.getLogger(NodeStatePoller.class);

    private final ChmlFrpApi api;
    private final Subscriptions subscriptions;
    private final BroadcastState state;
    private final Outbox outbox;
    private final BroadcastTexts texts;
    private final BroadcastJson json;
    private final PollGate gate;

    private boolean failing;

    @Inject
    NodeStatePoller(
            ChmlFrpApi api,
            Subscriptions subscriptions,
            BroadcastState state,
            Outbox outbox,
            BroadcastTexts texts,
            BroadcastJson json,
            BroadcastSettings settings) {
        this.api = api;
        this.subscriptions = subscriptions;
        this.state = state;
        this.outbox = outbox;
        this.texts = texts;
        this.json = json;
        this.gate = new PollGate(settings.pollInterval());
    }

    @Override
    public synchronized CompletableFuture<Void> runDue(Instant now) {
        if (!gate.due(now)) {
            return CompletableFuture.completedFuture(null);
        }
        if (subscriptions.byKind(SubscriptionKind.NODES).isEmpty()) {
            state.remove(STATES);
            return CompletableFuture.completedFuture(null);
        }
        return gate.run(api::nodeStats, this::onAnswer, this::skipped);
    }

    private synchronized void skipped(String why) {
        if (!failing) {
            log.info("node state poll skipped, keeping the last known states: {}", why);
        }
        failing = true;
    }

    private void onAnswer(List<NodeStats> answer) {
        if (answer == null || answer.isEmpty()) {
            skipped("no nodes in the answer");
            return;
        }
        synchronized (this) {
            if (failing) {
                log.info("node state poll works again");
                failing = false;
            }
        }
        // no stored states: the answer is learned, nothing changed
        Optional<String> stored = state.get(STATES);
        NodeStateDiff.Result result =
                new NodeStateDiff(stored.map(json::readStates).orElse(Map.of())).next(answer);
        String next = json.write(result.state().known());
        StateChange change = new StateChange(STATES, stored, next);
        if (!result.changes().isEmpty()) {
            String lines = result.changes().stream()
                    .map(c -> texts.t(c.online() ? "broadcast.nodes.online" : "broadcast.nodes.offline", c.nodeName()))
                    .collect(Collectors.joining("\n"));
            Reply reply = Reply.builder()
                    .title(texts.t("broadcast.nodes.title"))
                    .text(lines)
                    .build();
            String what = "node state change (" + result.changes().size() + " nodes)";
            outbox.queueForSubscribers(SubscriptionKind.NODES, reply, change, log, what);
        } else if (!stored.equals(Optional.of(next))) {
            state.compareAndSet(change);
        }
    }
}
