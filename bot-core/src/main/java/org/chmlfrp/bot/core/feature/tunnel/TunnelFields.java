package org.chmlfrp.bot.core.feature.tunnel;

import org.chmlfrp.bot.core.chmlfrp.HttpChmlFrpApi;
import org.chmlfrp.bot.core.chmlfrp.model.Tunnel;
import org.chmlfrp.bot.core.chmlfrp.model.TunnelSpec;
import org.chmlfrp.bot.core.chmlfrp.model.TunnelType;

/**
 * What a user sets on a tunnel, as the bot checks it before {@code create_tunnel} or
 * {@code update_tunnel}.
 *
 * @param type       null when the user's or the API's word is not a known type
 * @param remotePort for tcp/udp, else null
 * @param domain     for http/https, else null
 * @param extra      frpc extra parameters, never null ("" for none)
 */
record TunnelFields(
        String name,
        String node,
        TunnelType type,
        String localIp,
        int localPort,
        Integer remotePort,
        String domain,
        boolean encryption,
        boolean compression,
        String extra) {

    TunnelFields {
        localIp = localIp == null || localIp.isBlank() ? HttpChmlFrpApi.DEFAULT_LOCAL_IP : localIp.trim();
        extra = extra == null ? "" : extra;
    }

    /** The fields of an existing tunnel, as {@code /tunnel} reports them. */
    static TunnelFields of(Tunnel t) {
        boolean web = t.type() != null ? t.type().isWeb() : t.remotePort().isEmpty();
        Integer remotePort =
                web || t.remotePort().isEmpty() ? null : t.remotePort().getAsInt();
        String domain = web ? t.dorp() : null;
        return new TunnelFields(
                t.name(),
                t.node(),
                t.type(),
                t.localIp(),
                t.localPort(),
                remotePort,
                domain,
                t.encryption(),
                t.compression(),
                t.ap());
    }

    TunnelFields withNode(String nodeName) {
        return new TunnelFields(
                name, nodeName, type, localIp, localPort, remotePort, domain, encryption, compression, extra);
    }

    /** The request body's fields; the documented defaults fill what the user left out. */
    TunnelSpec toSpec() {
        return new TunnelSpec(
                name,
                node,
                type,
                localIp,
                localPort,
                remotePort,
                domain,
                encryption,
                compression,
                extra.isBlank() ? null : extra);
    }
}
