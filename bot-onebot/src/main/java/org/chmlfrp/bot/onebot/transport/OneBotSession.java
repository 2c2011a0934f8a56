package org.chmlfrp.bot.onebot.transport;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.chmlfrp.bot.core.command.RateLimit;
import org.chmlfrp.bot.onebot.protocol.ActionCaller;
import org.chmlfrp.bot.onebot.protocol.ActionResult;
import org.chmlfrp.bot.onebot.protocol.EchoRegistry;
import org.chmlfrp.bot.onebot.protocol.EventDecoder;
import org.chmlfrp.bot.onebot.protocol.Inbound;
import org.chmlfrp.bot.onebot.protocol.MessageTarget;
import org.chmlfrp.bot.onebot.protocol.OneBotEvent;
import org.chmlfrp.bot.onebot.render.OutgoingMessage;
import org.chmlfrp.bot.onebot.send.ChatSendQueues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open OneBot connection, whichever side dialled: routes answers to waiting action calls
 * by echo, hands events to the listener, tracks heartbeats, and owns the connection's send
 * queue. Frames are written by one writer at a time. Learns its QQ account ({@code self_id})
 * from the handshake, {@code get_login_info} or the first event that names it. Every answer
 * that reports a failure is logged at WARN with its reason ({@link FailedAnswers}).
 */
public final class OneBotSession {
    private static final Logger log = LoggerFactory.getLogger(OneBotSession.class);

    private final String origin;
    private final String label;
    private final FrameChannel channel;
    private final SessionListener listener;
    private final ScheduledExecutorService timer;
    private final Object writeLock = new Object();
    private final EventDecoder decoder = new EventDecoder();
    private final EchoRegistry echoes;
    private final ActionCaller actions;
    private final FailedAnswers failures;
    private final ChatSendQueues sendQueue;
    private final AtomicLong selfId = new AtomicLong();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile long lastFrameNanos = System.nanoTime();
    private volatile long heartbeatMillis;

    /**
     * @param origin which configured connection this came through (for logs and for replacing a
     *               stale session of the same account on the same connection); never holds a token
     */
    public OneBotSession(
            String origin,
            FrameChannel channel,
            Duration actionTimeout,
            RateLimit sendRate,
            ScheduledExecutorService timer,
            SessionListener listener) {
        this.origin = origin;
        this.label = "s" + Integer.toHexString(System.identityHashCode(this));
        this.channel = channel;
        this.listener = listener;
        this.timer = timer;
        this.echoes = new EchoRegistry(label + "-");
        this.failures = new FailedAnswers(label, origin);
        this.actions = new ActionCaller(this::write, echoes, actionTimeout);
        this.sendQueue = new ChatSendQueues(
                (target, message) -> actions.call(target.sendAction(), target.sendParams(message)), sendRate, timer);
    }

    public String origin() {
        return origin;
    }

    /** The QQ account this connection serves; 0 while unknown. */
    public long selfId() {
        return selfId.get();
    }

    public boolean isOpen() {
        return !closed.get() && channel.isOpen();
    }

    /** Calls an action; the answer (any retcode) or a timeout / not-connected failure. */
    public CompletableFuture<ActionResult> call(String action, ObjectNode params) {
        return actions.call(action, params);
    }

    /** Queues a message on this connection's paced send queue for its chat. */
    public CompletableFuture<ActionResult> send(MessageTarget target, OutgoingMessage message) {
        return sendQueue.submit(target, message);
    }

    public int queuedMessages() {
        return sendQueue.pending();
    }

    /** How long the oldest queued message of this connection has waited at {@code nowNanos}; 0 when none. */
    public long oldestQueuedAgeNanos(long nowNanos) {
        return sendQueue.oldestAgeNanos(nowNanos);
    }

    /** Sets the account once; a different id later is logged and ignored. Tells the listener the first time. */
    public void bindAccount(long id) {
        if (id <= 0) {
            return;
        }
        if (selfId.compareAndSet(0, id)) {
            log.info("OneBot {} ({}) serves QQ account {}", label, origin, id);
            listener.onAccountKnown(this);
        } else if (selfId.get() != id) {
            log.warn("OneBot {} ({}) reported account {} but serves {}; ignored", label, origin, id, selfId.get());
        }
    }

    /** One text frame from the implementation. Runs on the WebSocket thread: no blocking. */
    public void receive(String frame) {
        lastFrameNanos = System.nanoTime();
        Inbound in = decoder.decode(frame);
        if (in instanceof Inbound.Response r) {
            Optional<String> action = echoes.complete(r.echo(), r.result());
            if (!r.result().ok()) {
                failures.report(action, r);
            } else if (action.isEmpty()) {
                log.debug("OneBot {}: answer for no waiting call", label);
            }
        } else if (in instanceof Inbound.Event e) {
            OneBotEvent event = e.event();
            if (event.selfId() > 0 && selfId.get() == 0) {
                bindAccount(event.selfId());
            }
            if (event instanceof OneBotEvent.Heartbeat hb) {
                heartbeatMillis = hb.intervalMillis();
                listener.onHeartbeat(this, hb);
            } else {
                try {
                    listener.onEvent(this, event);
                } catch (RuntimeException ex) {
                    log.warn(
                            "OneBot {}: handling an event failed: {}",
                            label,
                            ex.getClass().getSimpleName());
                }
            }
        } else if (in instanceof Inbound.Unreadable u) {
            log.debug("OneBot {}: unreadable frame ({})", label, u.reason());
        }
    }

    /** The heartbeat interval last announced, 0 when none came. */
    public long heartbeatMillis() {
        return heartbeatMillis;
    }

    /** Silent for {@code beats} heartbeat intervals (only once heartbeats were announced). */
    public boolean isStale(long nowNanos, int beats) {
        long hb = heartbeatMillis;
        return hb > 0 && nowNanos - lastFrameNanos > TimeUnit.MILLISECONDS.toNanos(hb) * beats;
    }

    /** Closes a silent connection: a close frame, and if the peer does not answer, the socket. */
    public void closeStale() {
        log.warn("OneBot {} ({}) silent for too long; closing", label, origin);
        close(1001, "heartbeat timeout");
        timer.schedule(
                () -> {
                    if (!closed.get()) {
                        channel.abort();
                    }
                },
                2,
                TimeUnit.SECONDS);
    }

    public void close(int code, String reason) {
        try {
            channel.close(code, reason);
        } catch (RuntimeException e) {
            channel.abort();
        }
    }

    /** The transport saw the connection close: fail waiting calls and queued messages, tell the listener. */
    public void closed(int code) {
        if (closed.compareAndSet(false, true)) {
            NotConnectedException cause = new NotConnectedException("connection closed (" + code + ")");
            echoes.failAll(cause);
            sendQueue.close(cause);
            listener.onClosed(this);
        }
    }

    private void write(byte[] frame) {
        synchronized (writeLock) {
            if (closed.get() || !channel.isOpen()) {
                throw new NotConnectedException("connection not open");
            }
            channel.send(frame);
        }
    }

    @Override
    public String toString() {
        return "OneBotSession[" + label + ", " + origin + ", self_id=" + selfId.get() + "]";
    }
}
