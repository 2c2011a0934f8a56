package org.chmlfrp.bot.core.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.chmlfrp.bot.testkit.VirtualClock;
import org.junit.jupiter.api.Test;

/** Offline reports: news once, the first report stands, back online clears, longest outage first. */
class ConnectionHealthTest {
    private static final ChatIdentity QQ = new ChatIdentity(Platform.ONEBOT, "10000");
    private static final ChatIdentity QQ2 = new ChatIdentity(Platform.ONEBOT, "20000");
    private static final Instant T0 = Instant.parse("2026-11-25T06:00:00Z");

    private final VirtualClock clock = new VirtualClock(T0);
    private final ConnectionHealth health = new ConnectionHealth(clock);

    @Test
    void anOutageIsNewsOnceAndKeepsItsFirstTimeAndReason() {
        assertThat(health.offline(QQ, "下线通知: 你的帐号在另一台设备登录")).isTrue();
        clock.advance(Duration.ofMinutes(5));
        assertThat(health.offline(QQ, "")).isFalse();
        assertThat(health.outages()).containsExactly(new ConnectionHealth.Outage(QQ, T0, "下线通知: 你的帐号在另一台设备登录"));
    }

    @Test
    void backOnlineClearsItAndIsNewsOnlyWhenItWasOffline() {
        assertThat(health.online(QQ)).isFalse();
        health.offline(QQ, null);
        assertThat(health.online(QQ)).isTrue();
        assertThat(health.online(QQ)).isFalse();
        assertThat(health.outages()).isEmpty();
    }

    @Test
    void outagesAreListedLongestFirst() {
        health.offline(QQ2, "a");
        clock.advance(Duration.ofMinutes(1));
        health.offline(QQ, "b");
        assertThat(health.outages())
                .extracting(ConnectionHealth.Outage::account)
                .containsExactly(QQ2, QQ);
        assertThat(health.outages().get(1).reason()).isEqualTo("b");
    }
}
