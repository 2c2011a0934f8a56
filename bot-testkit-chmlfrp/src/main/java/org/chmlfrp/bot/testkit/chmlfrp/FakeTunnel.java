package org.chmlfrp.bot.testkit.chmlfrp;

import java.util.Locale;
import java.util.Objects;

/**
 * One tunnel as the fake keeps it.
 *
 * @param id              tunnel id (a value {@code <= 0} given to {@link FakeState#addTunnel} means "assign one")
 * @param name            tunnel name, unique per user
 * @param userId          owner
 * @param node            node name
 * @param localIp         local address frpc forwards to
 * @param type            {@code tcp}, {@code udp}, {@code http} or {@code https} (lower case)
 * @param localPort       local port ({@code nport} in the API)
 * @param remotePort      remote port for tcp/udp, else {@code null}
 * @param domain          bound domain for http/https, else {@code null}
 * @param encryption      frp encryption
 * @param compression     frp compression
 * @param extraParams     extra frpc lines ({@code ap} in the API), never {@code null}
 * @param online          frpc connected ({@code state} {@code "true"}/{@code "false"})
 * @param uptime          when frpc connected, e.g. {@code 2024-12-21T01:38:19.000+00:00}, or {@code null}
 * @param clientVersion   frpc version, {@code 尚未启动} before the first start
 * @param todayTrafficIn  bytes in today
 * @param todayTrafficOut bytes out today
 * @param curConns        current connections
 */
public record FakeTunnel(
        int id,
        String name,
        int userId,
        String node,
        String localIp,
        String type,
        int localPort,
        Integer remotePort,
        String domain,
        boolean encryption,
        boolean compression,
        String extraParams,
        boolean online,
        String uptime,
        String clientVersion,
        long todayTrafficIn,
        long todayTrafficOut,
        int curConns) {

    /** What {@code client_version} says before frpc ever ran. */
    public static final String NOT_STARTED = "尚未启动";

    public FakeTunnel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(type, "type");
        type = type.toLowerCase(Locale.ROOT);
        localIp = localIp == null ? "127.0.0.1" : localIp;
        extraParams = extraParams == null ? "" : extraParams;
        clientVersion = clientVersion == null ? NOT_STARTED : clientVersion;
    }

    /** True for http and https tunnels (they bind a domain instead of a remote port). */
    public boolean isWeb() {
        return "http".equals(type) || "https".equals(type);
    }

    /** The API's {@code dorp}: the remote port as a string, or the bound domain. */
    public String dorp() {
        return isWeb() ? domain : String.valueOf(remotePort);
    }

    public FakeTunnel withId(int newId) {
        return toBuilder().id(newId).build();
    }

    /** A builder for a tcp tunnel with the given essentials; adjust the rest as needed. */
    public static Builder builder(int id, String name, int userId, String node) {
        return new Builder(id, name, userId, node);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds {@link FakeTunnel}s. */
    public static final class Builder {
        private int id;
        private String name;
        private int userId;
        private String node;
        private String localIp = "127.0.0.1";
        private String type = "tcp";
        private int localPort = 25565;
        private Integer remotePort;
        private String domain;
        private boolean encryption;
        private boolean compression;
        private String extraParams = "";
        private boolean online;
        private String uptime;
        private String clientVersion = NOT_STARTED;
        private long todayTrafficIn;
        private long todayTrafficOut;
        private int curConns;

        private Builder(int id, String name, int userId, String node) {
            this.id = id;
            this.name = name;
            this.userId = userId;
            this.node = node;
        }

        private Builder(FakeTunnel t) {
            id = t.id;
            name = t.name;
            userId = t.userId;
            node = t.node;
            localIp = t.localIp;
            type = t.type;
            localPort = t.localPort;
            remotePort = t.remotePort;
            domain = t.domain;
            encryption = t.encryption;
            compression = t.compression;
            extraParams = t.extraParams;
            online = t.online;
            uptime = t.uptime;
            clientVersion = t.clientVersion;
            todayTrafficIn = t.todayTrafficIn;
            todayTrafficOut = t.todayTrafficOut;
            curConns = t.curConns;
        }

        public Builder id(int v) {
            id = v;
            return this;
        }

        public Builder name(String v) {
            name = v;
            return this;
        }

        public Builder userId(int v) {
            userId = v;
            return this;
        }

        public Builder node(String v) {
            node = v;
            return this;
        }

        public Builder localIp(String v) {
            localIp = v;
            return this;
        }

        public Builder type(String v) {
            type = v;
            return this;
        }

        public Builder localPort(int v) {
            localPort = v;
            return this;
        }

        public Builder remotePort(Integer v) {
            remotePort = v;
            return this;
        }

        public Builder domain(String v) {
            domain = v;
            return this;
        }
        /** A tcp/udp tunnel: sets type and remote port, clears the domain. */
        public Builder portTunnel(String tcpOrUdp, int localPortValue, int remotePortValue) {
            type = tcpOrUdp;
            localPort = localPortValue;
            remotePort = remotePortValue;
            domain = null;
            return this;
        }
        /** An http/https tunnel: sets type and domain, clears the remote port. */
        public Builder webTunnel(String httpOrHttps, int localPortValue, String domainValue) {
            type = httpOrHttps;
            localPort = localPortValue;
            domain = domainValue;
            remotePort = null;
            return this;
        }

        public Builder encryption(boolean v) {
            encryption = v;
            return this;
        }

        public Builder compression(boolean v) {
            compression = v;
            return this;
        }

        public Builder extraParams(String v) {
            extraParams = v;
            return this;
        }

        public Builder online(boolean v) {
            online = v;
            return this;
        }

        public Builder uptime(String v) {
            uptime = v;
            return this;
        }

        public Builder clientVersion(String v) {
            clientVersion = v;
            return this;
        }

        public Builder todayTraffic(long in, long out) {
            todayTrafficIn = in;
            todayTrafficOut = out;
            return this;
        }

        public Builder curConns(int v) {
            curConns = v;
            return this;
        }

        public FakeTunnel build() {
            return new FakeTunnel(
                    id,
                    name,
                    userId,
                    node,
                    localIp,
                    type,
                    localPort,
                    remotePort,
                    domain,
                    encryption,
                    compression,
                    extraParams,
                    online,
                    uptime,
                    clientVersion,
                    todayTrafficIn,
                    todayTrafficOut,
                    curConns);
        }
    }
}
