package org.chmlfrp.bot.onebot.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.chmlfrp.bot.onebot.protocol.MessageTarget;
import org.chmlfrp.bot.onebot.protocol.OneBotEvent;
import org.chmlfrp.bot.onebot.render.OutgoingMessage;
import org.chmlfrp.bot.onebot.testing.Events;
import org.chmlfrp.bot.onebot.testing.PeerLogic;
import org.chmlfrp.bot.onebot.testing.RawOneBotClient;
import org.chmlfrp.bot.onebot.testing.Waits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bot's reverse WebSocket server over real sockets. */
class ReverseServerTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private final SessionHarness harness = new SessionHarness(Duration.ofSeconds(2));
    private ReverseServer server;
    private URI url;

    @BeforeEach
    void start() throws Exception {
        server = new ReverseServer("127.0.0.1", 0, "/onebot/v11/ws", "s3cret", harness);
        server.start(WAIT);
        url = URI.create("ws://127.0.0.1:" + server.port() + "/onebot/v11/ws");
    }

    @AfterEach
    void stop() {
        server.stop();
        harness.close();
    }

    @Test
    void anAuthorizedPeerGetsASessionForItsAccount() throws Exception {
        try (RawOneBotClient peer = RawOneBotClient.dial(url, 10000, "s3cret")) {
            Waits.until("account bound", () -> harness.sessions.find(10000).isPresent(), WAIT);
            peer.push(Events.privateText(10000, 10001, 1, "/help"));
            Waits.until("event", () -> harness.events.size() == 1, WAIT);
            assertThat(((OneBotEvent.Message) harness.events.get(0)).userId()).isEqualTo(10001);
            OneBotSession s = harness.sessions.find(10000).orElseThrow();
            assertThat(s.send(MessageTarget.user(10001), OutgoingMessage.text("hi"))
                            .get(5, TimeUnit.SECONDS)
                            .ok())
                    .isTrue();
            assertThat(peer.logic().calls("send_private_msg")).hasSize(1);
        }
    }

    @Test
    void theTokenMayComeAsAQueryParameter() throws Exception {
        Map<String, String> headers = new HashMap<>();
        headers.put("X-Self-ID", "10000");
        URI withQuery = URI.create(url + "?access_token=s3cret");
        try (RawOneBotClient peer = RawOneBotClient.dial(withQuery, headers, new PeerLogic(10000))) {
            Waits.until("account bound", () -> harness.sessions.find(10000).isPresent(), WAIT);
            assertThat(peer.isOpen()).isTrue();
        }
    }

    @Test
    void aWrongTokenIsClosedWith1008() throws Exception {
        try (RawOneBotClient peer = RawOneBotClient.dial(url, 10000, "wrong")) {
            assertThat(peer.awaitClosed(5000)).isTrue();
            assertThat(peer.closeCode()).isEqualTo(1008);
            assertThat(harness.opened).isEmpty();
        }
    }

    @Test
    void noTokenIsClosedWith1008() throws Exception {
        try (RawOneBotClient peer = RawOneBotClient.dial(url, 10000, "")) {
            assertThat(peer.awaitClosed(5000)).isTrue();
            assertThat(peer.closeCode()).isEqualTo(1008);
        }
    }

    @Test
    void aMissingSelfIdIsClosedWith1008() throws Exception {
        Map<String, String> headers = new HashMap<>();
        headers.put("Authorization", "Bearer s3cret");
        try (RawOneBotClient peer = RawOneBotClient.dial(url, headers, new PeerLogic(1))) {
            assertThat(peer.awaitClosed(5000)).isTrue();
            assertThat(peer.closeCode()).isEqualTo(1008);
        }
    }

    @Test
    void aWrongPathIsClosedWith1008() throws Exception {
        URI other = URI.create("ws://127.0.0.1:" + server.port() + "/elsewhere");
        try (RawOneBotClient peer = RawOneBotClient.dial(other, 10000, "s3cret")) {
            assertThat(peer.awaitClosed(5000)).isTrue();
            assertThat(peer.closeCode()).isEqualTo(1008);
        }
    }

    @Test
    void aPeerThatRedialsReplacesItsStaleSession() throws Exception {
        try (RawOneBotClient first = RawOneBotClient.dial(url, 10000, "s3cret")) {
            Waits.until("first bound", () -> harness.sessions.find(10000).isPresent(), WAIT);
            OneBotSession old = harness.sessions.find(10000).orElseThrow();
            try (RawOneBotClient second = RawOneBotClient.dial(url, 10000, "s3cret")) {
                Waits.until(
                        "second bound",
                        () -> harness.sessions.find(10000).filter(s -> s != old).isPresent(),
                        WAIT);
                assertThat(first.awaitClosed(5000)).isTrue();
                Waits.until("old session closed", () -> !old.isOpen(), WAIT);
                assertThat(harness.sessions.find(10000).orElseThrow()).isNotSameAs(old);
                assertThat(second.isOpen()).isTrue();
            }
        }
    }

    @Test
    void severalAccountsAtOnce() throws Exception {
        try (RawOneBotClient a = RawOneBotClient.dial(url, 10000, "s3cret");
                RawOneBotClient b = RawOneBotClient.dial(url, 20000, "s3cret")) {
            Waits.until("both bound", () -> harness.sessions.accounts().size() == 2, WAIT);
            harness.sessions
                    .find(20000)
                    .orElseThrow()
                    .send(MessageTarget.group(5), OutgoingMessage.text("x"))
                    .get(5, TimeUnit.SECONDS);
            assertThat(b.logic().calls("send_group_msg")).hasSize(1);
            assertThat(a.logic().calls("send_group_msg")).isEmpty();
            assertThat(harness.sessions.isBotAccount(20000)).isTrue();
        }
    }

    @Test
    void aTakenPortFailsStart() {
        ReverseServer clash = new ReverseServer("127.0.0.1", server.port(), "/x", "", harness);
        assertThatThrownBy(() -> clash.start(WAIT)).isInstanceOf(IllegalStateException.class);
    }
}
