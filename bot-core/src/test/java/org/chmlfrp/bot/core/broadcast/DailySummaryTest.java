package org.chmlfrp.bot.core.broadcast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.chmlfrp.bot.core.chat.Platform;
import org.chmlfrp.bot.core.reply.Block;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.core.store.SubscriptionKind;
import org.junit.jupiter.api.Test;

/** {@code subscribe daily}: 09:00 Asia/Shanghai (01:00 UTC), once per local date, across restarts too. */
class DailySummaryTest {
    private static final Instant BEFORE_NINE = Instant.parse("2026-11-25T00:59:00Z");
    private static final Instant NINE = Instant.parse("2026-11-25T01:00:00Z");
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G'};

    @Test
    void theSummaryGoesOutAtNineShanghaiTimeExactlyOnceADay() {
        try (BroadcastRig rig = BroadcastRig.start(BEFORE_NINE)) {
            rig.subscribe(BroadcastRig.GROUP, SubscriptionKind.DAILY, BroadcastRig.BOT);
            rig.subscribe("5001", SubscriptionKind.DAILY, BroadcastRig.BOT);
            tickUntil(rig, NINE.minusSeconds(1));
            assertThat(rig.sink().attempts()).as("not before 09:00").isEmpty();

            tickUntil(rig, NINE.plus(Duration.ofMinutes(3)));
            rig.drain();
            assertThat(rig.sink().delivered()).hasSize(2);
            RecordingSink.Sent first = rig.sink().delivered().get(0);
            assertThat(first.at()).isBetween(NINE, NINE.plusSeconds(2));
            assertThat(first.place().platform()).isEqualTo(Platform.ONEBOT);
            Reply summary = first.reply();
            assertThat(summary.title()).isEqualTo("ChmlFrp 每日简报（2026-11-25）");
            assertThat(summary.plainText())
                    .contains("在线节点: 8/14")
                    .contains("用户总数: ")
                    .contains("隧道总数: ")
                    .contains("最忙的节点：")
                    .contains("近 7 天全部节点平均在线率：")
                    .contains("[全部节点平均在线率（近 7 天）]");
            List<Block.Image> images = summary.blocks().stream()
                    .filter(Block.Image.class::isInstance)
                    .map(Block.Image.class::cast)
                    .toList();
            assertThat(images).hasSize(1);
            assertThat(Arrays.copyOf(images.get(0).png(), 4)).isEqualTo(PNG_MAGIC);
            assertThat(rig.fake().requests("/node_uptime")).hasSize(1);
            assertThat(rig.fake().requests("/node_uptime").get(0).query())
                    .containsEntry("time", "7")
                    .doesNotContainKey("node");
            assertThat(rig.fake().requests("/panelinfo")).hasSize(1);
            assertThat(rig.state().get(DailySummaryJob.LAST_SENT)).contains("2026-11-25");

            tickUntil(rig, NINE.plus(Duration.ofHours(2)), Duration.ofSeconds(10));
            rig.drain();
            assertThat(rig.sink().delivered()).as("once a day").hasSize(2);

            tickUntil(rig, NINE.plus(Duration.ofDays(1)).minusSeconds(60), Duration.ofMinutes(1));
            rig.drain();
            assertThat(rig.sink().delivered())
                    .as("nothing before the next 09:00")
                    .hasSize(2);
            tickUntil(rig, NINE.plus(Duration.ofDays(1)).plusSeconds(1));
            rig.drain();
            assertThat(rig.sink().delivered()).hasSize(4);
            assertThat(rig.sink().delivered().get(3).reply().title()).isEqualTo("ChmlFrp 每日简报（2026-11-26）");
        }
    }

    @Test
    void aRestartInTheSameMinuteDoesNotSendItAgain() {
        try (BroadcastRig rig = BroadcastRig.start(NINE.minusSeconds(1))) {
            rig.subscribe(BroadcastRig.GROUP, SubscriptionKind.DAILY, BroadcastRig.BOT);
            tickUntil(rig, NINE.plusSeconds(2));
            rig.drain();
            assertThat(rig.sink().delivered()).hasSize(1);

            try (BroadcastRig again = rig.restart()) {
                tickUntil(again, NINE.plusSeconds(40));
                tickUntil(again, NINE.plus(Duration.ofMinutes(90)), Duration.ofSeconds(10));
                again.drain();
                assertThat(again.sink().attempts()).isEmpty();
                assertThat(rig.fake().requests("/panelinfo")).hasSize(1);
            }
        }
    }

