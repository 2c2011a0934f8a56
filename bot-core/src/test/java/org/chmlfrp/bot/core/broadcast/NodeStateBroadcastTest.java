package org.chmlfrp.bot.core.broadcast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.chmlfrp.bot.core.chat.ChatPlace;
import org.chmlfrp.bot.core.chat.Platform;
import org.chmlfrp.bot.core.store.SubscriptionKind;
import org.junit.jupiter.api.Test;

/** {@code subscribe nodes}: the poller against the fake's {@code /node_stats}, on a virtual clock. */
class NodeStateBroadcastTest {
    private static final String LOUDI = "湖南娄底";

    @Test
    void firstPollLearnsThenEachChangeIsAnnouncedOnce() {
        try (BroadcastRig rig = BroadcastRig.start()) {
            rig.subscribe(BroadcastRig.GROUP, SubscriptionKind.NODES, BroadcastRig.BOT);
            rig.runDue();
            rig.drain();
            assertThat(rig.fake().requests("/node_stats")).hasSize(1);
            assertThat(rig.sink().attempts()).as("the first poll only learns").isEmpty();

            rig.fake().state().setNodeState(LOUDI, false);
            rig.poll();
            rig.drain();
            assertThat(rig.sink().attempts()).hasSize(1);
            RecordingSink.Sent sent = rig.sink().attempts().get(0);
            assertThat(sent.place())
                    .isEqualTo(new ChatPlace.Group(Platform.ONEBOT, BroadcastRig.GROUP, BroadcastRig.BOT));
            assertThat(sent.reply().title()).isEqualTo("节点状态变化");
            assertThat(sent.text())
                    .contains("湖南娄底：已离线")
                    .as("nodes that were offline all along are not listed")
                    .doesNotContain("中国香港CN2-4");

            rig.poll();
            rig.poll();
            rig.drain();
            assertThat(rig.sink().attempts())
                    .as("no repeat while the state holds")
                    .hasSize(1);

            rig.fake().state().setNodeState(LOUDI, true);
            rig.poll();
            rig.drain();
            assertThat(rig.sink().attempts()).hasSize(2);
            assertThat(rig.sink().attempts().get(1).text())
                    .contains("湖南娄底：已恢复在线")
                    .doesNotContain("已离线");
        }
    }

    @Test
    void severalChangesInOnePollMakeOneMessage() {
        try (BroadcastRig rig = BroadcastRig.start()) {
            rig.subscribe(BroadcastRig.GROUP, SubscriptionKind.NODES, BroadcastRig.BOT);
            rig.runDue();
            rig.fake().state().setNodeState(LOUDI, false);
            rig.fake().state().setNodeState("中国香港CN2-4", true);
            rig.poll();
            rig.drain();
            assertThat(rig.sink().attempts()).hasSize(1);
            assertThat(rig.sink().attempts().get(0).text()).contains("湖南娄底：已离线").contains("中国香港CN2-4：已恢复在线");
        }
    }

    @Test
    void aNodeMissingFromTheListCountsAsOffline() {
        try (BroadcastRig rig = BroadcastRig.start()) {
            rig.subscribe(BroadcastRig.GROUP, SubscriptionKind.NODES, BroadcastRig.BOT);
            rig.runDue();
            assertThat(rig.fake().state().removeNode(LOUDI)).isTrue();
            rig.poll();
            rig.drain();
            assertThat(rig.sink().attempts()).hasSize(1);
            assertThat(rig.sink().attempts().get(0).text()).isEqualTo("节点状态变化\n湖南娄底：已离线");

            rig.poll();
            rig.drain();
            assertThat(rig.sink().attempts())
                    .as("still missing: still offline, no repeat")
                    .hasSize(1);
        }
    }

    @Test
    void anOutageAnnouncesNothingAndTheNextGoodPollComparesWithTheLastKnownStates() {
        try (BroadcastRig rig = BroadcastRig.start()) {
            rig.subscribe(BroadcastRig.GROUP, SubscriptionKind.NODES, BroadcastRig.BOT);
            rig.runDue();

            rig.fake().faults().status("/node_stats", 500, "{\"code\":500,\"state\":\"fail\",\"msg\":\"服务器错误\"}");
            rig.poll();
            rig.fake().faults().clear("/node_stats").plainText("/node_stats", "502 Bad Gateway");
            rig.poll();
            rig.fake()
                    .faults()
                    .clear("/node_stats")
                    .status("/node_stats", 200, "{\"code\":200,\"state\":\"success\",\"msg\":\"ok\",\"data\":[]}");
            rig.poll();
            rig.fake().faults().clear("/node_stats").delay("/node_stats", BroadcastRig.TIMEOUT.multipliedBy(3));
            rig.fake().state().setNodeState(LOUDI, false);
            rig.poll();
            rig.drain();
            // five polls; the API client retries the 5xx answer once on its own
            assertThat(rig.fake().requests("/node_stats")).hasSize(6);
            assertThat(rig.sink().attempts())
                    .as("failures, an empty list and a timeout announce nothing")
                    .isEmpty();

            rig.fake().faults().clearAll();
            rig.poll();
            rig.drain();
            assertThat(rig.sink().attempts()).hasSize(1);
            assertThat(rig.sink().attempts().get(0).text()).isEqualTo("节点状态变化\n湖南娄底：已离线");
        }
    }

