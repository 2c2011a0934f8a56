package org.chmlfrp.bot.testkit.discord;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.Deflater;
import org.java_websocket.WebSocket;
import org.java_websocket.exceptions.WebsocketNotConnectedException;

/**
 * One WebSocket connection to the gateway. Frames go out as JSON text, or, when the client asked
 * for {@code compress=zlib-stream}, as binary chunks of one shared zlib stream, each ending in a
 * sync flush ({@code 00 00 FF FF}) as Discord sends them.
 */
final class GatewayConnection {

    private final WebSocket socket;
    private final Map<String, String> query;
    private final Deflater deflater;
    private volatile GatewaySession session;

    GatewayConnection(WebSocket socket, Map<String, String> query) {
        this.socket = socket;
        this.query = Map.copyOf(query);
        this.deflater = "zlib-stream".equals(query.get("compress")) ? new Deflater() : null;
    }

    Map<String, String> query() {
        return query;
    }

    GatewaySession session() {
        return session;
    }

    void session(GatewaySession value) {
        this.session = value;
    }

    boolean isOpen() {
        return socket.isOpen();
    }

    synchronized void send(ObjectNode frame) {
        if (!socket.isOpen()) {
            return;
        }
        String text = DiscordJson.write(frame);
        try {
            if (deflater == null) {
                socket.send(text);
            } else {
                socket.send(ByteBuffer.wrap(compress(text)));
            }
        } catch (WebsocketNotConnectedException e) {
            // Closed between the check and the send: the session buffer keeps it for a RESUME.
        }
    }

    private byte[] compress(String text) {
        deflater.setInput(text.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (true) {
            int n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
            out.write(buffer, 0, n);
            if (n < buffer.length) {
                break;
            }
        }
        return out.toByteArray();
    }

    void close(int code, String reason) {
        socket.close(code, reason);
    }

    synchronized void released() {
        if (deflater != null) {
            deflater.end();
        }
    }
}