    @Test
    void aBotThatWasDownAtNineCatchesUpWithinTheHourButNotLater() {
        try (BroadcastRig rig = BroadcastRig.start(NINE.plus(Duration.ofMinutes(20)))) {
            rig.subscribe(BroadcastRig.GROUP, SubscriptionKind.DAILY, BroadcastRig.BOT);
            rig.runDue();
            rig.drain();
            assertThat(rig.sink().delivered()).hasSize(1);
        }
        try (BroadcastRig rig =
                BroadcastRig.start(NINE.plus(DailySummaryJob.CATCH_UP).plusSeconds(1))) {
            rig.subscribe(BroadcastRig.GROUP, SubscriptionKind.DAILY, BroadcastRig.BOT);
            rig.runDue();
            rig.drain();
            assertThat(rig.sink().attempts()).isEmpty();
            assertThat(rig.fake().requests("/node_stats")).isEmpty();
        }
    }

    @Test
    void anApiFailureAtNineIsRetriedNextPollAndSentOnce() {
        try (BroadcastRig rig = BroadcastRig.start(NINE)) {
            rig.subscribe(BroadcastRig.GROUP, SubscriptionKind.DAILY, BroadcastRig.BOT);
            rig.fake().faults().status("/node_stats", 503, "{\"code\":503,\"msg\":\"维护中\"}");
            rig.runDue();
            tickUntil(rig, NINE.plusSeconds(30));
            rig.drain();
            assertThat(rig.sink().attempts()).isEmpty();
            assertThat(rig.state().get(DailySummaryJob.LAST_SENT)).isEmpty();

            rig.fake().faults().clearAll();
            tickUntil(rig, NINE.plus(BroadcastRig.POLL).plusSeconds(5));
            rig.drain();
            assertThat(rig.sink().delivered()).hasSize(1);
        }
    }

    @Test
    void panelAndUptimeOutagesLeaveTheirPartOut() {
        try (BroadcastRig rig = BroadcastRig.start(NINE)) {
            rig.subscribe(BroadcastRig.GROUP, SubscriptionKind.DAILY, BroadcastRig.BOT);
            rig.fake().faults().plainText("/panelinfo", "oops").plainText("/node_uptime", "oops");
            rig.runDue();
            rig.drain();
            assertThat(rig.sink().delivered()).hasSize(1);
            Reply summary = rig.sink().delivered().get(0).reply();
            assertThat(summary.plainText())
                    .contains("在线节点: 8/14")
                    .doesNotContain("用户总数")
                    .contains("在线率数据暂时获取不到");
            assertThat(summary.blocks()).noneMatch(Block.Image.class::isInstance);
        }
    }

    @Test
    void busiestNodesAreTheOnlineOnesWithTheMostBandwidthThenClients() {
        try (BroadcastRig rig = BroadcastRig.start(NINE)) {
            rig.subscribe(BroadcastRig.GROUP, SubscriptionKind.DAILY, BroadcastRig.BOT);
            rig.runDue();
            rig.drain();
            String text = rig.sink().delivered().get(0).text();
            String busiest = text.substring(text.indexOf("最忙的节点："));
            List<String> lines =
                    busiest.lines().skip(1).limit(DailySummaryView.BUSIEST).toList();
            assertThat(lines).hasSize(3).allMatch(l -> l.matches(".+：带宽占用 \\d+%，\\d+ 个客户端"));
            List<Integer> bandwidths = lines.stream()
                    .map(l -> Integer.parseInt(l.replaceAll(".*带宽占用 (\\d+)%.*", "$1")))
                    .toList();
            assertThat(bandwidths).isSortedAccordingTo((a, b) -> b - a);
            for (String line : lines) {
                String node = line.substring(0, line.indexOf('：'));
                assertThat(rig.fake().state().node(node).orElseThrow().online())
                        .as(node)
                        .isTrue();
            }
        }
    }

    /** Ticks the clock one second at a time up to {@code until}, running what is due at each step. */
    private static void tickUntil(BroadcastRig rig, Instant until) {
        tickUntil(rig, until, Duration.ofSeconds(1));
    }

    private static void tickUntil(BroadcastRig rig, Instant until, Duration step) {
        while (rig.clock().instant().isBefore(until)) {
            rig.clock().advance(step);
            rig.runDue();
        }
    }
}
