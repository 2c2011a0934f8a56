package org.chmlfrp.bot.testkit.onebot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chmlfrp.bot.testkit.onebot.BotClient.WAIT;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.chmlfrp.bot.testkit.ManualTimer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HeartbeatAndDisconnectTest {

    private static final Duration INTERVAL = Duration.ofMillis(150);

    private FakeOneBot peer;

    @AfterEach
    void closePeer() {
        if (peer != null) {
            peer.close();
        }
    }

    private FakeOneBot start(Duration heartbeat) {
        peer = FakeOneBot.forward()
                .sendLifecycle(true)
                .heartbeatInterval(heartbeat)
                .start();
        return peer;
    }

    /** Heartbeats on a timer the test moves. */
    private void startOn(ManualTimer timer) {
        peer = FakeOneBot.forward()
                .sendLifecycle(true)
                .heartbeatInterval(INTERVAL)
                .scheduler(timer)
                .start();
    }

    @Test
    void heartbeatsArriveAtTheInterval() {
        ManualTimer timer = new ManualTimer();
        startOn(timer);
        try (BotClient bot = BotClient.connect(peer.url())) {
            assertThat(peer.awaitConnected(WAIT)).isTrue();
            timer.advance(INTERVAL.minusNanos(1));
            assertThat(beatsSoFar(bot)).isZero();

            timer.advance(Duration.ofNanos(1).plus(INTERVAL.multipliedBy(2)));
            List<JsonNode> beats = bot.frames().awaitCount(Frames.meta("heartbeat"), 3, WAIT);
            assertThat(beatsSoFar(bot)).isEqualTo(3);

            JsonNode beat = beats.get(0);
            assertThat(beat.get("interval").asLong()).isEqualTo(INTERVAL.toMillis());
            assertThat(beat.get("status").get("online").asBoolean()).isTrue();
            assertThat(beat.get("status").get("good").asBoolean()).isTrue();
            assertThat(beat.get("self_id").asLong()).isEqualTo(10000L);
            assertThat(beat.get("time").isIntegralNumber()).isTrue();
            assertThat(bot.frames().all().get(0).get("meta_event_type").asText())
                    .isEqualTo("lifecycle");
        }
    }

    @Test
    void stopHeartbeatsGoesSilentUntilResumed() {
        ManualTimer timer = new ManualTimer();
        startOn(timer);
        try (BotClient bot = BotClient.connect(peer.url())) {
            assertThat(peer.awaitConnected(WAIT)).isTrue();
            timer.advance(INTERVAL);
            assertThat(beatsSoFar(bot)).isEqualTo(1);

            peer.stopHeartbeats();
            timer.advance(INTERVAL.multipliedBy(3));
            assertThat(beatsSoFar(bot)).isEqualTo(1);
            assertThat(peer.isConnected()).isTrue();

            peer.resumeHeartbeats();
            timer.advance(INTERVAL);
            assertThat(beatsSoFar(bot)).isEqualTo(2);
        }
    }

    @Test
    void heartbeatsSayWhetherTheAccountIsOnline() {
        start(Duration.ZERO);
        try (BotClient bot = BotClient.connect(peer.url())) {
            assertThat(peer.awaitConnected(WAIT)).isTrue();
            peer.accountOnline(false);
            peer.sendHeartbeat();
            peer.accountOnline(true);
            peer.sendHeartbeat();
            List<JsonNode> beats = bot.frames().awaitCount(Frames.meta("heartbeat"), 2, WAIT);
            assertThat(beats.get(0).get("status").get("online").asBoolean()).isFalse();
            assertThat(beats.get(0).get("status").get("good").asBoolean()).isTrue();
            assertThat(beats.get(1).get("status").get("online").asBoolean()).isTrue();
        }
    }

    /** The heartbeats the bot has got, counted once a message the fake sent after them arrived. */
    private long beatsSoFar(BotClient bot) {
        long id = peer.privateMessage(10001L, "marker");
        bot.frames().await(frame -> frame.path("message_id").asLong() == id, WAIT);
        return bot.frames().all().stream().filter(Frames.meta("heartbeat")).count();
    }

    @Test
    void zeroIntervalMeansNoScheduledHeartbeatsButOneCanBeSentByHand() {
        start(Duration.ZERO);
        try (BotClient bot = BotClient.connect(peer.url())) {
            assertThat(peer.awaitConnected(WAIT)).isTrue();
            peer.sendHeartbeat();
            assertThat(beatsSoFar(bot)).isEqualTo(1);
        }
    }

    @Test
    void disconnectClosesWith1001AndTheBotCanRedial() {
        start(Duration.ZERO);
        try (BotClient first = BotClient.connect(peer.url())) {
            assertThat(peer.awaitConnected(WAIT)).isTrue();
            peer.disconnect();

            assertThat(first.awaitCloseCode()).isEqualTo(1001);
            assertThat(peer.isConnected()).isFalse();
            assertThat(peer.lastCloseCode()).isEqualTo(1001);
        }
        try (BotClient second = BotClient.connect(peer.url())) {
            assertThat(peer.awaitConnected(WAIT)).isTrue();
            assertThat(peer.connectionCount()).isEqualTo(2);
            second.frames().await(Frames.meta("lifecycle"), WAIT);
            assertThat(second.callAndAwait("get_status", null, second.parse("1"))
                            .get("status")
                            .asText())
                    .isEqualTo("ok");
        }
        assertThatThrownBy(peer::reconnect).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theBotClosingIsSeenWithItsCode() {
        start(Duration.ZERO);
        try (BotClient bot = BotClient.connect(peer.url())) {
            assertThat(peer.awaitConnected(WAIT)).isTrue();
            bot.closeWith(4000);
            assertThat(peer.awaitDisconnected(WAIT)).isTrue();
            assertThat(peer.lastCloseCode()).isEqualTo(4000);
        }
    }

    @Test
    void closeEndsTheSessionAndStopsListening() {
        start(INTERVAL);
        BotClient bot = BotClient.connect(peer.url());
        assertThat(peer.awaitConnected(WAIT)).isTrue();
        java.net.URI url = peer.url();
        peer.close();
        peer = null;

        assertThat(bot.awaitCloseCode()).isEqualTo(1001);
        assertThatThrownBy(() -> BotClient.connect(url)).isInstanceOf(AssertionError.class);
    }
}
