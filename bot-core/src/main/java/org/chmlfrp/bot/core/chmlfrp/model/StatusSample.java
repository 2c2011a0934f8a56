package org.chmlfrp.bot.core.chmlfrp.model;

import java.time.Instant;

/** One entry of {@code /node_status_info}'s {@code status_list} (a sample every ~20 s). */
public record StatusSample(
        Instant timestamp,
        double cpuUsage,
        long memoryUsed,
        int curConns,
        int clientCounts,
        int activeConn,
        int passiveConn,
        int proxyTcp,
        int proxyUdp,
        int proxyHttp,
        int proxyHttps,
        long sentPackets,
        long recvPackets,
        long pageTables,
        int uploadBandwidthUsagePercent,
        int downloadBandwidthUsagePercent) {
}
