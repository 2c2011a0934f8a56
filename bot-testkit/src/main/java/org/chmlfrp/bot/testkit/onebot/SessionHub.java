package org.chmlfrp.bot.testkit.onebot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

/**
 * The bot connections that are open right now, whichever side dialled: greets each with a
 * lifecycle event, keeps its heartbeat going, routes its action frames to the dispatcher, pushes
 * events to it, and remembers how the last one ended.
 */
final class SessionHub {

    /** {@link #lastCloseCode()} before any connection has closed. */
    static final int NO_CLOSE_YET = 0;

    private final ObjectMapper json;
    private final EventFactory events;
    private final ActionDispatcher dispatcher;
    private final ScheduledExecutorService scheduler;
    private final boolean sendLifecycle;
    private final Duration heartbeatInterval;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Set<BotSession> open = new LinkedHashSet<>();
    /** Sessions the fake dropped itself; their late close callbacks are not news. */
    private final Set<BotSession> retired = new HashSet<>();

    private final Map<BotSession, ScheduledFuture<?>> heartbeats = new HashMap<>();
    private boolean heartbeatsOn = true;
    private volatile boolean accountOnline = true;
    private int opened;
    private int lastCloseCode = NO_CLOSE_YET;
    private String lastCloseReason = "";

    SessionHub(
            ObjectMapper json,
            EventFactory events,
            ActionDispatcher dispatcher,
            ScheduledExecutorService scheduler,
            boolean sendLifecycle,
            Duration heartbeatInterval) {
        this.json = json;
        this.events = events;
        this.dispatcher = dispatcher;
        this.scheduler = scheduler;
        this.sendLifecycle = sendLifecycle;
        this.heartbeatInterval = heartbeatInterval;
    }

    void opened(BotSession session) {
        if (sendLifecycle && session.receivesEvents()) {
            session.push(write(events.lifecycle("connect")));
        }
        lock.lock();
        try {
            open.add(session);
            opened++;
            if (heartbeatsOn) {
                startHeartbeat(session);
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void received(BotSession session, String frame) {
        if (session.acceptsActions()) {
            dispatcher.dispatch(frame, session::push);
        }
    }

    void closed(BotSession session, int code, String reason) {
        lock.lock();
        try {
            if (retired.remove(session)) {
                return;
            }
            open.remove(session);
            stopHeartbeat(session);
            lastCloseCode = code;
            lastCloseReason = reason == null ? "" : reason;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Closes every open connection with this code; they count as closed at once. */
    void dropAll(int code, String reason) {
        List<BotSession> dropped;
        lock.lock();
        try {
            dropped = List.copyOf(open);
            for (BotSession session : dropped) {
                stopHeartbeat(session);
                retired.add(session);
            }
            open.clear();
            if (!dropped.isEmpty()) {
                lastCloseCode = code;
                lastCloseReason = reason;
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        dropped.forEach(session -> session.drop(code, reason));
    }

    /**
     * Pushes an event to every open connection that takes events.
     *
     * @throws IllegalStateException if none is open (an event into the void is a test bug)
     */
    void broadcast(ObjectNode event) {
        List<BotSession> targets;
        lock.lock();
        try {
            targets = open.stream().filter(BotSession::receivesEvents).toList();
        } finally {
            lock.unlock();
        }
        if (targets.isEmpty()) {
            throw new IllegalStateException("no bot connection takes events; sent nothing: " + event);
        }
        String frame = write(event);
        targets.forEach(session -> session.push(frame));
    }

    void stopHeartbeats() {
        lock.lock();
        try {
            heartbeatsOn = false;
            open.forEach(this::stopHeartbeat);
        } finally {
            lock.unlock();
        }
    }

    void resumeHeartbeats() {
        lock.lock();
        try {
            if (!heartbeatsOn) {
                heartbeatsOn = true;
                open.forEach(this::startHeartbeat);
            }
        } finally {
            lock.unlock();
        }
    }

    /** One heartbeat now, to every open connection that takes events. */
    void heartbeatNow() {
        broadcast(events.heartbeat(heartbeatInterval.toMillis(), accountOnline));
    }

    /** What the heartbeats' {@code status.online} says from now on. */
    void accountOnline(boolean online) {
        accountOnline = online;
    }

    boolean isConnected() {
        lock.lock();
        try {
            return !open.isEmpty();
        } finally {
            lock.unlock();
        }
    }

    boolean awaitConnected(Duration timeout) {
        return await(() -> !open.isEmpty(), timeout);
    }

    boolean awaitDisconnected(Duration timeout) {
        return await(open::isEmpty, timeout);
    }

    /** True once {@code count} connections have opened in total (reconnects count). */
    boolean awaitConnectionCount(int count, Duration timeout) {
        return await(() -> opened >= count, timeout);
    }

    /** The last close code, waiting until some connection or dial has ended; {@link #NO_CLOSE_YET} on timeout. */
    int awaitCloseCode(Duration timeout) {
        await(() -> lastCloseCode != NO_CLOSE_YET, timeout);
        return lastCloseCode();
    }

    int connectionCount() {
        lock.lock();
        try {
            return opened;
        } finally {
            lock.unlock();
        }
    }

    int lastCloseCode() {
        lock.lock();
        try {
            return lastCloseCode;
        } finally {
            lock.unlock();
        }
    }

    String lastCloseReason() {
        lock.lock();
        try {
            return lastCloseReason;
        } finally {
            lock.unlock();
        }
    }

    private boolean await(BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (!condition.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                changed.awaitNanos(left);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }

    /** Caller holds the lock. */
    private void startHeartbeat(BotSession session) {
        if (heartbeatInterval.isZero() || !session.receivesEvents() || heartbeats.containsKey(session)) {
            return;
        }
        long period = heartbeatInterval.toNanos();
        try {
            heartbeats.put(
                    session,
                    scheduler.scheduleAtFixedRate(
                            () -> session.push(write(events.heartbeat(heartbeatInterval.toMillis(), accountOnline))),
                            period,
                            period,
                            TimeUnit.NANOSECONDS));
        } catch (RejectedExecutionException e) {
            // shutting down
        }
    }

    /** Caller holds the lock. */
    private void stopHeartbeat(BotSession session) {
        ScheduledFuture<?> beat = heartbeats.remove(session);
        if (beat != null) {
            beat.cancel(false);
        }
    }

    private String write(ObjectNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + node, e);
        }
    }
}
