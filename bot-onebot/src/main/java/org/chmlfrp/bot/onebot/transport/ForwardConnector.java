package org.chmlfrp.bot.onebot.transport;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.handshake.ServerHandshake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@code forward} connection: the bot dials the OneBot implementation's WebSocket server
 * ({@code Authorization: Bearer <access-token>} when one is set) and keeps dialling while
 * stopped is not asked: capped exponential backoff with jitter between attempts, reset after a
 * connection that opened. State changes are logged once (connected, lost, back), not every
 * attempt.
 */
public final class ForwardConnector {
    private static final Logger log = LoggerFactory.getLogger(ForwardConnector.class);

    private enum State {
        STARTING,
        CONNECTED,
        DOWN
    }

    private final URI uri;
    private final String accessToken;
    private final String origin;
    private final SessionOpener opener;
    private final ScheduledExecutorService timer;
    private final Backoff backoff;
    private final int connectTimeoutMillis;
    private volatile boolean stopped;
    private volatile State state = State.STARTING;
    private volatile Client current;
    private volatile ScheduledFuture<?> pendingDial;
    private volatile int failedSinceUp;

    public ForwardConnector(
            String url,
            String accessToken,
            SessionOpener opener,
            ScheduledExecutorService timer,
            Duration connectTimeout,
            Duration reconnectInitial,
            Duration reconnectMax,
            Random random) {
        try {
            this.uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("onebot forward url is not a URL: " + e.getReason());
        }
        if (!"ws".equalsIgnoreCase(uri.getScheme()) && !"wss".equalsIgnoreCase(uri.getScheme())) {
            throw new IllegalArgumentException("onebot forward url must start with ws:// or wss://");
        }
        this.accessToken = accessToken == null ? "" : accessToken;
        this.origin = "forward " + Urls.forLog(uri);
        this.opener = opener;
        this.timer = timer;
        this.connectTimeoutMillis = (int) Math.min(Integer.MAX_VALUE, connectTimeout.toMillis());
        this.backoff = new Backoff(reconnectInitial, reconnectMax, 0.2, random);
    }

    public String origin() {
        return origin;
    }

    public void start() {
        log.info("OneBot {}: dialling", origin);
        dial();
    }

    public boolean isConnected() {
        Client c = current;
        return c != null && c.isOpen();
    }

    /** Stops dialling and closes the connection. */
    public void stop() {
        stopped = true;
        ScheduledFuture<?> p = pendingDial;
        if (p != null) {
            p.cancel(false);
        }
        Client c = current;
        if (c != null) {
            c.close(1001, "bot stopping");
        }
    }

    private void dial() {
        if (stopped) {
            return;
        }
        Map<String, String> headers = new HashMap<>();
        if (!accessToken.isEmpty()) {
            headers.put("Authorization", "Bearer " + accessToken);
        }
        Client client = new Client(uri, headers, connectTimeoutMillis);
        current = client;
        try {
            client.connect();
        } catch (RuntimeException e) {
            client.ended(-1);
        }
    }

    private void redialLater(int code) {
        if (stopped) {
            return;
        }
        Duration delay = backoff.next();
        if (state == State.CONNECTED) {
            log.warn("OneBot {}: connection lost (code {}); redialling with backoff", origin, code);
        } else if (state == State.STARTING) {
            log.warn("OneBot {}: cannot connect (code {}); retrying in the background", origin, code);
        } else {
            log.debug("OneBot {}: attempt failed (code {}); next in {} ms", origin, code, delay.toMillis());
        }
        state = State.DOWN;
        failedSinceUp++;
        pendingDial = timer.schedule(this::dial, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private final class Client extends WebSocketClient {
        private final AtomicBoolean ended = new AtomicBoolean();
        private volatile OneBotSession session;

        Client(URI target, Map<String, String> headers, int timeoutMillis) {
            super(target, new Draft_6455(), headers, timeoutMillis);
            setTcpNoDelay(true);
        }

        @Override
        public void onOpen(ServerHandshake handshake) {
            if (stopped) {
                close(1001, "bot stopping");
                return;
            }
            if (state == State.DOWN) {
                log.info("OneBot {}: connected again after {} failed attempt(s)", origin, failedSinceUp);
            } else {
                log.info("OneBot {}: connected", origin);
            }
            state = State.CONNECTED;
            failedSinceUp = 0;
            backoff.reset();
            session = opener.open(origin, new WebSocketChannel(this), 0);
        }

        @Override
        public void onMessage(String message) {
            OneBotSession s = session;
            if (s != null) {
                s.receive(message);
            }
        }

        @Override
        public void onClose(int code, String reason, boolean remote) {
            ended(code);
        }

        @Override
        public void onError(Exception ex) {
            log.debug("OneBot {}: {}", origin, ex.getClass().getSimpleName());
        }

        void ended(int code) {
            if (!ended.compareAndSet(false, true)) {
                return;
            }
            OneBotSession s = session;
            if (s != null) {
                s.closed(code);
            }
            redialLater(code);
        }
    }
}
