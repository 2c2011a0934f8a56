package org.chmlfrp.bot.onebot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A minimal OneBot implementation's WebSocket server (forward mode) for tests: records the
 * handshakes and actions, answers actions through {@link PeerLogic}, pushes events.
 */
public final class RawOneBotServer extends WebSocketServer implements AutoCloseable {
    private final PeerLogic logic;
    private final List<WebSocket> open = new CopyOnWriteArrayList<>();
    private final List<Map<String, String>> handshakes = new CopyOnWriteArrayList<>();
    private final CountDownLatch started = new CountDownLatch(1);
    private volatile boolean refuseAll;

    private RawOneBotServer(int port, long selfId) {
        super(new InetSocketAddress("127.0.0.1", port));
        this.logic = new PeerLogic(selfId);
        setReuseAddr(true);
        setDaemon(true);
    }

    public static RawOneBotServer start(long selfId) throws InterruptedException {
        return startOn(0, selfId);
    }

    public static RawOneBotServer startOn(int port, long selfId) throws InterruptedException {
        RawOneBotServer s = new RawOneBotServer(port, selfId);
        s.start();
        if (!s.started.await(5, TimeUnit.SECONDS)) {
            throw new AssertionError("raw server did not start");
        }
        return s;
    }

    public URI url() {
        return URI.create("ws://127.0.0.1:" + getPort());
    }

    public PeerLogic logic() {
        return logic;
    }

    /** Close every new connection at once (an implementation that is down). */
    public void refuseAll(boolean refuse) {
        this.refuseAll = refuse;
    }

    public List<Map<String, String>> handshakes() {
        return List.copyOf(handshakes);
    }

    public int openConnections() {
        return open.size();
    }

    public boolean awaitConnections(int n, long millis) {
        return Waits.reached(() -> open.size() >= n, Duration.ofMillis(millis));
    }

    /** Sends an event to every open connection. */
    public void push(JsonNode event) {
        String frame = event.toString();
        open.forEach(c -> c.send(frame));
    }

    /** Drops every connection (the implementation restarted). */
    public void dropAll() {
        open.forEach(c -> c.close(1001, "going away"));
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        Map<String, String> headers = new ConcurrentHashMap<>();
        handshake
                .iterateHttpFields()
                .forEachRemaining(
                        name -> headers.put(name.toLowerCase(java.util.Locale.ROOT), handshake.getFieldValue(name)));
        headers.put(":path", handshake.getResourceDescriptor());
        handshakes.add(headers);
        if (refuseAll) {
            conn.close(1011, "down");
            return;
        }
        open.add(conn);
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        open.remove(conn);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        String answer = logic.onFrame(message);
        if (answer != null) {
            conn.send(answer);
        }
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {}

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void close() {
        try {
            stop(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
