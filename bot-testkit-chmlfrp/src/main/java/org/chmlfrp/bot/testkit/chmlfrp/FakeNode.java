package org.chmlfrp.bot.testkit.chmlfrp;

import java.util.Objects;

/**
 * One frp node: the union of what {@code /node}, {@code /nodeinfo}, {@code /node_stats} and
 * {@code /node_status_info} tell about it.
 *
 * <p>Flags are real booleans here; the fake writes them the API's way ({@code china}/{@code web}
 * as {@code "yes"}/{@code "no"}, {@code udp}/{@code fangyu} as {@code "true"}/{@code "false"}).
 * While a node is offline, {@code /node_stats} reports zero for its live metrics (CPU, bandwidth,
 * connections, clients, tunnels) as the real API does; its traffic totals stay.
 *
 * @param id                    node id
 * @param name                  node name (the key the API uses everywhere)
 * @param area                  where it is, e.g. {@code 中国湖南娄底}
 * @param nodegroup             {@code user} or {@code vip}
 * @param china                 in mainland China (web services need ICP filing)
 * @param web                   allows http/https tunnels
 * @param udp                   allows udp tunnels
 * @param fangyu                has DDoS protection
 * @param notes                 free text
 * @param online                live state ({@code online}/{@code offline})
 * @param rport                 remote port range, e.g. {@code 10000-65535}
 * @param host                  host name frpc dials ({@code ip} in the API)
 * @param realIp                the node's IP address
 * @param port                  frps bind port (7000)
 * @param adminPort             frps dashboard port
 * @param nodeToken             frps auth token ({@code token} in frpc's {@code [common]})
 * @param cpuInfo               CPU model
 * @param numCores              CPU cores
 * @param memoryTotal           bytes of memory
 * @param storageTotal          bytes of storage
 * @param storageUsed           bytes of storage used
 * @param load1                 1-minute load
 * @param load5                 5-minute load
 * @param load15                15-minute load
 * @param version               frps version string
 * @param uptimeSeconds         frps uptime in seconds
 * @param coordinates           {@code longitude,latitude}
 * @param toowhite              the API's {@code toowhite} flag (a real boolean)
 * @param ipv6                  IPv6 address or {@code null}
 * @param totalTrafficIn        bytes in
 * @param totalTrafficOut       bytes out
 * @param bandwidthUsagePercent bandwidth use, percent
 * @param cpuUsage              CPU use, percent
 * @param curCounts             current connections
 * @param clientCounts          connected frpc clients
 * @param tunnelCounts          tunnels on the node
 */
