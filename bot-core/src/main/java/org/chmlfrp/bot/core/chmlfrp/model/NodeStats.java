package org.chmlfrp.bot.core.chmlfrp.model;

/**
 * One node's live figures from the public {@code /node_stats}.
 *
 * @param curCounts    the API's {@code cur_counts}: current connections
 * @param clientCounts frpc clients connected
 * @param tunnelCounts tunnels running on the node
 */
public record NodeStats(
        int id,
        String nodeName,
        OnlineState state,
        NodeGroup group,
        long totalTrafficIn,
        long totalTrafficOut,
        int curCounts,
        int bandwidthUsagePercent,
        double cpuUsage,
        int clientCounts,
        int tunnelCounts) {

    public boolean online() {
        return state.isOnline();
    }
}
