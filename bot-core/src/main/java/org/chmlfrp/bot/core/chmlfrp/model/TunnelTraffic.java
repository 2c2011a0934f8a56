package org.chmlfrp.bot.core.chmlfrp.model;

import java.util.List;

/** Seven days of one tunnel's traffic from {@code /tunnel/last7days}, oldest first, in bytes. */
public record TunnelTraffic(List<Long> trafficIn, List<Long> trafficOut) {
    public TunnelTraffic {
        trafficIn = List.copyOf(trafficIn);
        trafficOut = List.copyOf(trafficOut);
    }
}
