package org.chmlfrp.bot.onebot.transport;

import java.nio.ByteBuffer;
import org.java_websocket.WebSocket;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.framing.TextFrame;

/** A {@link FrameChannel} over a Java-WebSocket connection (client or server side). */
final class WebSocketChannel implements FrameChannel {
    private final WebSocket socket;

    WebSocketChannel(WebSocket socket) {
        this.socket = socket;
    }

    /**
     * Sends the bytes as one text frame. {@code WebSocket.send(String)} would encode a string and
     * then re-validate its UTF-8 byte by byte; the encoder already wrote valid UTF-8.
     */
    @Override
    public void send(byte[] utf8Frame) {
        TextFrame frame = new TextFrame();
        frame.setPayload(ByteBuffer.wrap(utf8Frame));
        frame.setFin(true);
        socket.sendFrame(frame);
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
