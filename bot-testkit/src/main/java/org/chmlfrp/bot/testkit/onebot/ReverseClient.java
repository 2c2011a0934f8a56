package org.chmlfrp.bot.testkit.onebot;

import java.net.URI;
import java.util.Map;
import java.util.function.Consumer;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.handshake.ServerHandshake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One dial of the bot's reverse WebSocket server (a new client per attempt). */
final class ReverseClient extends WebSocketClient implements BotSession {

    private static final Logger LOG = LoggerFactory.getLogger(ReverseClient.class);

    private final SessionHub hub;
    private final Consumer<ReverseClient> onEnded;
    private volatile boolean abandoned;
    private volatile boolean registered;

    ReverseClient(URI url, Map<String, String> headers, SessionHub hub, Consumer<ReverseClient> onEnded) {
        super(url, headers);
        setTcpNoDelay(true);
        this.hub = hub;
        this.onEnded = onEnded;
        setDaemon(true);
        setConnectionLostTimeout(0);
    }

    /** Gives this dial up: closes it now, or as soon as it opens if it is still connecting. */
    void abandon() {
        abandoned = true;
        close();
    }

    @Override
    public void onOpen(ServerHandshake handshake) {
        if (abandoned) {
            close();
            return;
        }
        registered = true;
        hub.opened(this);
    }

    @Override
    public void onMessage(String message) {
        hub.received(this, message);
    }

    @Override
    public void onClose(int code, String reason, boolean remote) {
        LOG.debug("fake OneBot reverse connection closed: {} {}", code, reason);
        if (registered || !abandoned) {
            hub.closed(this, code, reason);
        }
        onEnded.accept(this);
    }

    @Override
    public void onError(Exception ex) {
        LOG.debug("fake OneBot reverse connection error", ex);
    }

    @Override
    public void push(String frame) {
        try {
            send(frame);
        } catch (WebsocketNotConnectedException e) {
            LOG.debug("fake OneBot: reverse connection gone, dropped {}", frame);
        }
    }

    @Override
    public boolean receivesEvents() {
        return true;
    }

    @Override
    public boolean acceptsActions() {
        return true;
    }

    @Override
    public void drop(int code, String reason) {
        close(code, reason);
    }
}
