package org.chmlfrp.bot.testkit.onebot;

/** One open WebSocket connection between the fake and the bot, whichever side dialled. */
interface BotSession {

    /** Sends a text frame; silently dropped when the connection is already gone. */
    void push(String frame);

    /** Whether events go to this connection (not for a forward {@code /api} connection). */
    boolean receivesEvents();

    /** Whether action requests on this connection are answered (not for a forward {@code /event} connection). */
    boolean acceptsActions();

    /** Starts the closing handshake with this code. */
    void drop(int code, String reason);
}
