package org.chmlfrp.bot.core.chmlfrp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.chmlfrp.bot.core.chmlfrp.model.AvailableDomain;
import org.chmlfrp.bot.core.chmlfrp.model.FriendLink;
import org.chmlfrp.bot.core.chmlfrp.model.Node;
import org.chmlfrp.bot.core.chmlfrp.model.NodeGroup;
import org.chmlfrp.bot.core.chmlfrp.model.NodeInfo;
import org.chmlfrp.bot.core.chmlfrp.model.NodeStats;
import org.chmlfrp.bot.core.chmlfrp.model.NodeStatusSummary;
import org.chmlfrp.bot.core.chmlfrp.model.NodeUptime;
import org.chmlfrp.bot.core.chmlfrp.model.OnlineState;
import org.chmlfrp.bot.core.chmlfrp.model.PanelInfo;
import org.chmlfrp.bot.core.chmlfrp.model.PortRange;
import org.chmlfrp.bot.core.chmlfrp.model.Subdomain;
import org.chmlfrp.bot.core.chmlfrp.model.Tunnel;
import org.chmlfrp.bot.core.chmlfrp.model.TunnelType;
import org.chmlfrp.bot.core.chmlfrp.model.UptimePoint;
import org.chmlfrp.bot.core.chmlfrp.model.UserInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The API document's literal example responses (test resources {@code chmlfrp/doc-examples},
 * copied verbatim from chmlfrp-api-v2.zh.md) decode into the records without loss.
 */
class DocExampleContractTest {
    private final ObjectMapper mapper = LenientModule.configure(new ObjectMapper());
    private final EnvelopeReader envelopes = new EnvelopeReader(mapper);

