package org.chmlfrp.bot.testkit.onebot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chmlfrp.bot.testkit.onebot.BotClient.WAIT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReverseModeTest {

    private ReverseEndpoint endpoint;
    private FakeOneBot peer;

    @BeforeEach
    void listen() {
        endpoint = ReverseEndpoint.listening();
    }

    @AfterEach
    void close() {
        if (peer != null) {
            peer.close();
        }
        endpoint.close();
    }

    private FakeOneBot dial(String token) {
        peer = FakeOneBot.reverse(endpoint.url())
                .selfId(10000L)
                .accessToken(token)
                .heartbeatInterval(Duration.ofMillis(100))
                .start();
        return peer;
    }

    @Test
    void dialsAsAUniversalClientWithTheTokenAndSelfId() {
        dial("secret");
        assertThat(peer.awaitConnected(WAIT)).isTrue();
        assertThat(peer.url()).isEqualTo(endpoint.url());

        Map<String, String> headers = endpoint.handshakes().get(0);
        assertThat(headers.get("Authorization")).isEqualTo("Bearer secret");
        assertThat(headers.get("X-Self-ID")).isEqualTo("10000");
        assertThat(headers.get("X-Client-Role")).isEqualTo("Universal");
    }

    @Test
    void sendsNoAuthorizationWithoutAToken() {
        dial("");
        assertThat(peer.awaitConnected(WAIT)).isTrue();
        assertThat(endpoint.handshakes().get(0)).doesNotContainKey("Authorization");
    }

    @Test
    void pushesLifecycleHeartbeatsAndMessagesToTheBot() {
        dial("");
        assertThat(peer.awaitConnected(WAIT)).isTrue();
        long id = peer.groupMessage(5000L, 10001L, "member", "/node list", MessageFormat.STRING);

        endpoint.frames().await(Frames.meta("lifecycle"), WAIT);
        endpoint.frames().awaitCount(Frames.meta("heartbeat"), 2, WAIT);
        JsonNode event =
                endpoint.frames().await(frame -> frame.path("message_id").asLong() == id, WAIT);
        assertThat(event.get("message").asText()).isEqualTo("/node list");
        assertThat(endpoint.frames().all().get(0).get("meta_event_type").asText())
                .isEqualTo("lifecycle");
    }

    @Test
    void answersTheBotsActionsWithTheirEcho() {
        dial("");
        assertThat(peer.awaitConnected(WAIT)).isTrue();
        JsonNode echo = JsonNodeFactory.instance.objectNode().put("seq", 3);
        endpoint.call("get_login_info", endpoint.params(), echo);

        JsonNode answer = endpoint.frames().await(Frames.response(echo), WAIT);
        assertThat(answer.get("data").get("user_id").asLong()).isEqualTo(10000L);
        assertThat(peer.awaitAction("get_login_info", p -> true, WAIT).echo()).isEqualTo(echo);
    }

    @Test
    void aBotThatRefusesTheConnectionIsSeenInTheCloseCode() {
        endpoint.policy(ReverseEndpoint.Policy.CLOSE_1008);
        // A peer that writes on open (lifecycle, heartbeats) races Java-WebSocket's server, which
        // closes the socket right after flushing its 1008 frame: the write can draw a TCP reset
        // and the peer then sees 1006. This peer stays quiet, so the close code is what we test.
        peer = FakeOneBot.reverse(endpoint.url())
                .selfId(10000L)
                .accessToken("wrong")
                .sendLifecycle(false)
                .heartbeatInterval(Duration.ZERO)
                .start();
        endpoint.awaitCloses(1, WAIT);
        assertThat(peer.awaitConnectionCount(1, WAIT)).isTrue();
        assertThat(peer.awaitDisconnected(WAIT)).isTrue();
        assertThat(peer.lastCloseCode()).isEqualTo(1008);
    }

    @Test
    void aHandshakeRefusedOverHttpNeverConnects() {
        endpoint.policy(ReverseEndpoint.Policy.REFUSE_HANDSHAKE);
        dial("wrong");
        assertThat(peer.awaitCloseCode(WAIT)).isEqualTo(1002);
        assertThat(peer.lastCloseReason()).contains("404");
        assertThat(peer.isConnected()).isFalse();
        assertThat(peer.connectionCount()).isZero();
        assertThat(endpoint.handshakes()).hasSize(1);
        assertThat(peer.lastCloseReason()).contains("404");
    }

    @Test
    void disconnectThenReconnectDialsAgain() {
        // A quiet peer: a heartbeat written while the close handshake runs can make the endpoint
        // see 1006 instead of the 1001 this test is about (Java-WebSocket closes right after).
        peer = FakeOneBot.reverse(endpoint.url())
                .selfId(10000L)
                .sendLifecycle(false)
                .heartbeatInterval(Duration.ZERO)
                .start();
        assertThat(peer.awaitConnected(WAIT)).isTrue();

        peer.disconnect();
        assertThat(endpoint.awaitCloses(1, WAIT)).containsExactly(1001);
        assertThat(peer.isConnected()).isFalse();
        assertThat(peer.lastCloseCode()).isEqualTo(1001);

        peer.reconnect();
        assertThat(peer.awaitConnectionCount(2, WAIT)).isTrue();
        endpoint.awaitOpens(2, WAIT);
        assertThat(endpoint.handshakes()).hasSize(2);
    }

    @Test
    void withAReconnectIntervalItRedialsByItself() {
        peer = FakeOneBot.reverse(endpoint.url())
                .heartbeatInterval(Duration.ZERO)
                .reconnectInterval(Duration.ofMillis(100))
                .start();
        assertThat(peer.awaitConnected(WAIT)).isTrue();

        peer.disconnect();
        assertThat(peer.awaitConnectionCount(2, WAIT)).isTrue();
        assertThat(peer.awaitConnected(WAIT)).isTrue();
        endpoint.awaitOpens(2, WAIT);
    }
}
