package org.chmlfrp.bot.core.chmlfrp;

import static org.chmlfrp.bot.core.chmlfrp.JsonValues.bool;
import static org.chmlfrp.bot.core.chmlfrp.JsonValues.doubleValue;
import static org.chmlfrp.bot.core.chmlfrp.JsonValues.instant;
import static org.chmlfrp.bot.core.chmlfrp.JsonValues.intValue;
import static org.chmlfrp.bot.core.chmlfrp.JsonValues.longValue;
import static org.chmlfrp.bot.core.chmlfrp.JsonValues.nullableInt;
import static org.chmlfrp.bot.core.chmlfrp.JsonValues.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.chmlfrp.bot.core.chmlfrp.model.AvailableDomain;
import org.chmlfrp.bot.core.chmlfrp.model.FlowDay;
import org.chmlfrp.bot.core.chmlfrp.model.FriendLink;
import org.chmlfrp.bot.core.chmlfrp.model.Node;
import org.chmlfrp.bot.core.chmlfrp.model.NodeDetails;
import org.chmlfrp.bot.core.chmlfrp.model.NodeGroup;
import org.chmlfrp.bot.core.chmlfrp.model.NodeInfo;
import org.chmlfrp.bot.core.chmlfrp.model.NodeStats;
import org.chmlfrp.bot.core.chmlfrp.model.NodeUptime;
import org.chmlfrp.bot.core.chmlfrp.model.OnlineState;
import org.chmlfrp.bot.core.chmlfrp.model.PanelInfo;
import org.chmlfrp.bot.core.chmlfrp.model.SignInInfo;
import org.chmlfrp.bot.core.chmlfrp.model.StatusSample;
import org.chmlfrp.bot.core.chmlfrp.model.Subdomain;
import org.chmlfrp.bot.core.chmlfrp.model.Tunnel;
import org.chmlfrp.bot.core.chmlfrp.model.TunnelTraffic;
import org.chmlfrp.bot.core.chmlfrp.model.TunnelType;
import org.chmlfrp.bot.core.chmlfrp.model.UptimePoint;
import org.chmlfrp.bot.core.chmlfrp.model.UserInfo;

/** Turns the {@code data} of the API's answers into the model records. The only place that knows field names. */
final class ModelDecoder {
    private ModelDecoder() {
    }

    /** Each element of an array through {@code one}; null or a non-array is an empty list. */
    static <T> List<T> list(JsonNode data, Function<JsonNode, T> one) {
        List<T> out = new ArrayList<>();
        if (data != null && data.isArray()) {
            for (JsonNode item : data) {
                if (item != null && item.isObject()) {
                    out.add(one.apply(item));
                }
            }
        }
        return List.copyOf(out);
    }

    static UserInfo user(JsonNode n) {
        return new UserInfo(
                intValue(n, "id"),
                text(n, "username"),
                text(n, "userimg"),
                text(n, "qq"),
                text(n, "email"),
                text(n, "usertoken"),
                text(n, "usergroup"),
                intValue(n, "bandwidth"),
                intValue(n, "tunnel"),
                intValue(n, "tunnelCount"),
                text(n, "realname"),
                intValue(n, "login_attempts"),
                longValue(n, "integral"),
                text(n, "term"),
                text(n, "regtime"),
                intValue(n, "realname_count"),
                longValue(n, "total_download"),
                longValue(n, "total_upload"),
                intValue(n, "totalCurConns"));
    }

    static Tunnel tunnel(JsonNode n) {
        String rawType = text(n, "type");
        return new Tunnel(
                nullableInt(n, "id"),
                text(n, "name"),
                text(n, "localip"),
                TunnelType.parse(rawType).orElse(null),
                rawType,
                intValue(n, "nport"),
                text(n, "dorp"),
                text(n, "node"),
                bool(n, "state"),
                intValue(n, "userid"),
                bool(n, "encryption"),
                bool(n, "compression"),
                text(n, "ap"),
                instant(n, "uptime"),
                text(n, "client_version"),
                longValue(n, "today_traffic_in"),
                longValue(n, "today_traffic_out"),
                intValue(n, "cur_conns"),
                OnlineState.parse(text(n, "nodestate")),
                text(n, "ip"));
    }

    static Node node(JsonNode n) {
        return new Node(
                intValue(n, "id"),
                text(n, "name"),
                text(n, "area"),
                NodeGroup.parse(text(n, "nodegroup")),
                bool(n, "china"),
                bool(n, "web"),
                bool(n, "udp"),
                bool(n, "fangyu"),
                text(n, "notes"));
    }

