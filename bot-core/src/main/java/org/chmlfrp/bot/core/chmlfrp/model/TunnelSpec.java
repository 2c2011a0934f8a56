package org.chmlfrp.bot.core.chmlfrp.model;

/**
 * What {@code /create_tunnel} and {@code /update_tunnel} take. Optional parts are null;
 * the client sends the documented defaults for them ({@code localip} 127.0.0.1,
 * {@code encryption}/{@code compression} false).
 *
 * @param remotePort for tcp/udp; null for http/https
 * @param bindDomain for http/https; null for tcp/udp
 */
public record TunnelSpec(
        String name,
        String node,
        TunnelType type,
        String localIp,
        int localPort,
        Integer remotePort,
        String bindDomain,
        Boolean encryption,
        Boolean compression,
        String extraParams) {}
