package org.chmlfrp.bot.testkit.onebot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.java_websocket.WebSocket;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.drafts.Draft;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.handshake.ServerHandshakeBuilder;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forward mode: the fake is the OneBot implementation's WebSocket server on {@code 127.0.0.1}
 * and a free port; the bot dials it. A bad access token is refused during the handshake with
 * HTTP 401, or — {@link TokenRefusal#NAPCAT_1403} — after it, with NapCat's retcode 1403 answer.
 */
final class ForwardServer extends WebSocketServer implements OneBotLink {

    private static final Logger LOG = LoggerFactory.getLogger(ForwardServer.class);

    /** Attached to a connection whose token was wrong but whose upgrade was accepted (NapCat's way). */
    private static final Object TOKEN_REFUSED = new Object();

    private static final String NAPCAT_TOKEN_FAILURE = "token验证失败";

    private final AccessTokenCheck tokenCheck;
    private final TokenRefusal refusal;
    private final ObjectMapper json;
    private final SessionHub hub;
    private final CompletableFuture<Integer> started = new CompletableFuture<>();
    private final AtomicInteger refused = new AtomicInteger();
    private volatile URI url;

    ForwardServer(AccessTokenCheck tokenCheck, TokenRefusal refusal, ObjectMapper json, SessionHub hub) {
        super(new InetSocketAddress("127.0.0.1", 0));
        this.tokenCheck = tokenCheck;
        this.refusal = refusal;
        this.json = json;
        this.hub = hub;
        setReuseAddr(true);
        setTcpNoDelay(true);
        setDaemon(true);
        setConnectionLostTimeout(0);
    }

    /** Starts listening and returns {@code ws://127.0.0.1:<port>}. */
    URI listen(Duration timeout) {
        start();
        try {
            url = URI.create("ws://127.0.0.1:" + started.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
            return url;
        } catch (ExecutionException e) {
            throw new UncheckedIOException(
                    "fake OneBot could not listen on 127.0.0.1",
                    e.getCause() instanceof IOException io ? io : new IOException(e.getCause()));
        } catch (TimeoutException e) {
            throw new IllegalStateException("fake OneBot did not start listening within " + timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the fake OneBot", e);
        }
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
    public void reconnect() {
        throw new UnsupportedOperationException("a forward fake listens; the bot redials it");
    }

    @Override
    public int refusedHandshakes() {
        return refused.get();
    }

    /** Closes every connection with 1001 and stops listening. */
    @Override
    public void shutdown() {
        hub.dropAll(GOING_AWAY, "fake OneBot closing");
        try {
            stop(2000, "fake OneBot closing");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public ServerHandshakeBuilder onWebsocketHandshakeReceivedAsServer(
            WebSocket conn, Draft draft, ClientHandshake request) throws InvalidDataException {
        ServerHandshakeBuilder response = super.onWebsocketHandshakeReceivedAsServer(conn, draft, request);
        if (tokenCheck.accepts(request.getFieldValue("Authorization"), request.getResourceDescriptor())) {
            return response;
        }
        refused.incrementAndGet();
        if (refusal == TokenRefusal.NAPCAT_1403) {
            LOG.debug("fake OneBot accepts a bad token's handshake to refuse it with retcode 1403");
            conn.setAttachment(TOKEN_REFUSED);
            return response;
        }
        String reason = request.getFieldValue("Authorization").isEmpty()
                        && !request.getResourceDescriptor().contains("access_token=")
                ? "access token required"
                : "wrong access token";
        LOG.debug("fake OneBot refuses a handshake: {}", reason);
        // The library answers a refused handshake with a generic 404 page; queue the real
        // status first so the bot sees "401 Unauthorized" (the trailing page is never read).
        if (conn instanceof WebSocketImpl impl) {
            impl.outQueue.add(HandshakeRefusal.unauthorized(reason));
        }
        throw new InvalidDataException(CloseFrame.POLICY_VALIDATION, reason);
    }

    @Override
    public void onStart() {
        started.complete(getPort());
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        if (conn.getAttachment() == TOKEN_REFUSED) {
            try {
                conn.send(json.writeValueAsString(
                        ActionResult.failed(1403, NAPCAT_TOKEN_FAILURE).toResponse(NullNode.getInstance())));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            conn.close();
            return;
        }
        ForwardSession session = new ForwardSession(conn, ConnectionRole.ofResource(handshake.getResourceDescriptor()));
        conn.setAttachment(session);
        hub.opened(session);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        if (conn.getAttachment() instanceof ForwardSession session) {
            hub.received(session, message);
        }
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        if (conn.getAttachment() instanceof ForwardSession session) {
            hub.closed(session, code, reason);
        }
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        if (conn == null && !started.isDone()) {
            started.completeExceptionally(ex);
        }
        LOG.debug("fake OneBot server error", ex);
    }

    /** One bot connection to the forward server. */
    private record ForwardSession(WebSocket conn, ConnectionRole role) implements BotSession {

        @Override
        public void push(String frame) {
            try {
                conn.send(frame);
            } catch (WebsocketNotConnectedException e) {
                LOG.debug("fake OneBot: connection gone, dropped {}", frame);
            }
        }

        @Override
        public boolean receivesEvents() {
            return role.receivesEvents();
        }

        @Override
        public boolean acceptsActions() {
            return role.acceptsActions();
        }

        @Override
        public void drop(int code, String reason) {
            conn.close(code, reason);
        }
    }
}
