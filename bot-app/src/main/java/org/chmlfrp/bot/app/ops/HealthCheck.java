package org.chmlfrp.bot.app.ops;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chmlfrp.bot.core.chat.ChatConnections;
import org.chmlfrp.bot.core.store.Database;

/**
 * What {@code GET /health} answers: up when the store is open and every configured chat
 * connection is up. Connections are named by their place in the configuration
 * ({@code onebot[0]}, {@code discord}), never by an address that may carry a token.
 */
public final class HealthCheck {
    /** One look: the store, each connection by name, and which of them are down. */
    public record Status(boolean storeOpen, Map<String, Boolean> connections) {
        public boolean up() {
            return storeOpen && !connections.containsValue(false);
        }

        /** What is down: {@code store} and/or connection names, in order. */
        public List<String> down() {
            java.util.ArrayList<String> down = new java.util.ArrayList<>();
            if (!storeOpen) {
                down.add("store");
            }
            connections.forEach((name, up) -> {
                if (!up) {
                    down.add(name);
                }
            });
            return down;
        }
    }

    private final Database store;
    private final ChatConnections connections;

    public HealthCheck(Database store, ChatConnections connections) {
        this.store = store;
        this.connections = connections;
    }

    public Status check() {
        List<String> down = connections.down();
        Map<String, Boolean> states = new LinkedHashMap<>();
        connections.names().forEach(name -> states.put(name, !down.contains(name)));
        return new Status(store.isOpen(), states);
    }
}
