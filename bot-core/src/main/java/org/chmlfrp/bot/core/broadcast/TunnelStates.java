package org.chmlfrp.bot.core.broadcast;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chmlfrp.bot.core.chmlfrp.model.Tunnel;

/**
 * One watched user's tunnels as last seen (online or not, by tunnel id), and what changed in a
 * new {@code /tunnel} answer. Tunnels that appear are learned silently; tunnels that disappear
 * (deleted) are forgotten without a word.
 */
final class TunnelStates {

    /** A tunnel that went offline ({@code online} false) or came back online. */
    record Change(String name, String node, boolean online) {}

    record Result(TunnelStates state, List<Change> changes) {}

    private final Map<Integer, Boolean> online;

    private TunnelStates(Map<Integer, Boolean> online) {
        this.online = Map.copyOf(online);
    }

    static TunnelStates learn(List<Tunnel> tunnels) {
        Map<Integer, Boolean> states = new LinkedHashMap<>();
        for (Tunnel t : tunnels) {
            if (t.id() != null) {
                states.put(t.id(), t.online());
            }
        }
        return new TunnelStates(states);
    }

    Result next(List<Tunnel> tunnels) {
        List<Change> changes = new ArrayList<>();
        for (Tunnel t : tunnels) {
            Boolean before = t.id() == null ? null : online.get(t.id());
            if (before != null && before != t.online()) {
                changes.add(new Change(t.name(), t.node(), t.online()));
            }
        }
        return new Result(learn(tunnels), List.copyOf(changes));
    }
}