    @Test
    void oneUpstreamCallPerPollWhateverTheNumberOfPlaces() {
        try (BroadcastRig rig = BroadcastRig.start()) {
            for (int i = 0; i < 50; i++) {
                rig.subscribe(String.format("6%03d", i), SubscriptionKind.NODES, BroadcastRig.BOT);
            }
            rig.runDue();
            rig.fake().state().setNodeState(LOUDI, false);
            rig.poll();
            rig.drain();
            rig.fake().state().setNodeState(LOUDI, true);
            rig.poll();
            rig.drain();

            assertThat(rig.fake().requests("/node_stats")).hasSize(3);
            assertThat(rig.sink().delivered()).hasSize(100);
            assertThat(rig.sink().delivered().stream().map(s -> s.place().id()).distinct())
                    .hasSize(50);
        }
    }

    @Test
    void noSubscriberNoCall() {
        try (BroadcastRig rig = BroadcastRig.start()) {
            rig.runDue();
            rig.poll();
            assertThat(rig.fake().requests("/node_stats")).isEmpty();
        }
    }

    @Test
    void sendsArePacedPerBotAccountAndKeepTheirOrder() {
        try (BroadcastRig rig = BroadcastRig.start()) {
            for (int i = 0; i < 20; i++) {
                rig.subscribe(String.format("7%03d", i), SubscriptionKind.NODES, i % 2 == 0 ? "111" : "222");
            }
            rig.runDue();
            rig.fake().state().setNodeState(LOUDI, false);
            rig.poll();
            Duration took = rig.drain();

            List<RecordingSink.Sent> sent = rig.sink().delivered();
            assertThat(sent).hasSize(20);
            for (String account : List.of("111", "222")) {
                List<RecordingSink.Sent> lane = sent.stream()
                        .filter(s -> s.place().botAccount().equals(account))
                        .toList();
                assertThat(lane).hasSize(10);
                assertThat(lane.stream().map(s -> s.place().id()).toList())
                        .as("in order")
                        .isSorted();
                for (int i = 1; i < lane.size(); i++) {
                    Duration gap =
                            Duration.between(lane.get(i - 1).at(), lane.get(i).at());
                    assertThat(gap)
                            .as("gap before %s", lane.get(i).place().id())
                            .isGreaterThanOrEqualTo(BroadcastRig.SEND_GAP);
                }
            }
            // the two accounts are paced apart, not one after the other: 10 sends each at 2/s
            assertThat(took).isLessThanOrEqualTo(BroadcastRig.SEND_GAP.multipliedBy(10));
            assertThat(took).isGreaterThanOrEqualTo(BroadcastRig.SEND_GAP.multipliedBy(9));
        }
    }

    @Test
    void anUnreachablePlaceIsMarkedBrokenSkippedAndReenabledOnceItWorks() {
        try (BroadcastRig rig = BroadcastRig.start()) {
            for (String g : List.of("8001", "8002", "8003")) {
                rig.subscribe(g, SubscriptionKind.NODES, BroadcastRig.BOT);
            }
            rig.sink().unreachable("8002");
            rig.runDue();

            flip(rig, false);
            assertThat(rig.sink().delivered().stream().map(s -> s.place().id())).containsExactly("8001", "8003");
            assertThat(rig.sink().attemptsTo("8002")).hasSize(1);
            assertThat(brokenSince(rig, "8002")).isNotNull();
            assertThat(brokenSince(rig, "8001")).isNull();

            flip(rig, true);
            assertThat(rig.sink().attemptsTo("8002")).as("skipped while broken").hasSize(1);
            assertThat(rig.sink().attemptsTo("8001")).hasSize(2);

            rig.sink().reachable("8002");
            flip(rig, false);
            assertThat(rig.sink().attemptsTo("8002"))
                    .as("no retry within the hour")
                    .hasSize(1);

            rig.clock().advance(BrokenPlaces.RETRY_EVERY);
            flip(rig, true);
            assertThat(rig.sink().attemptsTo("8002"))
                    .as("one retry after an hour")
                    .hasSize(2);
            assertThat(rig.sink().attemptsTo("8002").get(1).delivered()).isTrue();
            assertThat(brokenSince(rig, "8002")).as("working again").isNull();

            flip(rig, false);
            assertThat(rig.sink().attemptsTo("8002"))
                    .as("back to every broadcast")
                    .hasSize(3);
        }
    }

    @Test
    void aPlaceThatStaysUnreachableIsRetriedOnceAnHour() {
        try (BroadcastRig rig = BroadcastRig.start()) {
            rig.subscribe("8001", SubscriptionKind.NODES, BroadcastRig.BOT);
            rig.sink().unreachable("8001");
            rig.runDue();
            flip(rig, false);
            var since = brokenSince(rig, "8001");
            assertThat(since).isNotNull();
            for (int i = 0; i < 5; i++) {
                flip(rig, i % 2 == 0);
            }
            assertThat(rig.sink().attemptsTo("8001")).hasSize(1);
            rig.clock().advance(BrokenPlaces.RETRY_EVERY);
            flip(rig, true);
            flip(rig, false);
            assertThat(rig.sink().attemptsTo("8001")).hasSize(2);
            assertThat(brokenSince(rig, "8001")).as("keeps when it first broke").isEqualTo(since);
        }
    }

    private static void flip(BroadcastRig rig, boolean online) {
        rig.fake().state().setNodeState(LOUDI, online);
        rig.poll();
        rig.drain();
    }

    private static java.time.Instant brokenSince(BroadcastRig rig, String group) {
        return rig.subscriptions().forChat(Platform.ONEBOT, group).get(0).brokenSince();
    }
}
