package org.chmlfrp.bot.onebot.transport;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@code reverse} connection: the bot listens on {@code host:port} and the OneBot
 * implementation dials {@code path}. A connection with a wrong path, a bad or missing access
 * token, a missing {@code X-Self-ID} or a non-Universal role is closed with code 1008 (policy
 * violation). Several implementations (QQ accounts) may connect at once; one that redials
 * replaces its stale session (see {@link OneBotSessions#bind}).
 */
public final class ReverseServer {
    private static final Logger log = LoggerFactory.getLogger(ReverseServer.class);

    private final String host;
    private final int port;
    private final String origin;
    private final HandshakeCheck check;
    private final SessionOpener opener;
    private final CompletableFuture<Void> started = new CompletableFuture<>();
    private Server server;

    public ReverseServer(String host, int port, String path, String accessToken, SessionOpener opener) {
        this.host = host;
        this.port = port;
        this.origin = "reverse " + host + ":" + port + (path == null ? "" : path);
        this.check = new HandshakeCheck(path, accessToken);
        this.opener = opener;
    }

    public String origin() {
        return origin;
    }

    /** Binds and waits until the server listens; fails when the address cannot be bound. */
    public synchronized void start(Duration timeout) throws Exception {
        server = new Server(new InetSocketAddress(host, port));
        server.setReuseAddr(true);
        server.setTcpNoDelay(true);
        server.setDaemon(true);
        server.start();
        try {
            started.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            stop();
            Throwable cause = e.getCause();
            throw new IllegalStateException(
                    "onebot reverse server cannot listen on " + host + ":" + port + ": " + cause, cause);
        }
        log.info("OneBot {}: listening on port {}", origin, port());
    }

    /** The port listened on (the actual one when configured as 0). */
    public int port() {
        Server s = server;
        return s == null ? port : s.getPort();
    }

    public synchronized void stop() {
        if (server != null) {
            try {
                server.stop(1000, "bot stopping");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private final class Server extends WebSocketServer {
        Server(InetSocketAddress address) {
            super(address);
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            HandshakeCheck.Verdict v = check.check(
                    handshake.getResourceDescriptor(),
                    name -> handshake.hasFieldValue(name) ? handshake.getFieldValue(name) : null);
            if (!v.accepted()) {
                log.warn(
                        "OneBot {}: refused a connection from {}: {}",
                        origin,
                        conn.getRemoteSocketAddress(),
                        v.reason());
                conn.close(CloseFrame.POLICY_VALIDATION, v.reason());
                return;
            }
            log.info("OneBot {}: QQ account {} connected", origin, v.selfId());
            OneBotSession session = opener.open(origin, new WebSocketChannel(conn), v.selfId());
            conn.setAttachment(session);
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            OneBotSession s = conn.getAttachment();
            if (s != null) {
                s.receive(message);
            }
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
            OneBotSession s = conn.getAttachment();
            if (s != null) {
                log.info("OneBot {}: QQ account {} disconnected (code {})", origin, s.selfId(), code);
                s.closed(code);
            }
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
            if (conn == null) {
                started.completeExceptionally(ex);
                log.debug("OneBot {}: server error {}", origin, ex.getClass().getSimpleName());
            } else {
                log.debug(
                        "OneBot {}: connection error {}", origin, ex.getClass().getSimpleName());
            }
        }

        @Override
        public void onStart() {
            started.complete(null);
        }
    }
}
