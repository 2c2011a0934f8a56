package org.chmlfrp.bot.core.chmlfrp.model;

/**
 * A node's details as {@code /nodeinfo} returns them (needs a token; non-VIP tokens cannot
 * see VIP nodes). {@code apiToken} and {@code nodeToken} are secrets and {@code realIp}
 * must not be shown in groups.
 *
 * @param rport     the allowed remote port range, e.g. {@code 10000-65535}
 * @param ip        the node's host name for frpc
 * @param realIp    the API's {@code realIp} (older: {@code real_IP})
 * @param toowhite  the API's {@code toowhite}: a real boolean
 * @param ipv6      null when the node has none
 */
public record NodeInfo(
        int id,
        String name,
        String area,
        NodeGroup group,
        boolean china,
        boolean web,
        boolean udp,
        boolean fangyu,
        String notes,
        OnlineState state,
        String ip,
        String realIp,
        String ipv6,
        int port,
        int adminPort,
        String rport,
        String apiToken,
        String nodeToken,
        boolean toowhite,
        String cpuInfo,
        int numCores,
        long memoryTotal,
        long storageTotal,
        long storageUsed,
        double load1,
        double load5,
        double load15,
        long uptimeSeconds,
        int bandwidthUsagePercent,
        long totalTrafficIn,
        long totalTrafficOut,
        String version,
        String coordinates) {

    /** The lowest and highest remote port this node accepts; 1–65535 when the API gives none. */
    public PortRange remotePortRange() {
        return PortRange.parse(rport);
    }

    @Override
    public String toString() {
        return "NodeInfo[id=" + id + ", name=" + name + ", group=" + group + ", state=" + state
                + ", apiToken=" + Secrets.mask(apiToken) + ", nodeToken=" + Secrets.mask(nodeToken) + "]";
    }
}
