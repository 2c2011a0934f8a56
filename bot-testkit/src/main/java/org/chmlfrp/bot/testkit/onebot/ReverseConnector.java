package org.chmlfrp.bot.testkit.onebot;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Reverse mode: dials the bot's reverse WebSocket server as a Universal client
 * ({@code communication/ws-reverse.md}), and redials on request or, with a reconnect interval,
 * by itself after a connection ends.
 */
final class ReverseConnector implements OneBotLink {

    private final URI url;
    private final Map<String, String> headers;
    private final SessionHub hub;
    private final ScheduledExecutorService scheduler;
    private final Duration reconnectInterval;

    private final Object lock = new Object();
    private ReverseClient current;
    private Future<?> pendingRedial;
    private boolean closed;

    ReverseConnector(
            URI url,
            long selfId,
            String accessToken,
            SessionHub hub,
            ScheduledExecutorService scheduler,
            Duration reconnectInterval) {
        this.url = url;
        this.headers = accessToken.isEmpty()
                ? Map.of("X-Self-ID", Long.toString(selfId), "X-Client-Role", "Universal", "User-Agent", "OneBot/11")
                : Map.of(
                        "X-Self-ID",
                        Long.toString(selfId),
                        "X-Client-Role",
                        "Universal",
                        "User-Agent",
                        "OneBot/11",
                        "Authorization",
                        "Bearer " + accessToken);
        this.hub = hub;
        this.scheduler = scheduler;
        this.reconnectInterval = reconnectInterval;
    }

    @Override
    public URI url() {
        return url;
    }

    @Override
    public void disconnect() {
        hub.dropAll(GOING_AWAY, "fake OneBot disconnecting");
    }

    @Override
    public int refusedHandshakes() {
        return 0;
    }

    /** Starts a new dial (the outcome shows in the hub). */
    void connect() {
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("the fake OneBot is closed");
            }
            cancelRedial();
            abandonCurrent();
            current = new ReverseClient(url, headers, hub, this::ended);
            current.connect();
        }
    }

    /** Drops the open connection, if any, and dials again. */
    @Override
    public void reconnect() {
        hub.dropAll(GOING_AWAY, "fake OneBot reconnecting");
        connect();
    }

    @Override
    public void shutdown() {
        synchronized (lock) {
            closed = true;
            cancelRedial();
        }
        hub.dropAll(1000, "fake OneBot closing");
        synchronized (lock) {
            abandonCurrent();
        }
    }

    private void ended(ReverseClient client) {
        synchronized (lock) {
            if (closed || client != current || reconnectInterval.isZero() || pendingRedial != null) {
                return;
            }
            try {
                pendingRedial = scheduler.schedule(this::redial, reconnectInterval.toNanos(), TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException e) {
                // shutting down
            }
        }
    }

    private void redial() {
        synchronized (lock) {
            pendingRedial = null;
            if (!closed) {
                connect();
            }
        }
    }

    /** Caller holds the lock. Stops a dial still under way (an open one was dropped through the hub). */
    private void abandonCurrent() {
        if (current != null && !current.isClosing() && !current.isClosed()) {
            current.abandon();
        }
    }

    /** Caller holds the lock. */
    private void cancelRedial() {
        if (pendingRedial != null) {
            pendingRedial.cancel(false);
            pendingRedial = null;
        }
    }
}
