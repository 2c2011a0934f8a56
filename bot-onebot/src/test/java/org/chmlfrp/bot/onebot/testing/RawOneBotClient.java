package org.chmlfrp.bot.onebot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ServerHandshake;

/** A minimal OneBot implementation dialling the bot (reverse mode) for tests. */
public final class RawOneBotClient extends WebSocketClient implements AutoCloseable {
    private final PeerLogic logic;
    private volatile int closeCode = Integer.MIN_VALUE;

    public RawOneBotClient(URI uri, Map<String, String> headers, PeerLogic logic) {
        super(uri, headers);
        this.logic = logic;
    }

    /** Dials with {@code X-Self-ID}, {@code X-Client-Role: Universal} and, when not empty, the bearer token. */
    public static RawOneBotClient dial(URI uri, long selfId, String token) throws InterruptedException {
        Map<String, String> headers = new java.util.HashMap<>();
        headers.put("X-Self-ID", Long.toString(selfId));
        headers.put("X-Client-Role", "Universal");
        if (token != null && !token.isEmpty()) {
            headers.put("Authorization", "Bearer " + token);
        }
        return dial(uri, headers, new PeerLogic(selfId));
    }

    public static RawOneBotClient dial(URI uri, Map<String, String> headers, PeerLogic logic)
            throws InterruptedException {
        RawOneBotClient c = new RawOneBotClient(uri, headers, logic);
        c.connectBlocking(5, TimeUnit.SECONDS);
        return c;
    }

    public PeerLogic logic() {
        return logic;
    }

    public void push(JsonNode event) {
        send(event.toString());
    }

    /** The close code once closed, else {@link Integer#MIN_VALUE}. */
    public int closeCode() {
        return closeCode;
    }

    public boolean awaitClosed(long millis) {
        return Waits.reached(() -> closeCode != Integer.MIN_VALUE, Duration.ofMillis(millis));
    }

    @Override
    public void onOpen(ServerHandshake handshake) {}

    @Override
    public void onMessage(String message) {
        String answer = logic.onFrame(message);
        if (answer != null) {
            send(answer);
        }
    }

    @Override
    public void onClose(int code, String reason, boolean remote) {
        closeCode = code;
    }

    @Override
    public void onError(Exception ex) {}
}
