package org.chmlfrp.bot.core.chmlfrp.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One node's live figures from the public {@code /node_stats}.
 *
 * @param curCounts    the API's {@code cur_counts}: current connections
 * @param clientCounts frpc clients connected
 * @param tunnelCounts tunnels running on the node
 */
public record NodeStats(
        int id,
        @JsonProperty("node_name") String nodeName,
        OnlineState state,
        @JsonProperty("nodegroup") NodeGroup group,

        @JsonProperty("total_traffic_in") @JsonAlias("totalTrafficIn")
        long totalTrafficIn,

        @JsonProperty("total_traffic_out") @JsonAlias("totalTrafficOut")
        long totalTrafficOut,

        @JsonProperty("cur_counts") int curCounts,
        @JsonProperty("bandwidth_usage_percent") int bandwidthUsagePercent,
        @JsonProperty("cpu_usage") double cpuUsage,
        @JsonProperty("client_counts") int clientCounts,
        @JsonProperty("tunnel_counts") int tunnelCounts) {

    public NodeStats {
        state = state == null ? OnlineState.UNKNOWN : state;
        group = group == null ? NodeGroup.UNKNOWN : group;
    }

    public boolean online() {
        return state == OnlineState.ONLINE;
    }
}
