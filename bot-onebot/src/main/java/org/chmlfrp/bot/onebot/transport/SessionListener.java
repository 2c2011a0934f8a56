package org.chmlfrp.bot.onebot.transport;

import org.chmlfrp.bot.onebot.protocol.OneBotEvent;

/** What the adapter does with a session's life and its events. Called on WebSocket threads: return quickly. */
public interface SessionListener {
    /** The session now knows its QQ account (from {@code X-Self-ID}, {@code get_login_info} or an event). */
    void onAccountKnown(OneBotSession session);

    /** Any event except heartbeats. */
    void onEvent(OneBotSession session, OneBotEvent event);

    /** A heartbeat, after the session noted its interval (for staleness). */
    default void onHeartbeat(OneBotSession session, OneBotEvent.Heartbeat heartbeat) {}

    void onClosed(OneBotSession session);
}
