package org.chmlfrp.bot.testkit.onebot;

import java.net.URI;

/** The transport side of the fake: a forward server or a reverse dialler. */
interface OneBotLink {

    /** Close code of {@link #disconnect()}: going away. */
    int GOING_AWAY = 1001;

    /** Forward: the URL the bot dials. Reverse: the bot's URL the fake dials. */
    URI url();

    /** Drops the open connections with 1001; the link stays usable. */
    void disconnect();

    /** Reverse: drop and dial again. Forward: unsupported (the bot redials). */
    void reconnect();

    /** Refused handshakes so far (forward only; 0 for reverse). */
    int refusedHandshakes();

    /** Ends everything; not reusable. */
    void shutdown();
}
