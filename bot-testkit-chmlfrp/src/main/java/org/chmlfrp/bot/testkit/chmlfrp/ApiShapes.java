package org.chmlfrp.bot.testkit.chmlfrp;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The fake's records written in the API document's JSON shapes, field order included.
 * The API's string booleans are made here: {@code "true"}/{@code "false"} and {@code "yes"}/{@code "no"}.
 */
final class ApiShapes {

    /** How a tunnel is shown: the three endpoints differ in {@code id}, {@code nodestate} and {@code ip}. */
    enum TunnelView {
        /** {@code /tunnel}: everything filled in. */
        LISTED,
        /** {@code /create_tunnel}: {@code id}, {@code nodestate} and {@code ip} are {@code null} (a real quirk). */
        CREATED,
        /** {@code /update_tunnel}: {@code id} set, {@code nodestate} and {@code ip} {@code null}. */
        UPDATED
    }

    private ApiShapes() {}

    static String trueFalse(boolean value) {
        return value ? "true" : "false";
    }

    static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    static String onlineOffline(boolean online) {
        return online ? "online" : "offline";
    }

    /** The user object of {@code /login} and {@code /userinfo}. */
    static ObjectNode user(FakeUser u, List<FakeTunnel> tunnels) {
        ObjectNode n = Json.object();
        n.put("id", u.id());
        n.put("username", u.username());
        n.putNull("password");
        n.put("userimg", u.userimg());
        n.put("qq", u.qq());
        n.put("email", u.email());
        n.put("usertoken", u.token());
        n.put("usergroup", u.usergroup());
        n.put("bandwidth", u.bandwidth());
        n.put("tunnel", u.tunnelQuota());
        n.put("realname", u.realname());
        n.put("login_attempts", 0);
        n.put("integral", u.integral());
        n.put("term", u.term());
        n.putNull("scgm");
        n.put("regtime", u.regtime());
        n.putNull("t_token");
        n.put("realname_count", 0);
        n.put("total_download", u.totalDownload());
        n.put("total_upload", u.totalUpload());
        n.put("tunnelCount", tunnels.size());
        n.put("totalCurConns", tunnels.stream().mapToInt(FakeTunnel::curConns).sum());
        return n;
    }

    static ObjectNode tunnel(FakeTunnel t, Optional<FakeNode> node, TunnelView view) {
        ObjectNode n = Json.object();
        if (view == TunnelView.CREATED) {
            n.putNull("id");
        } else {
            n.put("id", t.id());
        }
        n.put("name", t.name());
        n.put("localip", t.localIp());
        n.put("type", t.type());
        n.put("nport", t.localPort());
        n.put("dorp", t.dorp());
        n.put("node", t.node());
        n.put("state", trueFalse(t.online()));
        n.put("userid", t.userId());
        n.put("encryption", trueFalse(t.encryption()));
        n.put("compression", trueFalse(t.compression()));
        n.put("ap", t.extraParams());
        n.put("uptime", t.uptime());
        n.put("client_version", t.clientVersion());
        n.put("today_traffic_in", t.todayTrafficIn());
        n.put("today_traffic_out", t.todayTrafficOut());
        n.put("cur_conns", t.curConns());
        if (view == TunnelView.LISTED && node.isPresent()) {
            n.put("nodestate", onlineOffline(node.get().online()));
            n.put("ip", node.get().host());
        } else {
            n.putNull("nodestate");
            n.putNull("ip");
        }
        return n;
    }

    /** An entry of {@code /node}. */
    static ObjectNode nodeSummary(FakeNode node) {
        ObjectNode n = Json.object();
        n.put("id", node.id());
        n.put("name", node.name());
        n.put("area", node.area());
        n.put("nodegroup", node.nodegroup());
        n.put("china", yesNo(node.china()));
        n.put("web", yesNo(node.web()));
        n.put("udp", trueFalse(node.udp()));
        n.put("fangyu", trueFalse(node.fangyu()));
        n.put("notes", node.notes());
        return n;
    }

