package org.chmlfrp.bot.onebot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.chmlfrp.bot.core.BotSettings;
import org.chmlfrp.bot.core.chat.ChatAdapter;
import org.chmlfrp.bot.core.chat.ChatConnections;
import org.chmlfrp.bot.core.chat.ChatPlace;
import org.chmlfrp.bot.core.chat.ChatSink;
import org.chmlfrp.bot.core.chat.ConnectionHealth;
import org.chmlfrp.bot.core.chat.Platform;
import org.chmlfrp.bot.core.command.Dispatcher;
import org.chmlfrp.bot.core.command.RateLimit;
import org.chmlfrp.bot.core.i18n.I18n;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.onebot.protocol.Segment;
import org.chmlfrp.bot.onebot.testing.Events;
import org.chmlfrp.bot.onebot.testing.LogLines;
import org.chmlfrp.bot.onebot.testing.PeerLogic;
import org.chmlfrp.bot.onebot.testing.RawOneBotClient;
import org.chmlfrp.bot.onebot.testing.RawOneBotServer;
import org.chmlfrp.bot.onebot.testing.RecordedCall;
import org.chmlfrp.bot.onebot.testing.ToyCommands;
import org.chmlfrp.bot.onebot.testing.Waits;
import org.chmlfrp.bot.onebot.transport.NotConnectedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The adapter assembled by {@link OneBotModule} (with a toy dispatcher), over real sockets:
 * a forward and a reverse connection at once, two QQ accounts, the sink, heartbeats.
 */
class OneBotAdapterTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String PATH = "/onebot/v11/ws";
    private static final OneBotOptions FAST = OneBotOptions.defaults()
            .withActionTimeout(Duration.ofMillis(500))
            .withReconnect(Duration.ofMillis(50), Duration.ofMillis(300))
            .withStaleCheckPeriod(Duration.ofMillis(50));

    private final ToyCommands toys = new ToyCommands();
    private final LogLines logs = new LogLines();
    private RawOneBotServer server;
    private RawOneBotClient client;
    private OneBotAdapter adapter;
    private Injector injector;
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private OneBotAdapter start(OneBotSettings settings) throws Exception {
        I18n i18n = new I18n();
        injector = Guice.createInjector(
                new AbstractModule() {
                    @Override
                    protected void configure() {
                        bind(I18n.class).toInstance(i18n);
                        bind(BotSettings.class).toInstance(BotSettings.defaults());
                        bind(Dispatcher.class).toInstance(toys.dispatcher(i18n));
                        bind(ConnectionHealth.class).toInstance(new ConnectionHealth(java.time.Clock.systemUTC()));
                        bind(MeterRegistry.class).toInstance(meters);
                        bind(ChatConnections.class).toInstance(new ChatConnections(meters));
                    }
                },
                new OneBotModule(settings, FAST));
        Set<ChatAdapter> adapters = injector.getInstance(Key.get(new TypeLiteral<Set<ChatAdapter>>() {}));
        assertThat(adapters).hasSize(1);
        adapter = (OneBotAdapter) adapters.iterator().next();
        adapter.start();
        return adapter;
    }

    private ChatSink sink() {
        Set<ChatSink> sinks = injector.getInstance(Key.get(new TypeLiteral<Set<ChatSink>>() {}));
        return sinks.stream()
                .filter(s -> s.platform() == Platform.ONEBOT)
                .findFirst()
                .orElseThrow();
    }

    private OneBotSettings settings(List<OneBotSettings.Connection> connections) {
        return new OneBotSettings(true, List.of("/", "#"), RateLimit.UNLIMITED, connections);
    }

    /** Forward to a raw server as account 10000, reverse on a free port; a raw client dials it as 20000. */
    private void startBoth() throws Exception {
        server = RawOneBotServer.start(10000);
        start(settings(List.of(
                new OneBotSettings.Forward(server.url().toString(), ""),
                new OneBotSettings.Reverse("127.0.0.1", 0, PATH, "s3cret"))));
        client = RawOneBotClient.dial(reverseUrl(), 20000, "s3cret");
        Waits.until("both accounts", () -> adapter.sessions().accounts().containsAll(List.of(10000L, 20000L)), WAIT);
    }

    private URI reverseUrl() {
        return URI.create("ws://127.0.0.1:" + adapter.reversePorts().get(0) + PATH);
    }

    @AfterEach
    void stop() throws Exception {
        logs.close();
        if (client != null) {
            client.close();
        }
        if (adapter != null) {
            adapter.stop();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void forwardAndReverseAtOnceEachAnswersThroughItsOwnConnection() throws Exception {
        startBoth();
        server.push(Events.privateText(10000, 10001, 1, "/echo via forward"));
        client.push(Events.groupText(20000, 5000, 10002, "member", 2, "/echo via reverse"));
        RecordedCall p = server.logic().await("send_private_msg", c -> true, WAIT);
        RecordedCall g = client.logic().await("send_group_msg", c -> true, WAIT);
        assertThat(p.text()).isEqualTo("echo: via forward");
        assertThat(g.segments()).containsExactly(Segment.reply("2"), Segment.text("echo: via reverse"));
        assertThat(server.logic().calls("send_group_msg")).isEmpty();
        assertThat(client.logic().calls("send_private_msg")).isEmpty();
        assertThat(toys.invocations())
                .extracting(i -> i.place().botAccount())
                .containsExactlyInAnyOrder("10000", "20000");
    }

    @Test
    void messagesFromTheBotsOtherAccountAreIgnored() throws Exception {
        startBoth();
        server.push(Events.groupText(10000, 5000, 20000, "member", 3, "/echo from the other bot"));
        server.push(Events.groupText(10000, 5000, 10003, "member", 4, "/echo from a human"));
        server.push(Events.groupText(10000, 5000, 10003, "member", 5, "/echo later"));
        server.logic().await("send_group_msg", c -> c.text().equals("echo: later"), WAIT);
        // one connection's events are handled in order: an answer to the first would be here by now
        assertThat(server.logic().calls("send_group_msg"))
                .extracting(RecordedCall::text)
                .containsExactly("echo: from a human", "echo: later");
    }

    @Test
    void theSinkSendsThroughTheConnectionOfThePlacesAccount() throws Exception {
        startBoth();
        sink().send(new ChatPlace.Group(Platform.ONEBOT, "5000", "20000"), Reply.text("节点 A 离线"))
                .get(5, TimeUnit.SECONDS);
        sink().send(new ChatPlace.Private(Platform.ONEBOT, "10001", "10000"), Reply.text("隧道 web 上线"))
                .get(5, TimeUnit.SECONDS);
        RecordedCall g = client.logic().await("send_group_msg", c -> true, WAIT);
        assertThat(g.params().get("group_id").asLong()).isEqualTo(5000);
        assertThat(g.segments()).containsExactly(Segment.text("节点 A 离线"));
        RecordedCall p = server.logic().await("send_private_msg", c -> true, WAIT);
        assertThat(p.params().get("user_id").asLong()).isEqualTo(10001);
    }

    @Test
    void theSinkFailsForAnAccountThatIsNotConnected() throws Exception {
        startBoth();
        assertThatThrownBy(() -> sink().send(new ChatPlace.Group(Platform.ONEBOT, "5000", "30000"), Reply.text("x"))
                        .get(5, TimeUnit.SECONDS))
                .hasCauseInstanceOf(NotConnectedException.class);
    }

    @Test
    void theSinkFailsWhenTheImplementationRefuses() throws Exception {
        startBoth();
        client.logic().answer("send_group_msg", p -> PeerLogic.failed(100));
        assertThatThrownBy(() -> sink().send(new ChatPlace.Group(Platform.ONEBOT, "5000", "20000"), Reply.text("x"))
                        .get(5, TimeUnit.SECONDS))
                .hasMessageContaining("refused");
        assertThat(client.logic().calls("send_group_msg")).hasSize(2);
    }

    @Test
    void anImageTheImplementationCannotSendFallsBackToItsAltText() throws Exception {
        startBoth();
        client.logic()
                .answer(
                        "send_group_msg",
                        p -> p.toString().contains("\"image\"") ? PeerLogic.failed(1200) : PeerLogic.ok(null));
        client.push(Events.groupText(20000, 5000, 10002, "member", 9, "/chart"));
        List<RecordedCall> sends = client.logic().awaitCount("send_group_msg", c -> true, 3, WAIT);
        assertThat(sends.get(0).hasImage()).isTrue();
        String file = sends.get(0).segments().stream()
                .filter(s -> s.is("image"))
                .findFirst()
                .orElseThrow()
                .get("file");
        assertThat(Base64.getDecoder().decode(file.substring("base64://".length())))
                .isEqualTo(ToyCommands.PNG);
        assertThat(sends.get(2).hasImage()).isFalse();
        assertThat(sends.get(2).text()).contains("[uptime 99%]");
    }

    @Test
    void aSilentConnectionIsClosedAndRedialled() throws Exception {
        server = RawOneBotServer.start(10000);
        start(settings(List.of(new OneBotSettings.Forward(server.url().toString(), ""))));
        Waits.until("connected", () -> adapter.sessions().find(10000).isPresent(), WAIT);
        server.push(Events.heartbeat(10000, 100));
        Waits.until("redialled", () -> server.handshakes().size() >= 2, WAIT);
        Waits.until("serving again", () -> adapter.sessions().find(10000).isPresent(), WAIT);
    }

    @Test
    void anUnansweredGetLoginInfoDoesNotStopTheBot() throws Exception {
        server = RawOneBotServer.start(10000);
        server.logic().ignore("get_login_info");
        start(settings(List.of(new OneBotSettings.Forward(server.url().toString(), ""))));
        Waits.until("connected", () -> server.openConnections() == 1, WAIT);
        assertThat(logs.await("get_login_info did not tell the account", WAIT).text())
                .as("past the action timeout")
                .contains("ActionTimeoutException");
        server.push(Events.privateText(10000, 10001, 1, "/echo still here"));
        assertThat(server.logic().await("send_private_msg", c -> true, WAIT).text())
                .isEqualTo("echo: still here");
        assertThat(adapter.sessions().find(10000)).isPresent();
    }

    @Test
    void eachConfiguredConnectionReportsItsOwnStateByPositionNeverByUrl() throws Exception {
        server = RawOneBotServer.start(10000);
        start(settings(List.of(
                new OneBotSettings.Forward(server.url().toString(), ""),
                new OneBotSettings.Reverse("127.0.0.1", 0, PATH, "s3cret"))));
        ChatConnections connections = injector.getInstance(ChatConnections.class);
        Waits.until("forward up", () -> connections.down().equals(List.of("onebot[1]")), WAIT);
        assertThat(connections.names()).containsExactly("onebot[0]", "onebot[1]");
        assertThat(meters.get(ChatConnections.GAUGE)
                        .tag("connection", "onebot[1]")
                        .gauge()
                        .value())
                .isZero();

        client = RawOneBotClient.dial(reverseUrl(), 20000, "s3cret");
        Waits.until("both up", () -> connections.down().isEmpty(), WAIT);
        assertThat(meters.get(ChatConnections.GAUGE)
                        .tag("connection", "onebot[1]")
                        .gauge()
                        .value())
                .isEqualTo(1);

        client.close();
        client = null;
        Waits.until("reverse down again", () -> connections.down().equals(List.of("onebot[1]")), WAIT);
        assertThat(meters.getMeters())
                .allSatisfy(
                        m -> assertThat(m.getId().getTags().toString()).doesNotContain("ws://", "127.0.0.1", "s3cret"));
    }

    @Test
    void reconnectsAfterTheImplementationRestartsAndAnswersAgain() throws Exception {
        server = RawOneBotServer.start(10000);
        start(settings(List.of(new OneBotSettings.Forward(server.url().toString(), ""))));
        Waits.until("connected", () -> server.openConnections() == 1, WAIT);
        server.dropAll();
        Waits.until("reconnected", () -> server.handshakes().size() >= 2 && server.openConnections() == 1, WAIT);
        Waits.until("serving", () -> adapter.sessions().find(10000).isPresent(), WAIT);
        server.push(Events.privateText(10000, 10001, 1, "/echo again"));
        assertThat(server.logic().await("send_private_msg", c -> true, WAIT).text())
                .isEqualTo("echo: again");
    }

    @Test
    void aDisabledAdapterBindsNothingAndDialsNobody() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        server = RawOneBotServer.start(10000);
        start(new OneBotSettings(
                false,
                List.of("/"),
                RateLimit.UNLIMITED,
                List.of(
                        new OneBotSettings.Forward(server.url().toString(), ""),
                        new OneBotSettings.Reverse("127.0.0.1", port, PATH, ""))));
        assertThat(adapter.reversePorts()).isEmpty();
        // start() took the disabled branch, which returns before any connector or timer exists
        assertThat(logs.containing("OneBot adapter disabled")).hasSize(1);
        assertThat(injector.getInstance(ChatConnections.class).names()).isEmpty();
        assertThat(server.handshakes()).isEmpty();
        try (ServerSocket free = new ServerSocket(port)) {
            assertThat(free.isBound()).isTrue();
        }
    }

    @Test
    void stopClosesConnectionsAndFreesThePort() throws Exception {
        startBoth();
        int port = adapter.reversePorts().get(0);
        adapter.stop();
        adapter = null;
        assertThat(client.awaitClosed(5000)).isTrue();
        Waits.until("forward closed", () -> server.openConnections() == 0, WAIT);
        try (ServerSocket free = new ServerSocket()) {
            free.setReuseAddress(true);
            free.bind(new java.net.InetSocketAddress("127.0.0.1", port));
        }
    }
}
