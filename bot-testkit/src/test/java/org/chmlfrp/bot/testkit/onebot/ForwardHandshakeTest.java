package org.chmlfrp.bot.testkit.onebot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chmlfrp.bot.testkit.onebot.BotClient.WAIT;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ForwardHandshakeTest {

    private FakeOneBot peer;

    @AfterEach
    void closePeer() {
        if (peer != null) {
            peer.close();
        }
    }

    private FakeOneBot start(String token, boolean lifecycle) {
        peer = FakeOneBot.forward()
                .selfId(10000L)
                .accessToken(token)
                .sendLifecycle(lifecycle)
                .heartbeatInterval(Duration.ZERO)
                .start();
        return peer;
    }

    @Test
    void listensOnLoopbackWithAFreePort() {
        URI url = start("", true).url();
        assertThat(url.getScheme()).isEqualTo("ws");
        assertThat(url.getHost()).isEqualTo("127.0.0.1");
        assertThat(url.getPort()).isPositive();
        assertThat(peer.isConnected()).isFalse();
        assertThat(peer.lastCloseCode()).isEqualTo(FakeOneBot.NO_CLOSE_YET);
    }

    @Test
    void withoutATokenAnyBotConnectsAndIsGreetedWithLifecycleConnect() {
        start("", true);
        try (BotClient bot = BotClient.connect(peer.url())) {
            assertThat(peer.awaitConnected(WAIT)).isTrue();
            JsonNode first = bot.frames().await(frame -> true, WAIT);
            assertThat(first.get("post_type").asText()).isEqualTo("meta_event");
            assertThat(first.get("meta_event_type").asText()).isEqualTo("lifecycle");
            assertThat(first.get("sub_type").asText()).isEqualTo("connect");
            assertThat(first.get("self_id").asLong()).isEqualTo(10000L);
            assertThat(first.get("time").isIntegralNumber()).isTrue();
        }
    }

    @Test
    void acceptsTheTokenAsBearerHeaderOrQueryParameter() {
        start("secret", true);
        try (BotClient header = BotClient.connect(peer.url(), Map.of("Authorization", "Bearer secret"));
                BotClient query = BotClient.connect(URI.create(peer.url() + "/?access_token=secret"))) {
            assertThat(peer.awaitConnectionCount(2, WAIT)).isTrue();
            header.frames().await(Frames.meta("lifecycle"), WAIT);
            query.frames().await(Frames.meta("lifecycle"), WAIT);
        }
        assertThat(peer.refusedHandshakes()).isZero();
    }

    @Test
    void refusesAMissingOrWrongTokenWithHttp401() {
        start("secret", true);
        assertThat(BotClient.refusedStatus(peer.url(), Map.of())).isEqualTo(401);
        assertThat(BotClient.refusedStatus(peer.url(), Map.of("Authorization", "Bearer wrong")))
                .isEqualTo(401);
        assertThat(BotClient.refusedStatus(URI.create(peer.url() + "/?access_token=wrong"), Map.of()))
                .isEqualTo(401);
        assertThat(peer.refusedHandshakes()).isEqualTo(3);
        assertThat(peer.isConnected()).isFalse();
        assertThat(peer.connectionCount()).isZero();
    }

    @Test
    void napCatStyleRefusalAcceptsTheUpgradeAnswers1403WithoutEchoAndCloses() {
        peer = FakeOneBot.forward()
                .selfId(10000L)
                .accessToken("secret")
                .tokenRefusal(TokenRefusal.NAPCAT_1403)
                .heartbeatInterval(Duration.ZERO)
                .start();
        try (BotClient bot = BotClient.connect(peer.url(), Map.of("Authorization", "Bearer wrong"))) {
            JsonNode answer = bot.frames().await(frame -> true, WAIT);
            assertThat(answer.get("status").asText()).isEqualTo("failed");
            assertThat(answer.get("retcode").asInt()).isEqualTo(1403);
            assertThat(answer.get("data").isNull()).isTrue();
            assertThat(answer.get("message").asText()).isEqualTo("token验证失败");
            assertThat(answer.get("wording").asText()).isEqualTo("token验证失败");
            assertThat(answer.has("echo")).isTrue();
            assertThat(answer.get("echo").isNull()).isTrue();
            assertThat(bot.awaitCloseCode()).isEqualTo(1000);
            assertThat(bot.frames().all()).hasSize(1);
        }
        assertThat(peer.refusedHandshakes()).isEqualTo(1);
        assertThat(peer.connectionCount()).isZero();
        try (BotClient good = BotClient.connect(peer.url(), Map.of("Authorization", "Bearer secret"))) {
            assertThat(peer.awaitConnected(WAIT)).isTrue();
            long id = peer.privateMessage(10001L, "hi");
            good.frames().await(frame -> frame.path("message_id").asLong() == id, WAIT);
        }
    }

    @Test
    void withoutLifecycleTheFirstFrameIsTheFirstEvent() {
        start("", false);
        try (BotClient bot = BotClient.connect(peer.url())) {
            assertThat(peer.awaitConnected(WAIT)).isTrue();
            long id = peer.privateMessage(10001L, "hi");
            JsonNode first = bot.frames().await(frame -> true, WAIT);
            assertThat(first.get("post_type").asText()).isEqualTo("message");
            assertThat(first.get("message_id").asLong()).isEqualTo(id);
        }
    }
}
