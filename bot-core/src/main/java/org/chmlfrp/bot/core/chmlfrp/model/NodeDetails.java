package org.chmlfrp.bot.core.chmlfrp.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A node's machine and its totals: the {@code node_details} of {@code /node_status_info}, and
 * the same fields of {@code /nodeinfo}. Traffic comes as {@code total_traffic_in} or (newer)
 * {@code totalTrafficIn}.
 */
public record NodeDetails(
        @JsonProperty("cpu_info") String cpuInfo,
        @JsonProperty("num_cores") int numCores,
        @JsonProperty("memory_total") long memoryTotal,
        @JsonProperty("storage_total") long storageTotal,
        @JsonProperty("storage_used") long storageUsed,
        double load1,
        double load5,
        double load15,
        @JsonProperty("uptime_seconds") long uptimeSeconds,

        @JsonProperty("total_traffic_in") @JsonAlias("totalTrafficIn")
        long totalTrafficIn,

        @JsonProperty("total_traffic_out") @JsonAlias("totalTrafficOut")
        long totalTrafficOut,

        String version,
        String coordinates) {}
