package org.chmlfrp.bot.core.chmlfrp.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.OptionalInt;

/**
 * A tunnel as {@code /tunnel}, {@code /create_tunnel} and {@code /update_tunnel} return it.
 *
 * @param id        null only in the answer of {@code create_tunnel} (the API's quirk)
 * @param rawType   the API's {@code type} as it spelled it; {@link #type()} is the parsed form
 * @param localPort the API's {@code nport}
 * @param dorp      the remote port (tcp/udp) or the bound domain (http/https), as sent
 * @param online    the API's {@code state} ("true"/"false"): whether frpc is connected
 * @param ap        the extra frpc parameters ({@code extraparams} when sent)
 * @param uptime    when the tunnel came online, or null
 * @param nodeState the API's {@code nodestate}; unknown where the API says null
 * @param ip        the node's address; VIP node addresses must not be shown in groups
 */
public record Tunnel(
        Integer id,
        String name,
        @JsonProperty("localip") String localIp,
        @JsonProperty("type") String rawType,
        @JsonProperty("nport") int localPort,
        String dorp,
        String node,
        @JsonProperty("state") boolean online,
        @JsonProperty("userid") int userId,
        boolean encryption,
        boolean compression,
        String ap,
        Instant uptime,
        @JsonProperty("client_version") String clientVersion,
        @JsonProperty("today_traffic_in") long todayTrafficIn,
        @JsonProperty("today_traffic_out") long todayTrafficOut,
        @JsonProperty("cur_conns") int curConns,
        @JsonProperty("nodestate") OnlineState nodeState,
        String ip) {

    public Tunnel {
        nodeState = nodeState == null ? OnlineState.UNKNOWN : nodeState;
    }

    /** The type, or null if the API sent one this client does not know. */
    public TunnelType type() {
        return TunnelType.parse(rawType).orElse(null);
    }

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
