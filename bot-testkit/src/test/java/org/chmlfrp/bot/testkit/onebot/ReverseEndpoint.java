package org.chmlfrp.bot.testkit.onebot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.drafts.Draft;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.handshake.ServerHandshakeBuilder;
import org.java_websocket.server.WebSocketServer;

/** Plays the bot's reverse WebSocket endpoint (a small Java-WebSocket server) against a reverse fake. */
final class ReverseEndpoint extends WebSocketServer implements AutoCloseable {

    /** How the endpoint treats a dial. */
    enum Policy {
        ACCEPT,
        /** Accepts the upgrade, then closes with 1008 (how a bot refuses a wrong token after opening). */
        CLOSE_1008,
        /** Refuses the upgrade itself (the library answers HTTP 404). */
        REFUSE_HANDSHAKE
    }

    private final ObjectMapper json = new ObjectMapper();
    private final CompletableFuture<Integer> started = new CompletableFuture<>();
    private final List<Map<String, String>> handshakes = new CopyOnWriteArrayList<>();
    private final List<Integer> closeCodes = new CopyOnWriteArrayList<>();
    private final Frames frames = new Frames();
    private final Frames opens = new Frames();
    private final Frames closes = new Frames();
    private volatile Policy policy = Policy.ACCEPT;
    private volatile WebSocket current;

    ReverseEndpoint() {
        super(new InetSocketAddress("127.0.0.1", 0));
        setReuseAddr(true);
        setDaemon(true);
        setConnectionLostTimeout(0);
    }

    static ReverseEndpoint listening() {
        ReverseEndpoint endpoint = new ReverseEndpoint();
        endpoint.start();
        try {
            endpoint.started.get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("reverse endpoint did not start", e);
        }
        return endpoint;
    }

    URI url() {
        return URI.create("ws://127.0.0.1:" + getPort() + "/onebot/v11/ws");
    }

    void policy(Policy value) {
        policy = value;
    }

    Frames frames() {
        return frames;
    }

    /** The headers of every handshake received, in order (names as sent). */
    List<Map<String, String>> handshakes() {
        return new ArrayList<>(handshakes);
    }

    /** Waits until {@code count} connections have opened. */
    void awaitOpens(int count, Duration timeout) {
        opens.awaitCount(frame -> true, count, timeout);
    }

    /** Waits until {@code count} connections have closed, and returns their close codes. */
    List<Integer> awaitCloses(int count, Duration timeout) {
        closes.awaitCount(frame -> true, count, timeout);
        return List.copyOf(closeCodes);
    }

    /** Sends an action request on the current connection. */
    void call(String action, ObjectNode params, JsonNode echo) {
        ObjectNode request = json.createObjectNode().put("action", action);
        request.set("params", params);
        request.set("echo", echo);
        current.send(request.toString());
    }

    ObjectNode params() {
        return json.createObjectNode();
    }

    @Override
    public ServerHandshakeBuilder onWebsocketHandshakeReceivedAsServer(
            WebSocket conn, Draft draft, ClientHandshake request) throws InvalidDataException {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        request.iterateHttpFields().forEachRemaining(name -> headers.put(name, request.getFieldValue(name)));
        handshakes.add(headers);
        if (policy == Policy.REFUSE_HANDSHAKE) {
            throw new InvalidDataException(CloseFrame.POLICY_VALIDATION, "refused");
        }
        return super.onWebsocketHandshakeReceivedAsServer(conn, draft, request);
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        current = conn;
        opens.add(json.createObjectNode());
        if (policy == Policy.CLOSE_1008) {
            conn.close(CloseFrame.POLICY_VALIDATION, "wrong access token");
        }
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        closeCodes.add(code);
        closes.add(json.createObjectNode());
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        try {
            frames.add(json.readTree(message));
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        if (conn == null) {
            started.completeExceptionally(ex);
        }
    }

    @Override
    public void onStart() {
        started.complete(getPort());
    }

    @Override
    public void close() {
        try {
            stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
