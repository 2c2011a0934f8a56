package org.chmlfrp.bot.core.broadcast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.chmlfrp.bot.core.chat.ChatIdentity;
import org.chmlfrp.bot.core.chat.ChatPlace;
import org.chmlfrp.bot.core.chat.Platform;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.core.store.Watch;
import org.junit.jupiter.api.Test;

/** {@code watch on}: private alerts from each watched user's {@code /tunnel}, on a virtual clock. */
class TunnelWatchTest {
    private static final int TOKYO_TUNNEL = 81329;
    private static final ChatIdentity QQ_10001 = new ChatIdentity(Platform.ONEBOT, "10001");

    @Test
    void aTunnelGoingOfflineAndBackIsToldPrivatelyOnceEach() {
        try (BroadcastRig rig = BroadcastRig.start()) {
            rig.link("10001", 227, BroadcastRig.VIP_TOKEN);
            assertThat(rig.privately("10001", "/watch on").plainText()).contains("已开启隧道监控");
            rig.fake().clearRequests();

            rig.runDue();
            rig.drain();
            assertThat(rig.fake().requests("/tunnel")).hasSize(1);
            assertThat(rig.fake().requests("/tunnel").get(0).token()).contains(BroadcastRig.VIP_TOKEN);
            assertThat(rig.sink().attempts()).as("the first poll learns").isEmpty();

            rig.fake().state().setTunnelOnline(TOKYO_TUNNEL, false);
            rig.poll();
            rig.drain();
            assertThat(rig.sink().attempts()).hasSize(1);
            RecordingSink.Sent alert = rig.sink().attempts().get(0);
            assertThat(alert.place()).isEqualTo(new ChatPlace.Private(Platform.ONEBOT, "10001", BroadcastRig.BOT));
            assertThat(alert.text()).isEqualTo("隧道状态变化\n隧道 230vZqUp（日本东京直连-2）已离线");

            rig.poll();
            rig.drain();
            assertThat(rig.sink().attempts()).as("no repeat").hasSize(1);

            rig.fake().state().setTunnelOnline(TOKYO_TUNNEL, true);
            rig.poll();
            rig.drain();
            assertThat(rig.sink().attempts()).hasSize(2);
            assertThat(rig.sink().attempts().get(1).text()).contains("隧道 230vZqUp（日本东京直连-2）已恢复在线");
            assertThat(rig.fake().requests("/tunnel")).as("one call per poll").hasSize(4);
        }
    }

    @Test
    void watchOffEndsTheAlerts() {
        try (BroadcastRig rig = BroadcastRig.start()) {
            rig.link("10001", 227, BroadcastRig.VIP_TOKEN);
            rig.privately("10001", "/watch on");
            rig.runDue();
            assertThat(rig.privately("10001", "/监控 off").plainText()).contains("已关闭隧道监控");
            rig.fake().clearRequests();
            rig.fake().state().setTunnelOnline(TOKYO_TUNNEL, false);
            rig.poll();
            rig.drain();
            assertThat(rig.sink().attempts()).isEmpty();
            assertThat(rig.fake().requests("/tunnel")).isEmpty();
        }
    }

    @Test
    void anInvalidTokenStopsTheWatchAndTellsTheUserOnce() {
        try (BroadcastRig rig = BroadcastRig.start()) {
            rig.link("10001", 227, BroadcastRig.VIP_TOKEN);
            rig.privately("10001", "/watch on");
            rig.runDue();
            rig.fake().state().updateUser(227, u -> u.withToken("ChmlFrpNewToken227"));

            rig.poll();
            rig.drain();
            assertThat(rig.sink().attempts()).hasSize(1);
            assertThat(rig.sink().attempts().get(0).place())
                    .isEqualTo(new ChatPlace.Private(Platform.ONEBOT, "10001", BroadcastRig.BOT));
            assertThat(rig.sink().attempts().get(0).text())
                    .contains("令牌已失效")
                    .contains("/bind")
                    .contains("/watch on")
                    .doesNotContain(BroadcastRig.VIP_TOKEN);
            Watch watch = rig.watches().find(QQ_10001).orElseThrow();
            assertThat(watch.active()).isFalse();
            assertThat(watch.stoppedReason()).isEqualTo(WatchStops.INVALID_TOKEN);

            int calls = rig.fake().requests("/tunnel").size();
            rig.poll();
            rig.poll();
            rig.drain();
            assertThat(rig.sink().attempts()).as("told once").hasSize(1);
            assertThat(rig.fake().requests("/tunnel"))
                    .as("no more calls with the dead token")
                    .hasSize(calls);
            assertThat(rig.privately("10001", "/watch").plainText()).contains("因令牌失效已自动停止");
        }
    }

