package org.chmlfrp.bot.core.chmlfrp.model;

/** The {@code node_details} part of {@code /node_status_info}. */
public record NodeDetails(
        String cpuInfo,
        int numCores,
        long memoryTotal,
        long storageTotal,
        long storageUsed,
        double load1,
        double load5,
        double load15,
        long uptimeSeconds,
        long totalTrafficIn,
        long totalTrafficOut,
        String version,
        String coordinates) {
}
