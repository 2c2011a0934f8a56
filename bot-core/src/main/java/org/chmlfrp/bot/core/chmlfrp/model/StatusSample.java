package org.chmlfrp.bot.core.chmlfrp.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** One entry of {@code /node_status_info}'s {@code status_list} (a sample every ~20 s). */
public record StatusSample(
        Instant timestamp,
        @JsonProperty("cpu_usage") double cpuUsage,
        @JsonProperty("memory_used") long memoryUsed,
        @JsonProperty("cur_conns") int curConns,
        @JsonProperty("client_counts") int clientCounts,
        @JsonProperty("active_conn") int activeConn,
        @JsonProperty("passive_conn") int passiveConn,
        @JsonProperty("proxy_tcp") int proxyTcp,
        @JsonProperty("proxy_udp") int proxyUdp,
        @JsonProperty("proxy_http") int proxyHttp,
        @JsonProperty("proxy_https") int proxyHttps,
        @JsonProperty("sent_packets") long sentPackets,
        @JsonProperty("recv_packets") long recvPackets,
        @JsonProperty("page_tables") long pageTables,
        @JsonProperty("upload_bandwidth_usage_percent") int uploadBandwidthUsagePercent,
        @JsonProperty("download_bandwidth_usage_percent") int downloadBandwidthUsagePercent) {}
