package org.chmlfrp.bot.core.broadcast;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.chmlfrp.bot.core.chmlfrp.model.NodeStats;
import org.chmlfrp.bot.core.chmlfrp.model.OnlineState;

/**
 * The last known online state of every node, and what changed in a new {@code /node_stats}
 * answer. A node missing from the answer counts as offline; a node whose state the API leaves
 * unknown keeps its last known state; a node seen for the first time is learned silently.
 */
record NodeStateDiff(Map<String, Boolean> known) {

    /** A node that went offline ({@code online} false) or came back online. */
    record Change(String nodeName, boolean online) {}

    record Result(NodeStateDiff state, List<Change> changes) {}

    /** {@code known}: node name to online, in the order first seen (as stored). */
    NodeStateDiff {
        known = Collections.unmodifiableMap(new LinkedHashMap<>(known));
    }

    /** The state after {@code answer}, and the nodes whose state changed, in the order they were known. */
    Result next(List<NodeStats> answer) {
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (NodeStats s : answer) {
            if (s.nodeName() != null && s.state() != OnlineState.UNKNOWN) {
                seen.put(s.nodeName(), s.online());
            }
        }
        Map<String, Boolean> states = new LinkedHashMap<>(known);
        Set<String> listed = answer.stream()
                .map(NodeStats::nodeName)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<String, Boolean> e : known.entrySet()) {
            Boolean now = seen.get(e.getKey());
            if (now == null) {
                now = listed.contains(e.getKey()) ? e.getValue() : Boolean.FALSE;
            }
            if (!now.equals(e.getValue())) {
                changes.add(new Change(e.getKey(), now));
            }
            states.put(e.getKey(), now);
        }
        seen.forEach(states::putIfAbsent);
        return new Result(new NodeStateDiff(states), List.copyOf(changes));
    }
}
