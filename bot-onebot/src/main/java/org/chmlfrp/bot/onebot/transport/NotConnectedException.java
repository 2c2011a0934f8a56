package org.chmlfrp.bot.onebot.transport;

/** No open connection serves the QQ account, or the connection closed under a call. */
public final class NotConnectedException extends RuntimeException {
    public NotConnectedException(String message) {
        super(message);
    }
}
