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
final class NodeStateDiff {

    /** A node that went offline ({@code online} false) or came back online. */
    record Change(String nodeName, boolean online) {}

    private final Map<String, Boolean> known;

    private NodeStateDiff(Map<String, Boolean> known) {
        this.known = Collections.unmodifiableMap(known);
    }

    /** States as stored (node name to online, in the order first seen). */
    static NodeStateDiff of(Map<String, Boolean> states) {
        return new NodeStateDiff(new LinkedHashMap<>(states));
    }

    /** The states of a first answer, nothing to announce. */
    static NodeStateDiff learn(List<NodeStats> answer) {
        Map<String, Boolean> states = new LinkedHashMap<>();
        for (NodeStats s : answer) {
            if (s.nodeName() != null && s.state() != OnlineState.UNKNOWN) {
                states.put(s.nodeName(), s.online());
            }
        }
        return new NodeStateDiff(states);
    }

    /** The state after {@code answer}, and the nodes whose state changed, in the order they were known. */
    Result next(List<NodeStats> answer) {
        Map<String, Boolean> seen = learn(answer).known;
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

    Map<String, Boolean> known() {
        return known;
    }

    record Result(NodeStateDiff state, List<Change> changes) {}
}
