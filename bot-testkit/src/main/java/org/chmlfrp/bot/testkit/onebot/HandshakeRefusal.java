package org.chmlfrp.bot.testkit.onebot;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** The raw HTTP answer that refuses a WebSocket upgrade for a missing or wrong access token. */
final class HandshakeRefusal {

    private HandshakeRefusal() {}

    static ByteBuffer unauthorized(String reason) {
        byte[] body = (reason + "\n").getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 401 Unauthorized\r\n"
                + "WWW-Authenticate: Bearer\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "Connection: close\r\n"
                + "\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(headBytes.length + body.length)
                .put(headBytes)
                .put(body)
                .flip();
    }
}