public record FakeNode(
        int id,
        String name,
        String area,
        String nodegroup,
        boolean china,
        boolean web,
        boolean udp,
        boolean fangyu,
        String notes,
        boolean online,
        String rport,
        String host,
        String realIp,
        int port,
        int adminPort,
        String nodeToken,
        String cpuInfo,
        int numCores,
        long memoryTotal,
        long storageTotal,
        long storageUsed,
        double load1,
        double load5,
        double load15,
        String version,
        long uptimeSeconds,
        String coordinates,
        boolean toowhite,
        String ipv6,
        long totalTrafficIn,
        long totalTrafficOut,
        int bandwidthUsagePercent,
        double cpuUsage,
        int curCounts,
        int clientCounts,
        int tunnelCounts) {

    public FakeNode {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nodegroup, "nodegroup");
        Objects.requireNonNull(rport, "rport");
        PortRange.parse(rport);
    }

    /** True for the {@code vip} node group. */
    public boolean isVip() {
        return "vip".equalsIgnoreCase(nodegroup);
    }

    /** True if {@code remotePort} lies inside {@link #rport()}. */
    public boolean allowsRemotePort(int remotePort) {
        return PortRange.parse(rport).contains(remotePort);
    }

    public FakeNode withOnline(boolean newOnline) {
        return toBuilder().online(newOnline).build();
    }

    /** A builder with plausible defaults for every field but id and name. */
    public static Builder builder(int id, String name) {
        return new Builder(id, name);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds {@link FakeNode}s. */
    public static final class Builder {
        private int id;
        private String name;
        private String area;
        private String nodegroup = "user";
        private boolean china = true;
        private boolean web = true;
        private boolean udp = true;
        private boolean fangyu = true;
        private String notes = "";
        private boolean online = true;
        private String rport = "10000-65535";
        private String host;
        private String realIp = "203.0.113.10";
        private int port = 7000;
        private int adminPort = 8233;
        private String nodeToken = "ChmlFrpToken";
        private String cpuInfo = "Intel(R) Xeon(R) CPU E5-2680 v4 @ 2.40GHz";
        private int numCores = 4;
        private long memoryTotal = 8_200_454_144L;
        private long storageTotal = 64_412_954_624L;
        private long storageUsed = 9_663_676_416L;
        private double load1 = 0.12;
        private double load5 = 0.10;
        private double load15 = 0.08;
        private String version = "ChmlFrp-0.51.2_240715";
        private long uptimeSeconds = 864_000;
        private String coordinates = "116.407526,39.904030";
        private boolean toowhite;
        private String ipv6;
        private long totalTrafficIn;
        private long totalTrafficOut;
        private int bandwidthUsagePercent;
        private double cpuUsage;
        private int curCounts;
        private int clientCounts;
        private int tunnelCounts;

        private Builder(int id, String name) {
            this.id = id;
            this.name = name;
            this.area = name;
            this.host = "node" + id + ".frp.example";
        }

        private Builder(FakeNode n) {
            id = n.id;
            name = n.name;
            area = n.area;
            nodegroup = n.nodegroup;
            china = n.china;
            web = n.web;
            udp = n.udp;
            fangyu = n.fangyu;
            notes = n.notes;
            online = n.online;
            rport = n.rport;
            host = n.host;
            realIp = n.realIp;
            port = n.port;
            adminPort = n.adminPort;
            nodeToken = n.nodeToken;
            cpuInfo = n.cpuInfo;
            numCores = n.numCores;
            memoryTotal = n.memoryTotal;
            storageTotal = n.storageTotal;
            storageUsed = n.storageUsed;
            load1 = n.load1;
            load5 = n.load5;
            load15 = n.load15;
            version = n.version;
            uptimeSeconds = n.uptimeSeconds;
            coordinates = n.coordinates;
            toowhite = n.toowhite;
            ipv6 = n.ipv6;
            totalTrafficIn = n.totalTrafficIn;
            totalTrafficOut = n.totalTrafficOut;
            bandwidthUsagePercent = n.bandwidthUsagePercent;
            cpuUsage = n.cpuUsage;
            curCounts = n.curCounts;
            clientCounts = n.clientCounts;
            tunnelCounts = n.tunnelCounts;
        }

        public Builder id(int v) {
            id = v;
            return this;
        }

        public Builder name(String v) {
            name = v;
            return this;
        }

        public Builder area(String v) {
            area = v;
            return this;
        }

        public Builder nodegroup(String v) {
            nodegroup = v;
            return this;
        }

        public Builder vip(boolean v) {
            nodegroup = v ? "vip" : "user";
            return this;
        }

        public Builder china(boolean v) {
            china = v;
            return this;
        }

        public Builder web(boolean v) {
            web = v;
            return this;
        }

        public Builder udp(boolean v) {
            udp = v;
            return this;
        }

        public Builder fangyu(boolean v) {
            fangyu = v;
            return this;
        }

        public Builder notes(String v) {
            notes = v;
            return this;
        }

        public Builder online(boolean v) {
            online = v;
            return this;
        }

        public Builder rport(String v) {
            rport = v;
            return this;
        }

        public Builder host(String v) {
            host = v;
            return this;
        }

        public Builder realIp(String v) {
            realIp = v;
            return this;
        }

        public Builder port(int v) {
            port = v;
            return this;
        }

        public Builder adminPort(int v) {
            adminPort = v;
            return this;
        }

        public Builder nodeToken(String v) {
            nodeToken = v;
            return this;
        }

        public Builder cpuInfo(String v) {
            cpuInfo = v;
            return this;
        }

        public Builder numCores(int v) {
            numCores = v;
            return this;
        }

        public Builder memoryTotal(long v) {
            memoryTotal = v;
            return this;
        }

        public Builder storageTotal(long v) {
            storageTotal = v;
            return this;
        }

        public Builder storageUsed(long v) {
            storageUsed = v;
            return this;
        }

        public Builder load(double one, double five, double fifteen) {
            load1 = one;
            load5 = five;
            load15 = fifteen;
            return this;
        }

        public Builder version(String v) {
            version = v;
            return this;
        }

        public Builder uptimeSeconds(long v) {
            uptimeSeconds = v;
            return this;
        }

        public Builder coordinates(String v) {
            coordinates = v;
            return this;
        }

        public Builder toowhite(boolean v) {
            toowhite = v;
            return this;
        }

        public Builder ipv6(String v) {
            ipv6 = v;
            return this;
        }

        public Builder traffic(long in, long out) {
            totalTrafficIn = in;
            totalTrafficOut = out;
            return this;
        }

        public Builder bandwidthUsagePercent(int v) {
            bandwidthUsagePercent = v;
            return this;
        }

        public Builder cpuUsage(double v) {
            cpuUsage = v;
            return this;
        }

        public Builder curCounts(int v) {
            curCounts = v;
            return this;
        }

        public Builder clientCounts(int v) {
            clientCounts = v;
            return this;
        }

        public Builder tunnelCounts(int v) {
            tunnelCounts = v;
            return this;
        }

        public FakeNode build() {
            return new FakeNode(
                    id,
                    name,
                    area,
                    nodegroup,
                    china,
                    web,
                    udp,
                    fangyu,
                    notes,
                    online,
                    rport,
                    host,
                    realIp,
                    port,
                    adminPort,
                    nodeToken,
                    cpuInfo,
                    numCores,
                    memoryTotal,
                    storageTotal,
                    storageUsed,
                    load1,
                    load5,
                    load15,
                    version,
                    uptimeSeconds,
                    coordinates,
                    toowhite,
                    ipv6,
                    totalTrafficIn,
                    totalTrafficOut,
                    bandwidthUsagePercent,
                    cpuUsage,
                    curCounts,
                    clientCounts,
                    tunnelCounts);
        }
    }
}
