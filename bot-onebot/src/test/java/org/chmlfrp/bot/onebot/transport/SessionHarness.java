package org.chmlfrp.bot.onebot.transport;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.chmlfrp.bot.core.command.RateLimit;
import org.chmlfrp.bot.onebot.protocol.ActionResult;
import org.chmlfrp.bot.onebot.protocol.Json;
import org.chmlfrp.bot.onebot.protocol.OneBotEvent;

/** Opens sessions as the adapter does (registry, get_login_info when the handshake did not say), recording events. */
final class SessionHarness implements SessionOpener, SessionListener, AutoCloseable {
    final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(2);
    /** Each {@code get_login_info} the sessions asked, in order. */
    final List<CompletableFuture<?>> loginInfoCalls = new CopyOnWriteArrayList<>();

    final OneBotSessions sessions = new OneBotSessions();
    final List<OneBotEvent> events = new CopyOnWriteArrayList<>();
    final List<OneBotSession> opened = new CopyOnWriteArrayList<>();
    final List<OneBotSession> closedSessions = new CopyOnWriteArrayList<>();
    private final Duration actionTimeout;

    SessionHarness(Duration actionTimeout) {
        this.actionTimeout = actionTimeout;
    }

    @Override
    public OneBotSession open(String origin, FrameChannel channel, long knownSelfId) {
        OneBotSession s = new OneBotSession(origin, channel, actionTimeout, RateLimit.UNLIMITED, timer, this);
        sessions.opened(s);
        opened.add(s);
        if (knownSelfId > 0) {
            s.bindAccount(knownSelfId);
        } else {
            CompletableFuture<ActionResult> call = s.call("get_login_info", null);
            loginInfoCalls.add(call);
            call.thenAccept(r -> s.bindAccount(Json.id(r.data().get("user_id"))));
        }
        return s;
    }

    @Override
    public void onAccountKnown(OneBotSession session) {
        sessions.bind(session);
    }

    @Override
    public void onEvent(OneBotSession session, OneBotEvent event) {
        events.add(event);
    }

    @Override
    public void onClosed(OneBotSession session) {
        sessions.closed(session);
        closedSessions.add(session);
    }

    /** Timer tasks neither run nor cancelled (a pending redial, an action's timeout). */
    long liveTimerTasks() {
        return timer.getQueue().stream().filter(t -> !((Future<?>) t).isDone()).count();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