    /** The data of {@code /nodeinfo}. */
    static ObjectNode nodeInfo(FakeNode node) {
        ObjectNode n = Json.object();
        n.put("udp", trueFalse(node.udp()));
        n.put("total_traffic_in", node.totalTrafficIn());
        n.put("notes", node.notes());
        n.put("cpu_info", node.cpuInfo());
        n.put("fangyu", trueFalse(node.fangyu()));
        n.put("rport", node.rport());
        n.put("storage_total", node.storageTotal());
        n.put("nodegroup", node.nodegroup());
        n.put("apitoken", node.nodeToken() + "|" + node.id());
        n.put("web", yesNo(node.web()));
        n.put("ipv6", node.ipv6());
        n.put("toowhite", node.toowhite());
        n.put("uptime_seconds", node.online() ? node.uptimeSeconds() : 0);
        n.put("id", node.id());
        n.put("state", onlineOffline(node.online()));
        n.put("bandwidth_usage_percent", node.online() ? node.bandwidthUsagePercent() : 0);
        n.put("memory_total", node.memoryTotal());
        n.put("nodetoken", node.nodeToken());
        n.set("load15", Json.number(node.online() ? node.load15() : 0));
        n.put("area", node.area());
        n.put("realIp", node.realIp());
        n.put("ip", node.host());
        n.put("num_cores", node.numCores());
        n.put("coordinates", node.coordinates());
        n.set("load5", Json.number(node.online() ? node.load5() : 0));
        n.put("version", node.version());
        n.set("load1", Json.number(node.online() ? node.load1() : 0));
        n.put("china", yesNo(node.china()));
        n.put("port", node.port());
        n.put("total_traffic_out", node.totalTrafficOut());
        n.put("name", node.name());
        n.put("adminPort", node.adminPort());
        n.put("storage_used", node.storageUsed());
        return n;
    }

    /** An entry of {@code /node_stats}; an offline node's live metrics read 0. */
    static ObjectNode nodeStats(FakeNode node) {
        boolean on = node.online();
        ObjectNode n = Json.object();
        n.put("total_traffic_in", node.totalTrafficIn());
        n.put("total_traffic_out", node.totalTrafficOut());
        n.put("cur_counts", on ? node.curCounts() : 0);
        n.put("node_name", node.name());
        n.put("id", node.id());
        n.put("state", onlineOffline(on));
        n.put("bandwidth_usage_percent", on ? node.bandwidthUsagePercent() : 0);
        n.set("cpu_usage", Json.number(on ? node.cpuUsage() : 0));
        n.put("nodegroup", node.nodegroup());
        n.put("client_counts", on ? node.clientCounts() : 0);
        n.put("tunnel_counts", on ? node.tunnelCounts() : 0);
        return n;
    }

    /** An entry of {@code /node_uptime}: the last {@code days} of {@code history} (oldest first, last = today). */
    static ObjectNode nodeUptime(FakeNode node, List<Double> history, LocalDate today, int days) {
        ObjectNode n = Json.object();
        n.put("node_name", node.name());
        n.put("state", onlineOffline(node.online()));
        n.put("id", node.id());
        ArrayNode list = n.putArray("history_uptime");
        int count = Math.min(days, history.size());
        for (int i = history.size() - count; i < history.size(); i++) {
            ObjectNode day = list.addObject();
            day.put("recorded_at", today.minusDays(history.size() - 1L - i).toString());
            day.set("uptime", Json.number(history.get(i)));
        }
        n.put("group", node.nodegroup());
        return n;
    }

    static ObjectNode availableDomain(FakeAvailableDomain d) {
        ObjectNode n = Json.object();
        n.put("id", d.id());
        n.put("domain", d.domain());
        n.put("remarks", d.remarks());
        n.put("icpFiling", d.icpFiling());
        return n;
    }

    static ObjectNode subdomain(FakeSubdomain s) {
        ObjectNode n = Json.object();
        n.put("id", s.id());
        n.put("userid", s.userId());
        n.put("domain", s.domain());
        n.put("record", s.record());
        n.put("type", s.type());
        n.put("target", s.target());
        n.put("remarks", s.remarks());
        n.put("ttl", s.ttl());
        return n;
    }

    /** An entry of {@code /message/list}'s {@code messages}. */
    static ObjectNode announcement(FakeAnnouncement a) {
        ObjectNode n = Json.object();
        n.put("id", a.id());
        n.put("title", a.title());
        n.put("contentMd", a.contentMd());
        n.put("priority", a.priority());
        n.put("publishTime", a.publishTime());
        return n;
    }

    static ObjectNode panel(FakePanelInfo panel, long tunnelAmount, long userAmount, int nodeAmount) {
        ObjectNode n = Json.object();
        n.put("tunnel_amount", tunnelAmount);
        ArrayNode links = n.putArray("friend_links");
        for (FakeFriendLink link : panel.friendLinks()) {
            ObjectNode l = links.addObject();
            l.put("name", link.name());
            l.put("description", link.description());
            l.put("url", link.url());
        }
        n.put("node_amount", nodeAmount);
        n.put("user_amount", userAmount);
        return n;
    }
}
