package org.chmlfrp.bot.onebot.transport;

/** The socket under a session: writes text frames and closes. One writer at a time is the session's job. */
public interface FrameChannel {
    /** One text frame, given as its UTF-8 bytes (valid UTF-8: the caller encoded it). */
    void send(byte[] utf8Frame);

    /** A polite close (close frame with code and reason). */
    void close(int code, String reason);

    /** Drops the connection at once, without a close handshake (the peer went silent). */
    void abort();

    boolean isOpen();
}
