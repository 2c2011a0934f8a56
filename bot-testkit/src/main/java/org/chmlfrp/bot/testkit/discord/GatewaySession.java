package org.chmlfrp.bot.testkit.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A gateway session (one per shard IDENTIFY): its id, sequence numbers and every dispatch sent,
 * so a RESUME can replay what a dropped connection missed. Outlives its connections.
 */
final class GatewaySession {

    final String sessionId;
    final int shardId;
    final int shardTotal;
    final JsonNode identify;
    private int sequence;
    private final List<ObjectNode> dispatched = new ArrayList<>();
    private GatewayConnection connection;
    private volatile boolean ready;

    GatewaySession(String sessionId, int shardId, int shardTotal, JsonNode identify) {
        this.sessionId = sessionId;
        this.shardId = shardId;
        this.shardTotal = shardTotal;
        this.identify = identify;
    }

    /** Sends (or, while disconnected, only buffers) one op-0 dispatch; returns its sequence. */
    synchronized int dispatch(String type, JsonNode data) {
        ObjectNode frame = DiscordJson.object();
        frame.put("op", 0);
        frame.put("s", ++sequence);
        frame.put("t", type);
        frame.set("d", data);
        dispatched.add(frame);
        if (connection != null) {
            connection.send(frame);
        }
        return sequence;
    }

    synchronized void attach(GatewayConnection value) {
        this.connection = value;
        value.session(this);
    }

    synchronized void detach(GatewayConnection value) {
        if (connection == value) {
            connection = null;
        }
    }

    synchronized boolean isConnected() {
        return connection != null && connection.isOpen();
    }

    synchronized GatewayConnection connection() {
        return connection;
    }

    /** Re-attaches a resumed connection, replays dispatches after {@code seq}; returns how many. */
    synchronized int resume(GatewayConnection value, long seq) {
        attach(value);
        int replayed = 0;
        for (ObjectNode frame : dispatched) {
            if (frame.get("s").asLong() > seq) {
                value.send(frame);
                replayed++;
            }
        }
        return replayed;
    }

    synchronized int sequence() {
        return sequence;
    }

    synchronized List<ObjectNode> dispatched() {
        List<ObjectNode> copy = new ArrayList<>();
        dispatched.forEach(f -> copy.add(f.deepCopy()));
        return copy;
    }

    void markReady() {
        ready = true;
    }

    boolean isReady() {
        return ready;
    }
}
