package org.chmlfrp.bot.testkit.chmlfrp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TunnelEndpointsTest extends FakeServerTest {

    /** The document's first /tunnel entry, its masked ip filled in with the fake's host name. */
    private static final String DOC_TUNNEL = """
            {
                "id": 76427,
                "name": "3I40Au4X",
                "localip": "127.0.0.1",
                "type": "tcp",
                "nport": 5244,
                "dorp": "65500",
                "node": "中国香港CN2-4",
                "state": "false",
                "userid": 227,
                "encryption": "true",
                "compression": "true",
                "ap": "",
                "uptime": null,
                "client_version": "尚未启动",
                "today_traffic_in": 0,
                "today_traffic_out": 0,
                "cur_conns": 0,
                "nodestate": "offline",
                "ip": "hk4.frp.one"
            }""";

    @Test
    void listHasTheDocumentsTunnels() throws Exception {
        ApiClient.Answer a = api.getAuthed(VIP_TOKEN, "/tunnel");

        assertThat(a.msg()).isEqualTo("获取隧道数据成功");
        JsonNode data = a.data();
        assertThat(data).hasSize(4);
        assertThat(data.get(0)).isEqualTo(ApiClient.MAPPER.readTree(DOC_TUNNEL));
        assertThat(AuthAndEnvelopeTest.fieldNames(data.get(0)))
                .containsExactlyElementsOf(AuthAndEnvelopeTest.fieldNames(ApiClient.MAPPER.readTree(DOC_TUNNEL)));
        JsonNode tokyo = data.get(1);
        assertThat(tokyo.path("id").asInt()).isEqualTo(81329);
        assertThat(tokyo.path("state").asText()).isEqualTo("true");
        assertThat(tokyo.path("uptime").asText()).isEqualTo("2024-12-21T01:38:19.000+00:00");
        assertThat(tokyo.path("nodestate").asText()).isEqualTo("online");
        assertThat(tokyo.path("ip").asText()).isEqualTo("jp2.frp.one");
        JsonNode web = data.get(2);
        assertThat(web.path("type").asText()).isEqualTo("http");
        assertThat(web.path("dorp").asText()).isEqualTo("mc.frp.wtf");
        assertThat(web.path("today_traffic_in").asLong()).isPositive();
        assertThat(data.get(3).path("type").asText()).isEqualTo("udp");
        assertThat(data.get(3).path("dorp").asText()).isEqualTo("25566");
    }

    @Test
    void aUserWithoutTunnelsGetsNullData() {
        ApiClient.Answer a = api.getAuthed(FREE_TOKEN, "/tunnel");

        assertThat(a.code()).isEqualTo(200);
        assertThat(a.json().has("data")).isTrue();
        assertThat(a.data().isNull()).isTrue();
    }

    @Test
    void createAnswersIdNullButTheListShowsTheId() {
        ApiClient.Answer created = api.post(
                "/create_tunnel",
                Map.of(
                        "token",
                        VIP_TOKEN,
                        "tunnelname",
                        "12424",
                        "node",
                        "日本东京直连-2",
                        "porttype",
                        "TcP",
                        "localport",
                        51,
                        "remoteport",
                        36981,
                        "encryption",
                        "false",
                        "compression",
                        false));

        assertThat(created.code()).isEqualTo(200);
        assertThat(created.msg()).isEqualTo("隧道创建成功");
        JsonNode data = created.data();
        assertThat(data.get("id").isNull()).isTrue();
        assertThat(data.get("nodestate").isNull()).isTrue();
        assertThat(data.get("ip").isNull()).isTrue();
        assertThat(data.path("name").asText()).isEqualTo("12424");
        assertThat(data.path("type").asText()).isEqualTo("tcp");
        assertThat(data.path("localip").asText()).isEqualTo("127.0.0.1");
        assertThat(data.path("dorp").asText()).isEqualTo("36981");
        assertThat(data.path("state").asText()).isEqualTo("false");
        assertThat(data.path("client_version").asText()).isEqualTo("尚未启动");

        JsonNode listed = find(api.getAuthed(VIP_TOKEN, "/tunnel").data(), "12424");
        assertThat(listed.get("id").isInt()).isTrue();
        assertThat(listed.get("id").asInt()).isGreaterThan(81403);
        assertThat(listed.path("nodestate").asText()).isEqualTo("online");
        assertThat(listed.path("ip").asText()).isEqualTo("jp2.frp.one");
        assertThat(server.state().tunnel(227, "12424")).isPresent();
    }

    @Test
    void createAnHttpTunnelWithTheTokenInTheHeader() {
        ApiClient.Answer a = api.post(
                "/create_tunnel",
                Map.of(
                        "tunnelname",
                        "site",
                        "node",
                        "湖南娄底",
                        "localip",
                        "192.168.1.5",
                        "porttype",
                        "HTTPS",
                        "localport",
                        "443",
                        "banddomain",
                        "www.example.com",
                        "encryption",
                        true,
                        "compression",
                        "true"),
                "Authorization",
                "Bearer " + FREE_TOKEN);

        assertThat(a.msg()).isEqualTo("隧道创建成功");
        assertThat(a.data().path("dorp").asText()).isEqualTo("www.example.com");
        assertThat(a.data().path("localip").asText()).isEqualTo("192.168.1.5");
        assertThat(a.data().path("encryption").asText()).isEqualTo("true");
        assertThat(server.state().tunnels(1001)).hasSize(1);
    }

    static Stream<Arguments> badTunnels() {
        return Stream.of(
                Arguments.of("type", Map.of("porttype", "ftp"), "端口类型"),
                Arguments.of("tcp without remote port", without("remoteport"), "外网端口"),
                Arguments.of("tcp with a domain", Map.of("banddomain", "a.example.com"), "绑定域名"),
                Arguments.of("http without domain", Map.of("porttype", "http", "node", "湖南娄底"), "绑定域名"),
                Arguments.of("local port 0", Map.of("localport", 0), "本地端口"),
                Arguments.of("local port too big", Map.of("localport", 70000), "本地端口"),
                Arguments.of("local port not a number", Map.of("localport", "abc"), "本地端口"),
                Arguments.of("remote port too big", Map.of("remoteport", 70000), "外网端口"),
                Arguments.of("remote port below rport", Map.of("remoteport", 5000), "10000-65535"),
                Arguments.of("unknown node", Map.of("node", "月球CN2"), "节点不存在"),
                Arguments.of("vip node for a free user", Map.of("node", "四川德阳电信"), "VIP"),
                Arguments.of(
                        "http on a node without web",
                        Map.of("porttype", "http", "node", "江苏宿迁", "remoteport", "", "banddomain", "x.example.com"),
                        "建站"),
                Arguments.of("missing encryption", without("encryption"), "encryption"),
                Arguments.of("bad boolean", Map.of("compression", "maybe"), "compression"),
                Arguments.of("missing name", without("tunnelname"), "隧道名称"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTunnels")
    void createRejectsWithASpecificMessage(String why, Map<String, Object> change, String inMessage) {
        ApiClient.Answer a = api.post("/create_tunnel", freeTunnel(change));

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.code()).as(why).isEqualTo(400);
        assertThat(a.json().path("state").asText()).isEqualTo("fail");
        assertThat(a.msg()).as(why).contains(inMessage);
        assertThat(server.state().tunnels(1001)).isEmpty();
    }

    @Test
    void httpWithARemotePortIsRejected() {
        Map<String, Object> body =
                freeTunnel(Map.of("porttype", "http", "node", "湖南娄底", "banddomain", "a.example.com"));

        assertThat(api.post("/create_tunnel", body).msg()).contains("外网端口");
    }

    @Test
    void udpNeedsTheNodesUdpFlag() {
        server.state().updateNode("湖南娄底", n -> n.toBuilder().udp(false).build());

        ApiClient.Answer a = api.post("/create_tunnel", freeTunnel(Map.of("porttype", "udp")));

        assertThat(a.code()).isEqualTo(400);
        assertThat(a.msg()).contains("UDP");
    }

    @Test
    void namesAreUniqueQuotaHoldsAndPortsAreNotShared() {
        for (int i = 0; i < 4; i++) {
            assertThat(api.post("/create_tunnel", freeTunnel(Map.of("tunnelname", "t" + i, "remoteport", 30000 + i)))
                            .code())
                    .isEqualTo(200);
        }
        ApiClient.Answer sameName =
                api.post("/create_tunnel", freeTunnel(Map.of("tunnelname", "t0", "remoteport", 31000)));
        ApiClient.Answer overQuota =
                api.post("/create_tunnel", freeTunnel(Map.of("tunnelname", "t9", "remoteport", 31001)));
        ApiClient.Answer portTaken = api.post(
                "/create_tunnel",
                Map.of(
                        "token",
                        VIP_TOKEN,
                        "tunnelname",
                        "dup",
                        "node",
                        "日本东京直连-2",
                        "porttype",
                        "tcp",
                        "localport",
                        22,
                        "remoteport",
                        56078,
                        "encryption",
                        false,
                        "compression",
                        false));

        assertThat(sameName.msg()).isEqualTo("隧道名称已存在");
        assertThat(overQuota.msg()).contains("上限");
        assertThat(portTaken.msg()).isEqualTo("该外网端口已被占用");
    }

    @Test
    void updateAnswersTheTunnelWithItsId() {
        ApiClient.Answer a = api.post(
                "/update_tunnel",
                Map.of(
                        "token",
                        VIP_TOKEN,
                        "tunnelid",
                        76427,
                        "tunnelname",
                        "string",
                        "node",
                        "中国香港CN2-4",
                        "porttype",
                        "tcp",
                        "localport",
                        214,
                        "remoteport",
                        "54342",
                        "encryption",
                        "true",
                        "compression",
                        "true"));

        assertThat(a.msg()).isEqualTo("隧道更新成功");
        assertThat(a.data().path("id").asInt()).isEqualTo(76427);
        assertThat(a.data().path("name").asText()).isEqualTo("string");
        assertThat(a.data().path("nport").asInt()).isEqualTo(214);
        assertThat(a.data().path("dorp").asText()).isEqualTo("54342");
        assertThat(a.data().get("nodestate").isNull()).isTrue();
        FakeTunnel stored = server.state().tunnel(76427).orElseThrow();
        assertThat(stored.remotePort()).isEqualTo(54342);
    }

    @Test
    void updateDefaultsBooleansToFalseAndChecksOwnership() {
        Map<String, Object> body = new HashMap<>(Map.of(
                "token",
                VIP_TOKEN,
                "tunnelid",
                76427,
                "tunnelname",
                "x",
                "node",
                "中国香港CN2-4",
                "porttype",
                "tcp",
                "localport",
                5244,
                "remoteport",
                65500));

        ApiClient.Answer ok = api.post("/update_tunnel", body);
        body.put("tunnelid", 1);
        ApiClient.Answer missing = api.post("/update_tunnel", body);
        body.put("tunnelid", 76427);
        body.put("token", FREE_TOKEN);
        ApiClient.Answer notMine = api.post("/update_tunnel", body);

        assertThat(ok.data().path("encryption").asText()).isEqualTo("false");
        assertThat(missing.code()).isEqualTo(404);
        assertThat(notMine.code()).isEqualTo(400);
        assertThat(notMine.msg()).isEqualTo("隧道不存在或不属于你");
    }

    @Test
    void deleteWithGetAndWithTheDocumentsPost() {
        ApiClient.Answer get = api.getAuthed(VIP_TOKEN, "/delete_tunnel", "tunnelid", "76427");
        ApiClient.Answer again = api.getAuthed(VIP_TOKEN, "/delete_tunnel", "tunnelid", "76427");
        ApiClient.Answer post =
                api.postQuery("/deletetunnel", ApiClient.query("token", VIP_TOKEN, "tunnelid", "81329"));
        ApiClient.Answer notMine = api.getAuthed(FREE_TOKEN, "/delete_tunnel", "tunnelid", "81402");

        assertThat(get.msg()).isEqualTo("删除成功");
        assertThat(again.code()).isEqualTo(400);
        assertThat(again.msg()).isEqualTo("隧道不存在或不属于你");
        assertThat(post.msg()).isEqualTo("删除成功");
        assertThat(notMine.msg()).isEqualTo("隧道不存在或不属于你");
        assertThat(server.state().tunnels(227)).extracting(FakeTunnel::id).containsExactly(81402, 81403);
    }

    @Test
    void legacyDeleteOnlyAnswersSprings404ForTheGet() {
        try (FakeChmlFrpServer legacy =
                FakeChmlFrpServer.builder().legacyDeleteOnly(true).start()) {
            ApiClient client = new ApiClient(legacy.baseUrl());

            ApiClient.Answer get = client.getAuthed(VIP_TOKEN, "/delete_tunnel", "tunnelid", "76427");
            ApiClient.Answer post = client.postQuery(
                    "/deletetunnel", ApiClient.query("tunnelid", "76427"), "Authorization", "Bearer " + VIP_TOKEN);

            assertThat(get.status()).isEqualTo(404);
            assertThat(get.json().path("error").asText()).isEqualTo("Not Found");
            assertThat(get.json().path("path").asText()).isEqualTo("/delete_tunnel");
            assertThat(post.msg()).isEqualTo("删除成功");
            assertThat(legacy.state().tunnel(76427)).isEmpty();
        }
    }

    @Test
    void tunnelConfigIsAnFrpcIni() {
        ApiClient.Answer all = api.getAuthed(VIP_TOKEN, "/tunnel_config", "node", "湖南娄底");
        ApiClient.Answer one = api.getAuthed(VIP_TOKEN, "/tunnel_config", "node", "湖南娄底", "tunnel_names", "mc-bedrock");
        ApiClient.Answer wrongNode =
                api.getAuthed(VIP_TOKEN, "/tunnel_config", "node", "湖南娄底", "tunnel_names", "web,230vZqUp");

        assertThat(all.msg()).isEqualTo("配置文件获取成功");
        assertThat(all.data().asText())
                .startsWith("[common]\nserver_addr = ld.frp.one\nserver_port = 7000\n" + "tls_enable = false\nuser = "
                        + VIP_TOKEN + "\ntoken = ChmlFrpToken\n\n");
        assertThat(all.data().asText())
                .contains(
                        "[web]\ntype = http\nlocal_ip = 127.0.0.1\nlocal_port = 80\n" + "custom_domains = mc.frp.wtf\n",
                        "[mc-bedrock]\ntype = udp\n",
                        "remote_port = 25566\n");
        assertThat(one.data().asText()).contains("[mc-bedrock]").doesNotContain("[web]");
        assertThat(wrongNode.code()).isEqualTo(400);
        assertThat(wrongNode.msg()).contains("230vZqUp");
    }

    @Test
    void lastSevenDaysOfATunnel() {
        JsonNode data = api.getAuthed(VIP_TOKEN, "/tunnel/last7days", "tunnel_id", "81402")
                .data();
        ApiClient.Answer notMine = api.getAuthed(FREE_TOKEN, "/tunnel/last7days", "tunnel_id", "81402");

        assertThat(data.get("traffic_in")).hasSize(7);
        assertThat(data.get("traffic_out")).hasSize(7);
        assertThat(data.get("traffic_in").get(6).asLong()).isEqualTo(52_428_800L);
        assertThat(data.get("traffic_out").get(6).asLong()).isEqualTo(314_572_800L);
        assertThat(data.get("traffic_in").get(0).isNumber()).isTrue();
        assertThat(notMine.code()).isEqualTo(400);
    }

    @Test
    void accountFlowMixesNumbersAndStrings() {
        JsonNode data = api.getAuthed(VIP_TOKEN, "/flow_last_7_days").data();

        assertThat(data).hasSize(7);
        assertThat(data.get(0).path("time").asText()).isEqualTo("2024-12-15");
        assertThat(data.get(6).path("time").asText()).isEqualTo("2024-12-21");
        List<JsonNode> values = new java.util.ArrayList<>();
        data.forEach(d -> {
            values.add(d.get("traffic_in"));
            values.add(d.get("traffic_out"));
        });
        assertThat(values).anyMatch(JsonNode::isTextual).anyMatch(JsonNode::isNumber);
        assertThat(values).allMatch(v -> v.asText().matches("\\d+"));
        assertThat(data.get(6).get("traffic_in").asLong()).isEqualTo(52_428_800L + 18_874_368L);
    }

    @Test
    void tunnelOfARemovedNodeHasNoNodeState() {
        server.state().removeNode("湖南娄底");

        JsonNode web = find(api.getAuthed(VIP_TOKEN, "/tunnel").data(), "web");

        assertThat(web.get("nodestate").isNull()).isTrue();
        assertThat(web.get("ip").isNull()).isTrue();
    }

    @Test
    void setTunnelOnlineShowsInTheList() {
        server.state().setTunnelOnline(76427, true);

        JsonNode t = find(api.getAuthed(VIP_TOKEN, "/tunnel").data(), "3I40Au4X");

        assertThat(t.path("state").asText()).isEqualTo("true");
        assertThat(t.path("uptime").asText()).isEqualTo("2024-12-21T11:00:12.000+00:00");
    }

    private static Map<String, Object> freeTunnel(Map<String, Object> change) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "token",
                FREE_TOKEN,
                "tunnelname",
                "mc",
                "node",
                "湖南娄底",
                "porttype",
                "tcp",
                "localport",
                25565,
                "remoteport",
                25565,
                "encryption",
                false,
                "compression",
                false));
        change.forEach((k, v) -> {
            if (v == REMOVE) {
                body.remove(k);
            } else {
                body.put(k, v);
            }
        });
        if ("".equals(body.get("remoteport"))) {
            body.remove("remoteport");
        }
        return body;
    }

    private static final Object REMOVE = new Object();

    private static Map<String, Object> without(String key) {
        Map<String, Object> m = new HashMap<>();
        m.put(key, REMOVE);
        return m;
    }

    private static JsonNode find(JsonNode tunnels, String name) {
        for (JsonNode t : tunnels) {
            if (t.path("name").asText().equals(name)) {
                return t;
            }
        }
        throw new AssertionError("no tunnel " + name + " in " + tunnels);
    }
}