    @Test
    void anUnlinkedUsersWatchStopsWithOneMessage() {
        try (BroadcastRig rig = BroadcastRig.start()) {
            rig.link("10001", 227, BroadcastRig.VIP_TOKEN);
            rig.privately("10001", "/watch on");
            assertThat(rig.privately("10001", "/unbind").error()).isFalse();
            rig.runDue();
            rig.poll();
            rig.drain();
            assertThat(rig.sink().attempts()).hasSize(1);
            assertThat(rig.sink().attempts().get(0).text()).contains("已解绑");
            assertThat(rig.watches().find(QQ_10001).orElseThrow().stoppedReason())
                    .isEqualTo(WatchStops.UNLINKED);
        }
    }

    @Test
    void anApiOutageSkipsTheTurnAndKeepsTheKnownStates() {
        try (BroadcastRig rig = BroadcastRig.start()) {
            rig.link("10001", 227, BroadcastRig.VIP_TOKEN);
            rig.privately("10001", "/watch on");
            rig.runDue();
            rig.fake().faults().delay("/tunnel", BroadcastRig.TIMEOUT.multipliedBy(3));
            rig.fake().state().setTunnelOnline(TOKYO_TUNNEL, false);
            rig.poll();
            rig.drain();
            assertThat(rig.sink().attempts()).isEmpty();
            assertThat(rig.watches().find(QQ_10001).orElseThrow().active()).isTrue();

            rig.fake().faults().clearAll();
            rig.poll();
            rig.drain();
            assertThat(rig.sink().attempts()).hasSize(1);
            assertThat(rig.sink().attempts().get(0).text()).contains("230vZqUp（日本东京直连-2）已离线");
        }
    }

    @Test
    void watchedUsersArePolledOnceEachSpreadOverTheInterval() {
        try (BroadcastRig rig = BroadcastRig.start()) {
            for (String qq : List.of("10001", "10003", "10004")) {
                rig.link(qq, 227, BroadcastRig.VIP_TOKEN);
                rig.privately(qq, "/watch on");
            }
            rig.fake().clearRequests();
            Instant start = rig.clock().instant();
            List<Duration> callTimes = new ArrayList<>();
            for (int s = 0; s < 120; s++) {
                int before = rig.fake().requests("/tunnel").size();
                rig.runDue();
                int after = rig.fake().requests("/tunnel").size();
                for (int i = before; i < after; i++) {
                    callTimes.add(Duration.between(start, rig.clock().instant()));
                }
                rig.clock().advance(Duration.ofSeconds(1));
            }
            assertThat(callTimes)
                    .containsExactly(
                            Duration.ZERO,
                            Duration.ofSeconds(20),
                            Duration.ofSeconds(40),
                            Duration.ofSeconds(60),
                            Duration.ofSeconds(80),
                            Duration.ofSeconds(100));
        }
    }

    @Test
    void watchesResumeAfterARestart() {
        try (BroadcastRig rig = BroadcastRig.start()) {
            rig.link("10001", 227, BroadcastRig.VIP_TOKEN);
            Reply on = rig.privately("10001", "/watch on");
            assertThat(on.error()).isFalse();
            rig.runDue();
            try (BroadcastRig again = rig.restart()) {
                again.runDue();
                again.fake().state().setTunnelOnline(TOKYO_TUNNEL, false);
                again.poll();
                again.drain();
                assertThat(again.sink().attempts()).hasSize(1);
                assertThat(again.sink().attempts().get(0).text()).contains("230vZqUp");
            }
        }
    }
}
