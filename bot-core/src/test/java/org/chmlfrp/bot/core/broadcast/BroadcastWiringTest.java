package org.chmlfrp.bot.core.broadcast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.chmlfrp.bot.core.chat.ChatAdapter;
import org.chmlfrp.bot.core.chat.Role;
import org.chmlfrp.bot.core.command.RateLimit;
import org.chmlfrp.bot.core.store.SubscriptionKind;
import org.junit.jupiter.api.Test;

/** The broadcast service in the Guice assembly: its lifecycle, its tick, and subscriptions surviving a restart. */
class BroadcastWiringTest {

    @Test
    void theLauncherSeesABroadcastAdapterThatTakesNoMessagesAndStartsAndStops() throws Exception {
        try (BroadcastRig rig = BroadcastRig.start()) {
            List<ChatAdapter> broadcast = rig.adapters().stream()
                    .filter(a -> a.name().equals("broadcast"))
                    .toList();
            assertThat(broadcast).hasSize(1);
            ChatAdapter ticker = broadcast.get(0);
            assertThat(ticker.takesMessages()).isFalse();
            assertThat(ticker).isSameAs(rig.injector().getInstance(BroadcastTicker.class));
            ticker.start();
            ticker.start();
            ticker.stop();
            ticker.stop();
        }
    }

    @Test
    void theTickFollowsTheSendRate() {
        assertThat(BroadcastScheduler.tickFor(settings("2/s"))).isEqualTo(Duration.ofMillis(500));
        assertThat(BroadcastScheduler.tickFor(settings("20/s"))).isEqualTo(Duration.ofMillis(50));
        assertThat(BroadcastScheduler.tickFor(settings("1000/s"))).isEqualTo(Duration.ofMillis(20));
        assertThat(BroadcastScheduler.tickFor(settings("10/min"))).isEqualTo(Duration.ofSeconds(1));
        assertThat(BroadcastScheduler.tickFor(settings("0"))).isEqualTo(Duration.ofSeconds(1));
        assertThat(Outbox.sendInterval(RateLimit.parse("10/min").orElseThrow())).isEqualTo(Duration.ofSeconds(6));
    }

    @Test
    void subscriptionsMadeByCommandSurviveARestartAndAreServed() {
        try (BroadcastRig rig = BroadcastRig.start()) {
            assertThat(rig.inGroup("10001", "/subscribe nodes", Role.GROUP_ADMIN)
                            .error())
                    .isFalse();
            try (BroadcastRig again = rig.restart()) {
                again.runDue();
                again.drain();
                assertThat(again.sink().attempts())
                        .as("the new instance learns first")
                        .isEmpty();
                again.fake().state().setNodeState("湖南娄底", false);
                again.poll();
                again.drain();
                assertThat(again.sink().delivered()).hasSize(1);
                assertThat(again.sink().delivered().get(0).place().id()).isEqualTo(BroadcastRig.GROUP);
                assertThat(again.sink().delivered().get(0).place().botAccount()).isEqualTo(BroadcastRig.BOT);
                assertThat(again.subscriptions().byKind(SubscriptionKind.NODES)).hasSize(1);
            }
        }
    }

    private static BroadcastSettings settings(String rate) {
        return new BroadcastSettings(
                Duration.ofSeconds(60),
                RateLimit.parse(rate).orElseThrow(),
                LocalTime.of(9, 0),
                ZoneId.of("Asia/Shanghai"));
    }
}