    private static byte[] example(String name) {
        try (InputStream in =
                DocExampleContractTest.class.getResourceAsStream("/chmlfrp/doc-examples/" + name + ".json")) {
            assertThat(in).as("example %s", name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ApiAnswer ok(Endpoint endpoint, String name) {
        return envelopes.read(endpoint, 200, example(name));
    }

    /** The answer's data as the client reads it: databind into the record. */
    private <T> T decode(ApiAnswer answer, Class<T> type) {
        try {
            return mapper.treeToValue(answer.data(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> List<T> decodeList(ApiAnswer answer, Class<T> type) {
        try {
            return mapper.readerForListOf(type).readValue(answer.data());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void loginAndUserinfoDecodeEveryField() {
        for (String name : List.of("login-success-1", "userinfo-success-1")) {
            UserInfo u = decode(ok(Endpoint.USER_INFO, name), UserInfo.class);
            assertThat(u.id()).isEqualTo(227);
            assertThat(u.userGroup()).isEqualTo("超级会员");
            assertThat(u.isVip()).isTrue();
            assertThat(u.bandwidth()).isEqualTo(50);
            assertThat(u.tunnelQuota()).isEqualTo(16);
            assertThat(u.tunnelCount()).isEqualTo(2);
            assertThat(u.realname()).isEqualTo("已实名");
            assertThat(u.loginAttempts()).isZero();
            assertThat(u.integral()).isEqualTo(15168);
            assertThat(u.term()).isEqualTo("9999-09-09");
            assertThat(u.regTime()).isEqualTo("2023-08-26");
            assertThat(u.realnameCount()).isZero();
            assertThat(u.totalDownload()).isEqualTo(150640674L);
            assertThat(u.totalUpload()).isEqualTo(3224701L);
            assertThat(u.totalCurConns()).isZero();
            assertThat(u.userImg()).startsWith("https://q.qlogo.cn/");
            assertThat(u.qq()).isNotBlank();
            assertThat(u.email()).isNotBlank();
            assertThat(u.userToken()).isNotBlank();
            assertThat(u.toString()).doesNotContain(u.userToken()).contains("***");
        }
        assertThat(decode(ok(Endpoint.LOGIN, "login-success-1"), UserInfo.class).username())
                .isEqualTo("boring_student");
    }

    @Test
    void tunnelListTurnsStringBooleansIntoBooleans() {
        ApiAnswer a = ok(Endpoint.TUNNELS, "tunnel-success-1");
        assertThat(a.msg()).isEqualTo("获取隧道数据成功");
        List<Tunnel> tunnels = decodeList(a, Tunnel.class);
        assertThat(tunnels).hasSize(2);
        Tunnel first = tunnels.get(0);
        assertThat(first)
                .isEqualTo(new Tunnel(
                        76427,
                        "3I40Au4X",
                        "127.0.0.1",
                        "tcp",
                        5244,
                        "65500",
                        "中国香港CN2-4",
                        false,
                        227,
                        true,
                        true,
                        "",
                        null,
                        "尚未启动",
                        0,
                        0,
                        0,
                        OnlineState.OFFLINE,
                        "**********"));
        assertThat(first.type()).isEqualTo(TunnelType.TCP);
        assertThat(first.remotePort()).hasValue(65500);
        Tunnel second = tunnels.get(1);
        assertThat(second.online()).isTrue();
        assertThat(second.encryption()).isFalse();
        assertThat(second.uptime()).isEqualTo(Instant.parse("2024-12-21T01:38:19Z"));
        assertThat(second.nodeState()).isEqualTo(OnlineState.ONLINE);
        assertThat(second.node()).isEqualTo("日本东京直连-2");
    }

    @Test
    void createTunnelAnswerHasNoId() {
        Tunnel created = decode(ok(Endpoint.CREATE_TUNNEL, "create_tunnel-success-1"), Tunnel.class);
        assertThat(created.id()).isNull();
        assertThat(created.name()).isEqualTo("12424");
        assertThat(created.localPort()).isEqualTo(51);
        assertThat(created.dorp()).isEqualTo("36981");
        assertThat(created.nodeState()).isEqualTo(OnlineState.UNKNOWN);
        assertThat(created.ip()).isNull();
        Tunnel updated = decode(ok(Endpoint.UPDATE_TUNNEL, "update_tunnel-success-1"), Tunnel.class);
        assertThat(updated.id()).isEqualTo(76427);
        assertThat(updated.encryption()).isTrue();
        assertThat(updated.localPort()).isEqualTo(214);
    }

    @Test
    void nodeListTurnsYesNoAndTrueFalseIntoBooleans() {
        List<Node> nodes = decodeList(ok(Endpoint.NODES, "node-success-1"), Node.class);
        assertThat(nodes).hasSize(8);
        assertThat(nodes.get(0))
                .isEqualTo(new Node(2, "四川德阳电信", "中国四川德阳", NodeGroup.VIP, true, true, true, true, "超大带宽，啥都能干"));
        Node suqian =
                nodes.stream().filter(n -> n.name().equals("江苏宿迁")).findFirst().orElseThrow();
        assertThat(suqian.group()).isEqualTo(NodeGroup.USER);
        assertThat(suqian.web()).isFalse();
        assertThat(suqian.allows(TunnelType.HTTP)).isFalse();
        assertThat(suqian.allows(TunnelType.UDP)).isTrue();
        Node tokyo = nodes.stream().filter(n -> n.id() == 6).findFirst().orElseThrow();
        assertThat(tokyo.china()).isFalse();
    }

    @Test
    void nodeInfoDecodesEveryField() {
        NodeInfo n = decode(ok(Endpoint.NODE_INFO, "nodeinfo-success-1"), NodeInfo.class);
        assertThat(n.node().id()).isEqualTo(11);
        assertThat(n.node().name()).isEqualTo("江苏宿迁");
        assertThat(n.node().area()).isEqualTo("江苏宿迁");
        assertThat(n.node().group()).isEqualTo(NodeGroup.USER);
        assertThat(n.node().udp()).isTrue();
        assertThat(n.node().web()).isFalse();
        assertThat(n.node().china()).isTrue();
        assertThat(n.node().fangyu()).isTrue();
        assertThat(n.node().notes()).isEqualTo("推荐游戏,web,ssh等服务");
        assertThat(n.state()).isEqualTo(OnlineState.ONLINE);
        assertThat(n.ip()).isEqualTo("sq.frp.one");
        assertThat(n.realIp()).isEqualTo("***.***.***.**");
        assertThat(n.ipv6()).isNull();
        assertThat(n.port()).isEqualTo(7000);
        assertThat(n.adminPort()).isEqualTo(8233);
        assertThat(n.rport()).isEqualTo("10000-65535");
        assertThat(n.remotePortRange()).isEqualTo(new PortRange(10000, 65535));
        assertThat(n.apiToken()).isEqualTo("ChmlFrpToken|11");
        assertThat(n.nodeToken()).isEqualTo("ChmlFrpToken");
        assertThat(n.toowhite()).isFalse();
        assertThat(n.details().cpuInfo()).isEqualTo("Intel(R) Xeon(R) Gold 6146 CPU @ 3.20GHz");
        assertThat(n.details().numCores()).isEqualTo(8);
        assertThat(n.details().memoryTotal()).isEqualTo(16779546624L);
        assertThat(n.details().storageTotal()).isEqualTo(160801107968L);
        assertThat(n.details().storageUsed()).isEqualTo(17889017856L);
        assertThat(n.details().load1()).isEqualTo(0.0);
        assertThat(n.details().load5()).isEqualTo(0.02);
        assertThat(n.details().load15()).isEqualTo(0.03);
        assertThat(n.details().uptimeSeconds()).isEqualTo(1286486L);
        assertThat(n.bandwidthUsagePercent()).isZero();
        assertThat(n.details().totalTrafficIn()).isZero();
        assertThat(n.details().totalTrafficOut()).isZero();
        assertThat(n.details().version()).isEqualTo("ChmlFrp-0.51.2_240715");
        assertThat(n.details().coordinates()).isEqualTo("118.295113,33.946709");
        assertThat(n.toString()).doesNotContain("ChmlFrpToken");
    }

    @Test
    void nodeStatsDecode() {
        List<NodeStats> stats = decodeList(ok(Endpoint.NODE_STATS, "node_stats-success-1"), NodeStats.class);
        assertThat(stats).hasSize(14);
        assertThat(stats.get(0))
                .isEqualTo(new NodeStats(
                        2,
                        "四川德阳电信",
                        OnlineState.ONLINE,
                        NodeGroup.VIP,
                        550093529L,
                        14367772669L,
                        54,
                        12,
                        11.913401,
                        93,
                        190));
        assertThat(stats.stream().filter(s -> !s.online()).count()).isEqualTo(6);
    }

    @Test
    void nodeUptimeDecodes() {
        List<NodeUptime> up = decodeList(ok(Endpoint.NODE_UPTIME, "node_uptime-success-1"), NodeUptime.class);
        assertThat(up).hasSize(1);
        NodeUptime hk = up.get(0);
        assertThat(hk.id()).isEqualTo(24);
        assertThat(hk.nodeName()).isEqualTo("中国香港CN2-4");
        assertThat(hk.state()).isEqualTo(OnlineState.OFFLINE);
        assertThat(hk.group()).isEqualTo(NodeGroup.VIP);
        assertThat(hk.history()).hasSize(10);
        assertThat(hk.history().get(0)).isEqualTo(new UptimePoint(LocalDate.of(2024, 12, 12), 0.1877));
        assertThat(hk.history().get(9).day()).isEqualTo(LocalDate.of(2024, 12, 21));
    }

    @Test
    void nodeStatusInfoStreamsIntoASummary() throws IOException {
        NodeStatusReader reader = new NodeStatusReader(mapper, envelopes);
        NodeStatusSummary s =
                reader.read("月球CN2", 200, new ByteArrayInputStream(example("node_status_info-success-1")));
        assertThat(s.nodeName()).isEqualTo("月球CN2");
        assertThat(s.sampleCount()).isEqualTo(3);
        assertThat(s.peakCurConns()).isEqualTo(112);
        assertThat(s.averageCpu())
                .isCloseTo((7.531969 + 5.059809 + 5.213119) / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(s.latest().timestamp()).isEqualTo(Instant.parse("2024-12-21T11:00:12Z"));
        assertThat(s.latest().curConns()).isEqualTo(81);
        assertThat(s.latest().proxyHttps()).isEqualTo(13);
        assertThat(s.latest().memoryUsed()).isEqualTo(301830144L);
        assertThat(s.latest().recvPackets()).isEqualTo(1378436111L);
        assertThat(s.latest().uploadBandwidthUsagePercent()).isEqualTo(1);
        assertThat(s.latest().downloadBandwidthUsagePercent()).isEqualTo(2);
        assertThat(s.details().cpuInfo()).isEqualTo("Intel(R) Xeon(R) CPU E5-2682 v4 @ 2.50GHz");
        assertThat(s.details().numCores()).isEqualTo(8);
        assertThat(s.details().totalTrafficOut()).isEqualTo(23334736890L);
        assertThat(s.details().uptimeSeconds()).isEqualTo(783376L);
        assertThat(s.details().load15()).isEqualTo(0.39);
        assertThat(s.details().version()).isEqualTo("ChmlFrp-0.51.2_240715");
    }

    @Test
    void panelInfoDecodes() {
        PanelInfo p = decode(ok(Endpoint.PANEL_INFO, "panelinfo-success-1"), PanelInfo.class);
        assertThat(p.tunnelAmount()).isEqualTo(22905);
        assertThat(p.nodeAmount()).isEqualTo(14);
        assertThat(p.userAmount()).isEqualTo(22203);
        assertThat(p.friendLinks()).hasSize(7);
        assertThat(p.friendLinks().get(2)).isEqualTo(new FriendLink("云术二级域名", null, "https://dom.cloudery.cn/"));
    }

    @Test
    void domainsDecode() {
        List<AvailableDomain> available =
                decodeList(ok(Endpoint.AVAILABLE_DOMAINS, "list_available_domains-success-1"), AvailableDomain.class);
        assertThat(available)
                .extracting(AvailableDomain::domain)
                .containsExactly("映射.中国", "frp.wtf", "owo.vin", "baozi.site", "731250.xyz");
        assertThat(available.get(0)).isEqualTo(new AvailableDomain(1, "映射.中国", null, false));

        List<Subdomain> mine =
                decodeList(ok(Endpoint.SUBDOMAINS, "get_user_free_subdomains-success-1"), Subdomain.class);
        assertThat(mine).hasSize(13);
        assertThat(mine.get(6))
                .isEqualTo(new Subdomain(24, 227, "frp.wtf", "Minecraft", "A", "192.168.1.1", "解析隧道：alist11", "1分钟"));
        assertThat(mine.get(12).type()).isEqualTo("CNAME");
        assertThat(mine.get(12).fqdn()).isEqualTo("chmlfrp_ui.frp.wtf");
    }

    @Test
    void tunnelConfigIsAString() {
        ApiAnswer a = ok(Endpoint.TUNNEL_CONFIG, "tunnel_config-success-1");
        assertThat(a.data().asText()).startsWith("[common]\nserver_addr = ").contains("remote_port = 49736");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "sendmailcode-success-1",
                "register-success-1",
                "retoken-success-1",
                "qiandao-success-1",
                "update_userimg-success-1",
                "create_free_subdomain-success-1",
                "update_free_subdomain-success-1",
                "delete_free_subdomain-success-1"
            })
    void messageOnlySuccessesCarryTheirMsg(String name) {
        ApiAnswer a = ok(Endpoint.REGISTER, name);
        assertThat(a.msg()).isNotBlank();
        assertThat(a.data().isNull()).isTrue();
    }

    @Test
    void failuresBecomeApiExceptionsWithTheApiMessage() {
        assertFailure(Endpoint.USER_INFO, "userinfo-fail-2", ApiErrorKind.INVALID_TOKEN, 401, "无效的Token");
        assertFailure(Endpoint.NODE_INFO, "nodeinfo-fail-2", ApiErrorKind.INVALID_TOKEN, 401, "错误的token");
        assertFailure(Endpoint.LOGIN, "login-fail-2", ApiErrorKind.VALIDATION, 401, "用户不存在");
        assertFailure(Endpoint.LOGIN, "login-fail-3", ApiErrorKind.VALIDATION, 401, "密码错误");
        assertFailure(Endpoint.SEND_MAIL_CODE, "sendmailcode-fail-2", ApiErrorKind.VALIDATION, 400, "邮箱格式错误");
        assertFailure(Endpoint.SIGN_IN, "qiandao-fail-2", ApiErrorKind.VALIDATION, 400, "请勿重复签到");
        assertFailure(Endpoint.UPDATE_USERIMG, "update_userimg-fail-3", ApiErrorKind.VALIDATION, 400, "无效的链接");
        assertFailure(Endpoint.NODES, "node-fail-2", ApiErrorKind.NOT_FOUND, 404, "无法连接至服务器");
        assertFailure(Endpoint.RETOKEN, "retoken-fail-2", ApiErrorKind.VALIDATION, 0, "string");
    }

    @Test
    void springNotFoundShapeIsNotFound() {
        assertThatThrownBy(() -> envelopes.read(Endpoint.NODES, 404, example("app_version-fail-1")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ApiErrorKind.NOT_FOUND);
                    assertThat(e.httpStatus()).isEqualTo(404);
                    assertThat(e.apiMessage()).hasValue("Not Found");
                });
    }

    @Test
    void plainTextAnswersAreMalformed() {
        assertThatThrownBy(() -> envelopes.read(
                        Endpoint.UPDATE_USERNAME, 200, "好像挂了emm...".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.kind()).isEqualTo(ApiErrorKind.MALFORMED));
    }

    private void assertFailure(Endpoint endpoint, String name, ApiErrorKind kind, int code, String msg) {
        assertThatThrownBy(() -> envelopes.read(endpoint, 200, example(name)))
                .as(name)
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.kind()).as(name).isEqualTo(kind);
                    assertThat(e.code()).as(name).hasValue(code);
                    assertThat(e.apiMessage()).as(name).hasValue(msg);
                    assertThat(e.path()).isEqualTo(endpoint.path());
                });
    }
}
