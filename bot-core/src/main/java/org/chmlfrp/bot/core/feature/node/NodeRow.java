package org.chmlfrp.bot.core.feature.node;

import org.chmlfrp.bot.core.chmlfrp.model.Node;
import org.chmlfrp.bot.core.chmlfrp.model.NodeStats;

/** A node of the public list with its live figures; {@code stats} is null when {@code /node_stats} does not name it. */
record NodeRow(Node node, NodeStats stats) {
    /** A node missing from the stats counts as offline. */
    boolean online() {
        return stats != null && stats.online();
    }
}
