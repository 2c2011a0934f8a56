package org.chmlfrp.bot.onebot.transport;

/** Makes a session for a freshly opened connection and registers it (the adapter implements this). */
@FunctionalInterface
public interface SessionOpener {
    /**
     * @param origin      the configured connection, for logs (never a token)
     * @param knownSelfId the account from the handshake ({@code X-Self-ID}), or 0
     */
    OneBotSession open(String origin, FrameChannel channel, long knownSelfId);
}
