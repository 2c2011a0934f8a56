package org.chmlfrp.bot.core.chmlfrp.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A node's details as {@code /nodeinfo} returns them (needs a token; non-VIP tokens cannot
 * see VIP nodes): the list entry, the machine, and what only this endpoint tells. One flat
 * JSON object holds all three. {@code apiToken} and {@code nodeToken} are secrets and
 * {@code realIp} must not be shown in groups.
 *
 * @param rport     the allowed remote port range, e.g. {@code 10000-65535}
 * @param ip        the node's host name for frpc
 * @param realIp    the API's {@code realIp} (older: {@code real_IP})
 * @param toowhite  the API's {@code toowhite}: a real boolean
 * @param ipv6      null when the node has none
 * @param bandwidthUsagePercent may come as a float
 */
public record NodeInfo(
        @JsonUnwrapped Node node,
        @JsonUnwrapped NodeDetails details,
        OnlineState state,
        String ip,
        @JsonProperty("realIp") @JsonAlias("real_IP") String realIp,
        String ipv6,
        int port,
        int adminPort,
        String rport,
        @JsonProperty("apitoken") String apiToken,
        @JsonProperty("nodetoken") String nodeToken,
        boolean toowhite,
        @JsonProperty("bandwidth_usage_percent") double bandwidthUsagePercent) {

    public NodeInfo {
        state = state == null ? OnlineState.UNKNOWN : state;
    }

    /** The lowest and highest remote port this node accepts; 1–65535 when the API gives none. */
    public PortRange remotePortRange() {
        return PortRange.parse(rport);
    }

    @Override
    public String toString() {
        return "NodeInfo[id=" + node.id() + ", name=" + node.name() + ", group=" + node.group() + ", state=" + state
                + ", apiToken=" + Secrets.mask(apiToken) + ", nodeToken=" + Secrets.mask(nodeToken) + "]";
    }
}
