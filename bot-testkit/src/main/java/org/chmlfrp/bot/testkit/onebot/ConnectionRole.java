package org.chmlfrp.bot.testkit.onebot;

/**
 * What a forward connection carries, by the path the bot dialled ({@code communication/ws.md}):
 * {@code /api} only actions, {@code /event} only events, anything else (usually {@code /}) both.
 */
enum ConnectionRole {
    UNIVERSAL(true, true),
    API(false, true),
    EVENT(true, false);

    private final boolean events;
    private final boolean actions;

    ConnectionRole(boolean events, boolean actions) {
        this.events = events;
        this.actions = actions;
    }

    boolean receivesEvents() {
        return events;
    }

    boolean acceptsActions() {
        return actions;
    }

    /** The role for a handshake's resource descriptor, e.g. {@code /api?access_token=x}. */
    static ConnectionRole ofResource(String resource) {
        String path = resource == null ? "/" : resource;
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.endsWith("/api")) {
            return API;
        }
        if (path.endsWith("/event")) {
            return EVENT;
        }
        return UNIVERSAL;
    }
}