    static NodeInfo nodeInfo(JsonNode n) {
        return new NodeInfo(
                intValue(n, "id"),
                text(n, "name"),
                text(n, "area"),
                NodeGroup.parse(text(n, "nodegroup")),
                bool(n, "china"),
                bool(n, "web"),
                bool(n, "udp"),
                bool(n, "fangyu"),
                text(n, "notes"),
                OnlineState.parse(text(n, "state")),
                text(n, "ip"),
                JsonValues.firstText(n, "realIp", "real_IP"),
                text(n, "ipv6"),
                intValue(n, "port"),
                intValue(n, "adminPort"),
                text(n, "rport"),
                text(n, "apitoken"),
                text(n, "nodetoken"),
                bool(n, "toowhite"),
                text(n, "cpu_info"),
                intValue(n, "num_cores"),
                longValue(n, "memory_total"),
                longValue(n, "storage_total"),
                longValue(n, "storage_used"),
                doubleValue(n, "load1"),
                doubleValue(n, "load5"),
                doubleValue(n, "load15"),
                longValue(n, "uptime_seconds"),
                intValue(n, "bandwidth_usage_percent"),
                longValue(n, "total_traffic_in"),
                longValue(n, "total_traffic_out"),
                text(n, "version"),
                text(n, "coordinates"));
    }

    static NodeStats nodeStats(JsonNode n) {
        return new NodeStats(
                intValue(n, "id"),
                text(n, "node_name"),
                OnlineState.parse(text(n, "state")),
                NodeGroup.parse(text(n, "nodegroup")),
                longValue(n, "total_traffic_in"),
                longValue(n, "total_traffic_out"),
                intValue(n, "cur_counts"),
                intValue(n, "bandwidth_usage_percent"),
                doubleValue(n, "cpu_usage"),
                intValue(n, "client_counts"),
                intValue(n, "tunnel_counts"));
    }

    static NodeUptime nodeUptime(JsonNode n) {
        List<UptimePoint> history = new ArrayList<>();
        JsonNode h = n.get("history_uptime");
        if (h != null && h.isArray()) {
            for (JsonNode p : h) {
                LocalDate day = JsonValues.date(p, "recorded_at");
                if (day != null) {
                    history.add(new UptimePoint(day, doubleValue(p, "uptime")));
                }
            }
        }
        return new NodeUptime(
                intValue(n, "id"),
                text(n, "node_name"),
                OnlineState.parse(text(n, "state")),
                NodeGroup.parse(JsonValues.firstText(n, "group", "nodegroup")),
                history);
    }

    static NodeDetails nodeDetails(JsonNode n) {
        return new NodeDetails(
                text(n, "cpu_info"),
                intValue(n, "num_cores"),
                longValue(n, "memory_total"),
                longValue(n, "storage_total"),
                longValue(n, "storage_used"),
                doubleValue(n, "load1"),
                doubleValue(n, "load5"),
                doubleValue(n, "load15"),
                longValue(n, "uptime_seconds"),
                longValue(n, "total_traffic_in"),
                longValue(n, "total_traffic_out"),
                text(n, "version"),
                text(n, "coordinates"));
    }

    static StatusSample statusSample(JsonNode n) {
        return new StatusSample(
                instant(n, "timestamp"),
                doubleValue(n, "cpu_usage"),
                longValue(n, "memory_used"),
                intValue(n, "cur_conns"),
                intValue(n, "client_counts"),
                intValue(n, "active_conn"),
                intValue(n, "passive_conn"),
                intValue(n, "proxy_tcp"),
                intValue(n, "proxy_udp"),
                intValue(n, "proxy_http"),
                intValue(n, "proxy_https"),
                longValue(n, "sent_packets"),
                longValue(n, "recv_packets"),
                longValue(n, "page_tables"),
                intValue(n, "upload_bandwidth_usage_percent"),
                intValue(n, "download_bandwidth_usage_percent"));
    }

    static PanelInfo panelInfo(JsonNode n) {
        return new PanelInfo(
                intValue(n, "tunnel_amount"),
                intValue(n, "node_amount"),
                intValue(n, "user_amount"),
                list(n.get("friend_links"), l -> new FriendLink(text(l, "name"), text(l, "description"), text(l, "url"))));
    }

    static AvailableDomain availableDomain(JsonNode n) {
        return new AvailableDomain(intValue(n, "id"), text(n, "domain"), text(n, "remarks"), bool(n, "icpFiling"));
    }

    static Subdomain subdomain(JsonNode n) {
        return new Subdomain(
                intValue(n, "id"),
                intValue(n, "userid"),
                text(n, "domain"),
                text(n, "record"),
                text(n, "type"),
                text(n, "target"),
                text(n, "remarks"),
                text(n, "ttl"));
    }

    static SignInInfo signInInfo(JsonNode n) {
        return new SignInInfo(
                text(n, "last_sign_in_time"),
                longValue(n, "total_points"),
                intValue(n, "total_sign_ins"),
                intValue(n, "count_of_matching_records"),
                bool(n, "is_signed_in_today"));
    }

    static TunnelTraffic tunnelTraffic(JsonNode n) {
        return new TunnelTraffic(longs(n.get("traffic_in")), longs(n.get("traffic_out")));
    }

    static FlowDay flowDay(JsonNode n) {
        return new FlowDay(text(n, "time"), longValue(n, "traffic_in"), longValue(n, "traffic_out"));
    }

    private static List<Long> longs(JsonNode array) {
        List<Long> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            for (JsonNode v : array) {
                if (v.isNumber()) {
                    out.add(v.asLong());
                } else {
                    try {
                        out.add((long) Double.parseDouble(v.asText().trim()));
                    } catch (NumberFormatException e) {
                        out.add(0L);
                    }
                }
            }
        }
        return out;
    }
}
