package org.chmlfrp.bot.core.chmlfrp.model;

import java.util.List;

/** A node's uptime history from the public {@code /node_uptime}. */
public record NodeUptime(int id, String nodeName, OnlineState state, NodeGroup group, List<UptimePoint> history) {
    public NodeUptime {
        history = List.copyOf(history);
    }
}
