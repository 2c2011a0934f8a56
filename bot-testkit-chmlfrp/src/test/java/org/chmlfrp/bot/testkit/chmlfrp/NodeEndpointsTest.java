package org.chmlfrp.bot.testkit.chmlfrp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeEndpointsTest extends FakeServerTest {

    /** The document's /nodeinfo example for 江苏宿迁 (its masked realIp left out of the comparison). */
    private static final String DOC_NODEINFO = """
            {
                "udp": "true",
                "total_traffic_in": 0,
                "notes": "推荐游戏,web,ssh等服务",
                "cpu_info": "Intel(R) Xeon(R) Gold 6146 CPU @ 3.20GHz",
                "fangyu": "true",
                "rport": "10000-65535",
                "storage_total": 160801107968,
                "nodegroup": "user",
                "apitoken": "ChmlFrpToken|11",
                "web": "no",
                "ipv6": null,
                "toowhite": false,
                "uptime_seconds": 1286486,
                "id": 11,
                "state": "online",
                "bandwidth_usage_percent": 0,
                "memory_total": 16779546624,
                "nodetoken": "ChmlFrpToken",
                "load15": 0.03,
                "area": "江苏宿迁",
                "realIp": "203.0.113.11",
                "ip": "sq.frp.one",
                "num_cores": 8,
                "coordinates": "118.295113,33.946709",
                "load5": 0.02,
                "version": "ChmlFrp-0.51.2_240715",
                "load1": 0,
                "china": "yes",
                "port": 7000,
                "total_traffic_out": 0,
                "name": "江苏宿迁",
                "adminPort": 8233,
                "storage_used": 17889017856
            }""";

    private static final String DOC_UPTIME = """
            [{"node_name": "中国香港CN2-4", "state": "offline", "id": 24, "history_uptime": [
                {"recorded_at": "2024-12-12", "uptime": 0.1877}, {"recorded_at": "2024-12-13", "uptime": 0},
                {"recorded_at": "2024-12-14", "uptime": 0}, {"recorded_at": "2024-12-15", "uptime": 0},
                {"recorded_at": "2024-12-16", "uptime": 0}, {"recorded_at": "2024-12-17", "uptime": 0},
                {"recorded_at": "2024-12-18", "uptime": 0}, {"recorded_at": "2024-12-19", "uptime": 0},
                {"recorded_at": "2024-12-20", "uptime": 0}, {"recorded_at": "2024-12-21", "uptime": 0}],
              "group": "vip"}]""";

    @Test
    void nodeListHasEveryNodeInTheDocumentsShape() throws Exception {
        ApiClient.Answer a = api.get("/node");

        assertThat(a.msg()).isEqualTo("获取成功");
        assertThat(a.data()).hasSize(14);
        assertThat(a.data().get(0)).isEqualTo(ApiClient.MAPPER.readTree("""
                {"id": 2, "name": "四川德阳电信", "area": "中国四川德阳", "nodegroup": "vip", "china": "yes",
                 "web": "yes", "udp": "true", "fangyu": "true", "notes": "超大带宽，啥都能干"}"""));
        List<Integer> ids = new ArrayList<>();
        a.data().forEach(n -> ids.add(n.path("id").asInt()));
        assertThat(ids).containsExactly(2, 3, 4, 6, 8, 11, 12, 16, 19, 24, 27, 29, 30, 31);
    }

    @Test
    void nodeInfoMatchesTheDocument() throws Exception {
        ApiClient.Answer a = api.getAuthed(FREE_TOKEN, "/nodeinfo", "node", "江苏宿迁");

        assertThat(a.msg()).isEqualTo("获取成功");
        JsonNode expected = ApiClient.MAPPER.readTree(DOC_NODEINFO);
        assertThat(a.data()).isEqualTo(expected);
        assertThat(AuthAndEnvelopeTest.fieldNames(a.data()))
                .containsExactlyElementsOf(AuthAndEnvelopeTest.fieldNames(expected));
        assertThat(a.data().get("toowhite").isBoolean()).isTrue();
    }

    @Test
    void nodeInfoGuardsVipNodesAndUnknownNodes() {
        ApiClient.Answer vipForFree = api.getAuthed(FREE_TOKEN, "/nodeinfo", "node", "四川德阳电信");
        ApiClient.Answer vipForVip = api.getAuthed(VIP_TOKEN, "/nodeinfo", "node", "四川德阳电信");
        ApiClient.Answer unknown = api.getAuthed(VIP_TOKEN, "/nodeinfo", "node", "月球CN2");

        assertThat(vipForFree.code()).isEqualTo(403);
        assertThat(vipForFree.msg()).isEqualTo("权限不足");
        assertThat(vipForVip.data().path("ip").asText()).isEqualTo("dy.frp.one");
        assertThat(unknown.code()).isEqualTo(404);
        assertThat(unknown.msg()).isEqualTo("节点不存在");
    }

    @Test
    void nodeStatsFollowTheLiveState() throws Exception {
        ApiClient.Answer before = api.get("/node_stats");
        server.state().setNodeState("湖南娄底", false);
        server.state().removeNode("呼和浩特电信");
        ApiClient.Answer after = api.get("/node_stats");

        assertThat(before.msg()).isEqualTo("节点统计数据获取成功");
        assertThat(before.data()).hasSize(14);
        assertThat(entry(before.data(), "湖南娄底")).isEqualTo(ApiClient.MAPPER.readTree("""
                {"total_traffic_in": 3117717383, "total_traffic_out": 19172556232, "cur_counts": 133,
                 "node_name": "湖南娄底", "id": 16, "state": "online", "bandwidth_usage_percent": 47,
                 "cpu_usage": 6.482438, "nodegroup": "user", "client_counts": 422, "tunnel_counts": 590}"""));
        assertThat(entry(before.data(), "日本东京直连").path("state").asText()).isEqualTo("offline");
        assertThat(after.data()).hasSize(13);
        JsonNode loudi = entry(after.data(), "湖南娄底");
        assertThat(loudi.path("state").asText()).isEqualTo("offline");
        assertThat(loudi.path("cur_counts").asInt()).isZero();
        assertThat(api.get("/node").data()).hasSize(13);
        assertThat(api.get("/panelinfo").data().path("node_amount").asInt()).isEqualTo(13);
    }

    @Test
    void uptimeMatchesTheDocumentsExample() throws Exception {
        ApiClient.Answer a = api.get("/node_uptime", ApiClient.query("time", "10", "node", "中国香港CN2-4"));

        assertThat(a.msg()).isEqualTo("获取节点uptime信息成功");
        assertThat(a.data()).isEqualTo(ApiClient.MAPPER.readTree(DOC_UPTIME));
    }

    @Test
    void uptimeOfAllNodes() {
        JsonNode data = api.get("/node_uptime", ApiClient.query("time", "90")).data();

        assertThat(data).hasSize(14);
        for (JsonNode node : data) {
            JsonNode history = node.get("history_uptime");
            assertThat(history).hasSize(90);
            assertThat(history.get(89).path("recorded_at").asText()).isEqualTo("2024-12-21");
            assertThat(history.get(0).path("recorded_at").asText()).isEqualTo("2024-09-23");
            history.forEach(d -> assertThat(d.path("uptime").asDouble()).isBetween(0.0, 100.0));
            if (node.path("state").asText().equals("online")) {
                double average = 0;
                for (JsonNode d : history) {
                    average += d.path("uptime").asDouble() / history.size();
                }
                assertThat(average).as(node.path("node_name").asText()).isGreaterThan(95);
            } else {
                assertThat(history.get(89).path("uptime").asDouble()).isZero();
            }
        }
    }

    @Test
    void uptimeRejectsBadTime() {
        for (String time : new String[] {"0", "91", "abc"}) {
            ApiClient.Answer a = api.get("/node_uptime", ApiClient.query("time", time));
            assertThat(a.code()).as(time).isEqualTo(400);
        }
        assertThat(api.get("/node_uptime").code()).isEqualTo(400);
        assertThat(api.get("/node_uptime", ApiClient.query("time", "3", "node", "月球"))
                        .code())
                .isEqualTo(404);
    }

    @Test
    void nodeStatusInfoIsMegabytesOfValidJsonStreamed() throws Exception {
        try (FakeChmlFrpServer big = FakeChmlFrpServer.builder().clock(CLOCK).start()) {
            HttpRequest request = HttpRequest.newBuilder(
                            new ApiClient(big.baseUrl()).uri("/node_status_info", ApiClient.query("nodename", "湖北十堰")))
                    .build();
            HttpResponse<InputStream> response =
                    ApiClient.http().send(request, HttpResponse.BodyHandlers.ofInputStream());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).contains("application/json;charset=UTF-8");
            StatusListSummary summary;
            try (InputStream body = response.body()) {
                summary = StatusListSummary.read(body);
            }

            assertThat(summary.bytes).isGreaterThan(1_000_000L);
            assertThat(summary.msg).isEqualTo("节点状态信息获取成功");
            assertThat(summary.code).isEqualTo(200);
            assertThat(summary.state).isEqualTo("success");
            assertThat(summary.detailsFields)
                    .contains("total_traffic_in", "cpu_info", "num_cores", "uptime_seconds", "load15");
            assertThat(summary.entries).isEqualTo(6000);
            assertThat(summary.firstTimestamp).isEqualTo("2024-12-21T11:00:00.000+00:00");
            assertThat(Instant.parse(summary.firstTimestamp.replace("+00:00", "Z"))
                                    .getEpochSecond()
                            - Instant.parse(summary.lastTimestamp.replace("+00:00", "Z"))
                                    .getEpochSecond())
                    .isEqualTo(5999L * 20);
            assertThat(summary.entryFields)
                    .containsExactly(
                            "proxy_https",
                            "download_bandwidth_usage_percent",
                            "cur_conns",
                            "sent_packets",
                            "memory_used",
                            "active_conn",
                            "recv_packets",
                            "proxy_tcp",
                            "proxy_udp",
                            "proxy_http",
                            "upload_bandwidth_usage_percent",
                            "cpu_usage",
                            "page_tables",
                            "passive_conn",
                            "timestamp",
                            "client_counts");
        }
    }

    @Test
    void nodeStatusInfoOfAnUnknownNode() {
        ApiClient.Answer a = api.get("/node_status_info", ApiClient.query("nodename", "月球CN2"));

        assertThat(a.code()).isEqualTo(404);
        assertThat(a.msg()).isEqualTo("无法连接至服务器");
    }

    private static JsonNode entry(JsonNode stats, String name) {
        for (JsonNode n : stats) {
            if (n.path("node_name").asText().equals(name)) {
                return n;
            }
        }
        throw new AssertionError("no " + name);
    }

    /** Reads node_status_info token by token, never holding the document. */
    private static final class StatusListSummary {
        long bytes;
        String msg;
        int code;
        String state;
        List<String> detailsFields = new ArrayList<>();
        List<String> entryFields = new ArrayList<>();
        int entries;
        String firstTimestamp;
        String lastTimestamp;

        static StatusListSummary read(InputStream in) throws Exception {
            StatusListSummary s = new StatusListSummary();
            try (JsonParser p = new JsonFactory().createParser(in)) {
                String path = "";
                int depth = 0;
                String field = null;
                JsonToken t;
                while ((t = p.nextToken()) != null) {
                    switch (t) {
                        case FIELD_NAME -> {
                            field = p.currentName();
                            if (path.equals("node_details") && depth == 3) {
                                s.detailsFields.add(field);
                            }
                            if (path.equals("status_list") && depth == 4 && s.entries == 1) {
                                s.entryFields.add(field);
                            }
                        }
                        case START_OBJECT -> {
                            depth++;
                            if (depth == 3 && "node_details".equals(field)) {
                                path = "node_details";
                            }
                            if (depth == 4 && path.equals("status_list")) {
                                s.entries++;
                            }
                        }
                        case END_OBJECT -> {
                            depth--;
                            if (depth == 2 && path.equals("node_details")) {
                                path = "";
                            }
                        }
                        case START_ARRAY -> {
                            depth++;
                            if ("status_list".equals(field)) {
                                path = "status_list";
                            }
                        }
                        case END_ARRAY -> {
                            depth--;
                            path = "";
                        }
                        case VALUE_STRING -> {
                            if (depth == 1 && "msg".equals(field)) {
                                s.msg = p.getText();
                            } else if (depth == 1 && "state".equals(field)) {
                                s.state = p.getText();
                            } else if ("timestamp".equals(field)) {
                                if (s.firstTimestamp == null) {
                                    s.firstTimestamp = p.getText();
                                }
                                s.lastTimestamp = p.getText();
                            }
                        }
                        case VALUE_NUMBER_INT -> {
                            if (depth == 1 && "code".equals(field)) {
                                s.code = p.getIntValue();
                            }
                        }
                        default -> {}
                    }
                }
                s.bytes = p.currentLocation().getByteOffset();
            }
            return s;
        }
    }
}
