package org.chmlfrp.bot.core.broadcast;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.chmlfrp.bot.core.chmlfrp.model.Tunnel;

/**
 * One watched user's tunnels as last seen (online or not, by tunnel id), and what changed in a
 * new {@code /tunnel} answer. Tunnels that appear are learned silently; tunnels that disappear
 * (deleted) are forgotten without a word.
 */
record TunnelStates(Map<Integer, Boolean> online) {

    /** A tunnel that went offline ({@code online} false) or came back online. */
    record Change(String name, String node, boolean online) {}

    record Result(TunnelStates state, List<Change> changes) {}

    /** No tunnels seen yet. */
    static final TunnelStates NONE = new TunnelStates(Map.of());

    Result next(List<Tunnel> tunnels) {
        List<Change> changes = tunnels.stream()
                .filter(t -> t.id() != null && online.containsKey(t.id()) && online.get(t.id()) != t.online())
                .map(t -> new Change(t.name(), t.node(), t.online()))
                .toList();
        Map<Integer, Boolean> seen = tunnels.stream()
                .filter(t -> t.id() != null)
                .collect(Collectors.toMap(Tunnel::id, Tunnel::online, (first, last) -> last));
        return new Result(new TunnelStates(seen), changes);
    }
}
