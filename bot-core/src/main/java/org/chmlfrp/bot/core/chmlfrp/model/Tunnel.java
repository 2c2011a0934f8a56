package org.chmlfrp.bot.core.chmlfrp.model;

import java.time.Instant;
import java.util.OptionalInt;

/**
 * A tunnel as {@code /tunnel}, {@code /create_tunnel} and {@code /update_tunnel} return it.
 *
 * @param id        null only in the answer of {@code create_tunnel} (the API's quirk)
 * @param type      null if the API sent a type this client does not know
 * @param rawType   the type as the API spelled it
 * @param localPort the API's {@code nport}
 * @param dorp      the remote port (tcp/udp) or the bound domain (http/https), as sent
 * @param online    the API's {@code state}: whether frpc is connected
 * @param uptime    when the tunnel came online, or null
 * @param nodeState the node's state; unknown where the API says null
 * @param ip        the node's address; VIP node addresses must not be shown in groups
 */
public record Tunnel(
        Integer id,
        String name,
        String localIp,
        TunnelType type,
        String rawType,
        int localPort,
        String dorp,
        String node,
        boolean online,
        int userId,
        boolean encryption,
        boolean compression,
        String ap,
        Instant uptime,
        String clientVersion,
        long todayTrafficIn,
        long todayTrafficOut,
        int curConns,
        OnlineState nodeState,
        String ip) {

    /** The remote port when {@link #dorp} is one. */
    public OptionalInt remotePort() {
        if (dorp == null) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(dorp.trim()));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
