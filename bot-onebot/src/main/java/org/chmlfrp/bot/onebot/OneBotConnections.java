package org.chmlfrp.bot.onebot;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.chmlfrp.bot.core.chat.ChatConnections;
import org.chmlfrp.bot.onebot.transport.OneBotSession;

/**
 * Which configured connection ({@code onebot[i]}, its place in {@code onebot.connections}) each
 * open session came through. A connection is up while at least one of its sessions is open; its
 * send queues are measured as {@code chmlbot.onebot.send.queue.depth} (messages waiting or in
 * flight) and {@code chmlbot.onebot.send.queue.oldest} (seconds the oldest has waited), tagged
 * with the connection's name, never its URL.
 */
final class OneBotConnections {
    private final Map<OneBotSession, Integer> indexOf = new ConcurrentHashMap<>();

    OneBotConnections(int configured, ChatConnections connections, MeterRegistry registry) {
        for (int i = 0; i < configured; i++) {
            int index = i;
            String name = name(i);
            connections.register(name, () -> isUp(index));
            Gauge.builder("chmlbot.onebot.send.queue.depth", this, c -> c.depth(index))
                    .description("Messages queued or in flight on the connection")
                    .tag("connection", name)
                    .register(registry);
            Gauge.builder("chmlbot.onebot.send.queue.oldest", this, c -> c.oldestSeconds(index))
                    .description("Seconds the oldest queued message of the connection has waited, 0 when none")
                    .baseUnit("seconds")
                    .tag("connection", name)
                    .register(registry);
        }
    }

    static String name(int index) {
        return "onebot[" + index + "]";
    }

    void opened(int index, OneBotSession session) {
        indexOf.put(session, index);
    }

    void closed(OneBotSession session) {
        indexOf.remove(session);
    }

    boolean isUp(int index) {
        return indexOf.entrySet().stream()
                .anyMatch(e -> e.getValue() == index && e.getKey().isOpen());
    }

    private double depth(int index) {
        return indexOf.entrySet().stream()
                .filter(e -> e.getValue() == index)
                .mapToInt(e -> e.getKey().queuedMessages())
                .sum();
    }

    private double oldestSeconds(int index) {
        long now = System.nanoTime();
        return indexOf.entrySet().stream()
                        .filter(e -> e.getValue() == index)
                        .mapToLong(e -> e.getKey().oldestQueuedAgeNanos(now))
                        .max()
                        .orElse(0)
                / 1e9;
    }
}
