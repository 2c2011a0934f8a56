package org.chmlfrp.bot.onebot.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.Random;
import org.chmlfrp.bot.onebot.protocol.OneBotEvent;
import org.chmlfrp.bot.onebot.testing.Events;
import org.chmlfrp.bot.onebot.testing.LogLines;
import org.chmlfrp.bot.onebot.testing.RawOneBotServer;
import org.chmlfrp.bot.onebot.testing.Waits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The bot dialling an implementation's WebSocket server over real sockets. */
class ForwardConnectorTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private final SessionHarness harness = new SessionHarness(Duration.ofMillis(500));
    private ForwardConnector connector;
    private RawOneBotServer server;

    private ForwardConnector connector(String url, String token) {
        connector = new ForwardConnector(
                url,
                token,
                harness,
                harness.timer,
                Duration.ofSeconds(2),
                Duration.ofMillis(50),
                Duration.ofMillis(400),
                new Random(7));
        return connector;
    }

    @AfterEach
    void stop() throws Exception {
        if (connector != null) {
            connector.stop();
        }
        if (server != null) {
            server.close();
        }
        harness.close();
    }

    @Test
    void sendsTheBearerTokenAndLearnsTheAccountWithGetLoginInfo() throws Exception {
        server = RawOneBotServer.start(10000);
        connector(server.url().toString(), "s3cret").start();
        Waits.until("account learnt", () -> harness.sessions.find(10000).isPresent(), WAIT);
        assertThat(server.handshakes().get(0).get("authorization")).isEqualTo("Bearer s3cret");
        assertThat(server.logic().calls("get_login_info")).hasSize(1);
        assertThat(connector.isConnected()).isTrue();
    }

    @Test
    void noTokenNoAuthorizationHeader() throws Exception {
        server = RawOneBotServer.start(10000);
        connector(server.url().toString(), "").start();
        Waits.until("connected", () -> server.openConnections() == 1, WAIT);
        assertThat(server.handshakes().get(0)).doesNotContainKey("authorization");
    }

    @Test
    void anUnansweredGetLoginInfoIsSurvivedAndTheAccountComesFromTheFirstEvent() throws Exception {
        server = RawOneBotServer.start(10000);
        server.logic().ignore("get_login_info");
        connector(server.url().toString(), "").start();
        Waits.until(
                "get_login_info timed out",
                () -> harness.loginInfoCalls.size() == 1
                        && harness.loginInfoCalls.get(0).isCompletedExceptionally(),
                WAIT);
        assertThat(harness.sessions.find(10000)).isEmpty();
        server.push(Events.privateText(10000, 10001, 1, "/help"));
        Waits.until("account from event", () -> harness.sessions.find(10000).isPresent(), WAIT);
        assertThat(harness.events).hasSize(1).first().isInstanceOf(OneBotEvent.Message.class);
    }

    @Test
    void redialsAfterThePeerDrops() throws Exception {
        server = RawOneBotServer.start(10000);
        connector(server.url().toString(), "").start();
        Waits.until("first session", () -> harness.sessions.find(10000).isPresent(), WAIT);
        OneBotSession first = harness.sessions.find(10000).orElseThrow();
        server.dropAll();
        Waits.until("first closed", () -> !first.isOpen(), WAIT);
        Waits.until(
                "new session",
                () -> harness.sessions.find(10000).filter(s -> s != first).isPresent(),
                WAIT);
        assertThat(server.handshakes()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void keepsDiallingAnImplementationThatIsNotThereYet() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        try (LogLines logs = new LogLines()) {
            connector("ws://127.0.0.1:" + port, "").start();
            logs.await("retrying in the background", WAIT);
        }
        assertThat(harness.opened).isEmpty();
        server = RawOneBotServer.startOn(port, 10000);
        Waits.until("connected at last", () -> harness.sessions.find(10000).isPresent(), WAIT);
    }

    @Test
    void stopEndsTheDialling() throws Exception {
        server = RawOneBotServer.start(10000);
        connector(server.url().toString(), "").start();
        Waits.until("connected", () -> server.openConnections() == 1, WAIT);
        connector.stop();
        Waits.until("closed", () -> server.openConnections() == 0, WAIT);
        assertThat(harness.liveTimerTasks()).as("no redial is scheduled").isZero();
        assertThat(server.handshakes()).hasSize(1);
    }
}
