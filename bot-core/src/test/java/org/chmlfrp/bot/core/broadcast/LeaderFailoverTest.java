package org.chmlfrp.bot.core.broadcast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.chmlfrp.bot.core.store.SubscriptionKind;
import org.chmlfrp.bot.core.testing.StoreEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two instances on one database, on a virtual clock: one leads and alone polls and sends; when it
 * dies mid-fan-out (its last send never answered, never marked done), the other takes over within
 * one poll interval and sends the rest, the unfinished message included, each place once.
 */
@ParameterizedClass
@EnumSource(StoreEngine.class)
class LeaderFailoverTest {
    private static final String LOUDI = "湖南娄底";
    private static final int GROUPS = 6;

    @Parameter
    StoreEngine engine;

    @Test
    void theFollowerTakesOverWithinAPollIntervalAndEveryPlaceGetsTheChangeOnce() {
        try (BroadcastRig a = BroadcastRig.start(engine);
                BroadcastRig b = a.sibling()) {
            for (int i = 0; i < GROUPS; i++) {
                a.subscribe("700" + i, SubscriptionKind.NODES, BroadcastRig.BOT);
            }
            a.runDue();
            for (int i = 0; i < 5 && a.state().get(NodeStatePoller.STATES).isEmpty(); i++) {
                a.poll(); // the first answer may time out on a loaded machine
            }
            assertThat(a.state().get(NodeStatePoller.STATES))
                    .as("a learned the node states")
                    .isPresent();
            int calls = a.fake().requests("/node_stats").size();
            b.runDue();
            assertThat(a.scheduler().leading()).isTrue();
            assertThat(b.scheduler().leading()).isFalse();
            assertThat(a.fake().requests("/node_stats"))
                    .as("the follower does not poll")
                    .hasSize(calls);

            a.fake().state().setNodeState(LOUDI, false);
            for (int i = 0; i < 5 && a.sink().attempts().isEmpty(); i++) {
                a.poll(); // queues the change for every group, sends to the first
            }
            a.clock().advance(BroadcastRig.SEND_GAP);
            a.runDue();
            assertThat(a.sink().delivered()).hasSize(2);
            assertThat(a.scheduler().pendingMessages()).isEqualTo(GROUPS - 2);

            a.sink().hang();
            a.clock().advance(BroadcastRig.SEND_GAP);
            a.scheduler().runDue(); // claims the third and dies before the send is answered
            assertThat(a.sink().attempts()).hasSize(3);

            Duration waited = Duration.ZERO;
            while (!b.scheduler().leading() && waited.compareTo(BroadcastRig.POLL) < 0) {
                b.clock().advance(b.scheduler().tick());
                waited = waited.plus(b.scheduler().tick());
                b.runDue();
            }
            assertThat(b.scheduler().leading())
                    .as("took over within one poll interval")
                    .isTrue();
            assertThat(waited).isLessThanOrEqualTo(BroadcastRig.POLL);
            b.drain();

            List<String> delivered = new ArrayList<>();
            Stream.concat(a.sink().delivered().stream(), b.sink().delivered().stream())
                    .forEach(s -> delivered.add(s.place().id()));
            assertThat(delivered)
                    .as("every group exactly once")
                    .containsExactlyInAnyOrder("7000", "7001", "7002", "7003", "7004", "7005");
            assertThat(b.sink().delivered())
                    .allSatisfy(s -> assertThat(s.text()).contains("湖南娄底：已离线"));
            b.poll();
            b.drain();
            assertThat(b.sink().delivered())
                    .as("the new leader goes on from the stored states: no repeat")
                    .hasSize(GROUPS - 2);
        }
    }
}
