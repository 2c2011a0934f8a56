package org.chmlfrp.bot.onebot.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.chmlfrp.bot.core.command.RateLimit;
import org.chmlfrp.bot.onebot.protocol.ActionResult;
import org.chmlfrp.bot.onebot.protocol.ActionTimeoutException;
import org.chmlfrp.bot.onebot.protocol.Json;
import org.chmlfrp.bot.onebot.protocol.MessageTarget;
import org.chmlfrp.bot.onebot.protocol.OneBotEvent;
import org.chmlfrp.bot.onebot.render.OutgoingMessage;
import org.chmlfrp.bot.onebot.testing.Events;
import org.chmlfrp.bot.onebot.testing.MemoryChannel;
import org.chmlfrp.bot.onebot.testing.PeerLogic;
import org.chmlfrp.bot.onebot.testing.Waits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A session over an in-memory connection: answers by echo, events, accounts, heartbeats, closing. */
class OneBotSessionTest {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final PeerLogic peer = new PeerLogic(10000);
    private final MemoryChannel channel = new MemoryChannel(peer);
    private final List<OneBotEvent> events = new CopyOnWriteArrayList<>();
    private final List<Long> accounts = new CopyOnWriteArrayList<>();
    private final List<String> closed = new CopyOnWriteArrayList<>();
    private final OneBotSession session = new OneBotSession(
            "test", channel, Duration.ofMillis(300), RateLimit.UNLIMITED, timer, new SessionListener() {
                @Override
                public void onAccountKnown(OneBotSession s) {
                    accounts.add(s.selfId());
                }

                @Override
                public void onEvent(OneBotSession s, OneBotEvent e) {
                    events.add(e);
                }

                @Override
                public void onClosed(OneBotSession s) {
                    closed.add("closed");
                }
            });

    OneBotSessionTest() {
        channel.connect(session::receive, () -> session.closed(1000));
    }

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    @Test
    void actionAnswersFindTheirCaller() throws Exception {
        ActionResult r = session.call("get_login_info", null).get(5, TimeUnit.SECONDS);
        assertThat(Json.id(r.data().get("user_id"))).isEqualTo(10000);
    }

    @Test
    void anUnansweredCallTimesOutAndTheSessionCarriesOn() throws Exception {
        peer.ignore("get_login_info");
        assertThatThrownBy(() -> session.call("get_login_info", null).get(5, TimeUnit.SECONDS))
                .hasCauseInstanceOf(ActionTimeoutException.class);
        assertThat(session.send(MessageTarget.user(1), OutgoingMessage.text("hi"))
                        .get(5, TimeUnit.SECONDS)
                        .ok())
                .isTrue();
        assertThat(session.isOpen()).isTrue();
    }

    @Test
    void theAccountIsLearntOnceFromTheFirstEventThatNamesIt() {
        session.receive(Events.lifecycle(10000).toString());
        session.receive(Events.privateText(10000, 1, 1, "/help").toString());
        session.bindAccount(20000);
        assertThat(session.selfId()).isEqualTo(10000);
        assertThat(accounts).containsExactly(10000L);
        assertThat(events).hasSize(2);
    }

    @Test
    void heartbeatsAreConsumedAndDriveStaleness() {
        session.receive(Events.heartbeat(10000, 100).toString());
        assertThat(events).isEmpty();
        assertThat(session.heartbeatMillis()).isEqualTo(100);
        long now = System.nanoTime();
        assertThat(session.isStale(now, 3)).isFalse();
        assertThat(session.isStale(now + TimeUnit.MILLISECONDS.toNanos(301), 3)).isTrue();
    }

    @Test
    void withoutHeartbeatsASessionIsNeverStale() {
        assertThat(session.isStale(System.nanoTime() + TimeUnit.HOURS.toNanos(1), 3))
                .isFalse();
    }

    @Test
    void closingFailsWaitingCallsAndQueuedMessages() {
        peer.ignore("get_status");
        peer.ignore("send_group_msg");
        CompletableFuture<ActionResult> call = session.call("get_status", null);
        CompletableFuture<ActionResult> send = session.send(MessageTarget.group(5), OutgoingMessage.text("x"));
        Waits.until("send written", () -> channel.written().size() == 2, Duration.ofSeconds(5));
        channel.close(1001, "gone");
        assertThat(call).isCompletedExceptionally();
        assertThat(send).isCompletedExceptionally();
        assertThat(closed).containsExactly("closed");
        assertThat(session.call("get_status", null)).isCompletedExceptionally();
    }

    @Test
    void unreadableFramesAreIgnored() {
        session.receive("garbage");
        session.receive("{\"echo\":\"unknown\",\"retcode\":0,\"status\":\"ok\"}");
        assertThat(events).isEmpty();
        assertThat(session.isOpen()).isTrue();
    }
}
