package org.chmlfrp.bot.onebot.transport;

import org.java_websocket.WebSocket;
import org.java_websocket.framing.CloseFrame;

/** A {@link FrameChannel} over a Java-WebSocket connection (client or server side). */
final class WebSocketChannel implements FrameChannel {
    private final WebSocket socket;

    WebSocketChannel(WebSocket socket) {
        this.socket = socket;
    }

    @Override
    public void send(String frame) {
        socket.send(frame);
    }

    @Override
    public void close(int code, String reason) {
        socket.close(code, reason);
    }

    @Override
    public void abort() {
        socket.closeConnection(CloseFrame.ABNORMAL_CLOSE, "abandoned");
    }

    @Override
    public boolean isOpen() {
        return socket.isOpen();
    }
}
