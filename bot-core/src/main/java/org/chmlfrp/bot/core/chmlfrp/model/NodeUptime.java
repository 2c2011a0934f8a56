package org.chmlfrp.bot.core.chmlfrp.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/** A node's uptime history from the public {@code /node_uptime}; days without a date are dropped. */
public record NodeUptime(
        int id,
        @JsonProperty("node_name") String nodeName,
        OnlineState state,
        @JsonProperty("group") @JsonAlias("nodegroup") NodeGroup group,
        @JsonProperty("history_uptime") List<UptimePoint> history) {

    public NodeUptime {
        state = state == null ? OnlineState.UNKNOWN : state;
        group = group == null ? NodeGroup.UNKNOWN : group;
        history = history == null
                ? List.of()
                : history.stream()
                        .filter(Objects::nonNull)
                        .filter(p -> p.day() != null)
                        .toList();
    }
}
