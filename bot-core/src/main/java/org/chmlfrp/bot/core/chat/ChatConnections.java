package org.chmlfrp.bot.core.chat;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The bot's configured chat connections ({@code onebot[0]}, {@code onebot[1]}, {@code discord}) and
 * whether each is up, as its adapter reports it: what {@code GET /health} checks and the
 * {@code chmlbot.chat.connection.up} gauge shows. A name is a configuration position, never a URL
 * (which may carry a token). One per bot; thread-safe.
 */
@Singleton
public final class ChatConnections {
    /** The gauge: 1 while the connection is up, 0 while it is down. Tag {@code connection}. */
    public static final String GAUGE = "chmlbot.chat.connection.up";

    private final MeterRegistry registry;
    private final Map<String, BooleanSupplier> connections = new LinkedHashMap<>();

    @Inject
    public ChatConnections(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * Adds a connection the bot is configured to keep up.
     *
     * @param name the connection's place in the configuration ({@code onebot[0]}), never an address
     * @param up   asked on every health check and scrape; must be cheap and thread-safe
     */
    public synchronized void register(String name, BooleanSupplier up) {
        if (connections.putIfAbsent(name, up) != null) {
            throw new IllegalStateException("connection registered twice: " + name);
        }
        Gauge.builder(GAUGE, up, u -> u.getAsBoolean() ? 1 : 0)
                .description("1 while the chat connection is up")
                .tag("connection", name)
                .register(registry);
    }

    /** Every registered connection's name, in registration order. */
    public synchronized List<String> names() {
        return List.copyOf(connections.keySet());
    }

    /** The names of the connections that are down now, in registration order. */
    public synchronized List<String> down() {
        List<String> down = new ArrayList<>();
        connections.forEach((name, up) -> {
            if (!up.getAsBoolean()) {
                down.add(name);
            }
        });
        return down;
    }
}
