package org.chmlfrp.bot.core.chmlfrp.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A node as the public {@code /node} list gives it (and the same fields of {@code /nodeinfo}).
 *
 * @param group  the API's {@code nodegroup}
 * @param china  the API's {@code china} ("yes"/"no"): a mainland China node (ICP rules apply to web)
 * @param web    the API's {@code web} ("yes"/"no"): http/https tunnels allowed
 * @param udp    the API's {@code udp} ("true"/"false"): udp tunnels allowed
 * @param fangyu the API's {@code fangyu} ("true"/"false"): DDoS protection
 */
public record Node(
        int id,
        String name,
        String area,
        @JsonProperty("nodegroup") @JsonAlias("group") NodeGroup group,
        boolean china,
        boolean web,
        boolean udp,
        boolean fangyu,
        String notes) {

    public Node {
        group = group == null ? NodeGroup.UNKNOWN : group;
    }

    /** Whether this node accepts a tunnel of the given type. */
    public boolean allows(TunnelType type) {
        return switch (type) {
            case TCP -> true;
            case UDP -> udp;
            case HTTP, HTTPS -> web;
        };
    }
}
