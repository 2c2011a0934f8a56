package org.chmlfrp.bot.core.chmlfrp.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Seven days of one tunnel's traffic from {@code /tunnel/last7days}, oldest first, in bytes (unreadable days 0). */
public record TunnelTraffic(
        @JsonProperty("traffic_in") List<Long> trafficIn,
        @JsonProperty("traffic_out") List<Long> trafficOut) {
    public TunnelTraffic {
        trafficIn = zeroForNull(trafficIn);
        trafficOut = zeroForNull(trafficOut);
    }

    private static List<Long> zeroForNull(List<Long> values) {
        return values == null
                ? List.of()
                : values.stream().map(v -> v == null ? 0L : v).toList();
    }
}
