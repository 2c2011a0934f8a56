package org.chmlfrp.bot.app.ops;

/**
 * The {@code server} section: where {@code GET /health} and {@code GET /metrics} listen.
 * {@code host} null means off (the default).
 */
public record ServerSettings(String host, int port) {
    public static ServerSettings off() {
        return new ServerSettings(null, 0);
    }

    public boolean enabled() {
        return host != null;
    }
}
