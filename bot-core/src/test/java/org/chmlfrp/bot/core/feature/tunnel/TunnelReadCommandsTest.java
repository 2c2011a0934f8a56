package org.chmlfrp.bot.core.feature.tunnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chmlfrp.bot.core.feature.tunnel.TunnelFeature.FREE_QQ;
import static org.chmlfrp.bot.core.feature.tunnel.TunnelFeature.VIP_QQ;
import static org.chmlfrp.bot.core.feature.tunnel.TunnelFeature.field;
import static org.chmlfrp.bot.core.feature.tunnel.TunnelFeature.hasField;
import static org.chmlfrp.bot.core.feature.tunnel.TunnelFeature.row;
import static org.chmlfrp.bot.core.feature.tunnel.TunnelFeature.table;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import org.chmlfrp.bot.core.chart.ByteUnit;
import org.chmlfrp.bot.core.chmlfrp.model.TunnelTraffic;
import org.chmlfrp.bot.core.reply.Action;
import org.chmlfrp.bot.core.reply.Block;
import org.chmlfrp.bot.core.reply.Paging;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.core.reply.Visibility;
import org.chmlfrp.bot.core.testing.BotHarness;
import org.chmlfrp.bot.testkit.chmlfrp.FakeTunnel;
import org.chmlfrp.bot.testkit.chmlfrp.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** tunnel list, info, traffic and config, through the text entry point against the fake API. */
class TunnelReadCommandsTest {
    private final BotHarness h = TunnelFeature.start();

    @AfterEach
    void close() {
        h.close();
    }

    // --- tunnel list ---

    @Test
    void listShowsEveryTunnelWithStateNodeRouteAndTodaysTraffic() {
        Reply r = h.privately(VIP_QQ, "/tunnel list");

        assertThat(r.error()).isFalse();
        assertThat(r.title()).contains("4");
        assertThat(table(r).headers()).containsExactly("ID", "名称", "状态", "节点", "类型", "本地 → 远程", "今日流量（入/出）");
        assertThat(table(r).rows()).extracting(row -> row.get(0)).containsExactly("76427", "81329", "81402", "81403");
        assertThat(row(r, "76427"))
                .containsExactly(
                        "76427",
                        "3I40Au4X",
                        "离线",
                        "中国香港CN2-4（节点离线）",
                        "tcp",
                        "127.0.0.1:5244 → hk4.frp.one:65500",
                        "0 B / 0 B");
        assertThat(row(r, "81329")).contains("在线", "日本东京直连-2", "127.0.0.1:222 → jp2.frp.one:56078");
        assertThat(row(r, "81402"))
                .containsExactly("81402", "web", "在线", "湖南娄底", "http", "127.0.0.1:80 → mc.frp.wtf", "50 MB / 300 MB");
        assertThat(row(r, "81403")).contains("udp", "127.0.0.1:19132 → ld.frp.one:25566", "18 MB / 92 MB");
        assertThat(r.paging()).isNull();
        assertThat(r.actions()).isEmpty();

        List<RecordedRequest> calls = h.fake().requests("/tunnel");
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).token()).contains(BotHarness.VIP_TOKEN);
    }

    @Test
    void listInAGroupShowsNoNodeHostAndNoToken() {
        Reply r = h.inGroup(VIP_QQ, "/隧道");

        assertThat(r.plainText())
                .contains("3I40Au4X", "mc-bedrock")
                .doesNotContain("frp.one")
                .doesNotContain(BotHarness.VIP_TOKEN);
        assertThat(row(r, "76427")).contains("127.0.0.1:5244 → 65500");
        assertThat(row(r, "81403")).contains("127.0.0.1:19132 → 25566");
        assertThat(row(r, "81402")).contains("127.0.0.1:80 → mc.frp.wtf");
    }

    @Test
    void listSpeaksEnglish() {
        Reply r = h.english().privately(VIP_QQ, "/隧道列表");

        assertThat(row(r, "76427")).contains("offline", "中国香港CN2-4 (node offline)");
        assertThat(row(r, "81402")).contains("online");
        assertThat(r.plainText()).contains("tunnel info");
    }

    @Test
    void anEmptyListSaysSoAndHowToCreateOne() {
        Reply r = h.privately(FREE_QQ, "/tunnel list");

        assertThat(r.error()).isFalse();
        assertThat(r.blocks()).noneMatch(Block.Table.class::isInstance);
        assertThat(r.plainText()).contains("还没有隧道").contains("/tunnel create");
    }

    @Test
    void longListsArePagedByTenWithANextPageAction() {
        for (int i = 1; i <= 12; i++) {
            h.fake()
                    .state()
                    .addTunnel(FakeTunnel.builder(0, "extra" + i, 227, "湖南娄底")
                            .portTunnel("tcp", 3000 + i, 40000 + i)
                            .build());
        }

        Reply first = h.privately(VIP_QQ, "/tunnel list");
        assertThat(table(first).rows()).hasSize(10);
        assertThat(first.paging()).isEqualTo(new Paging(1, 2));
        assertThat(first.actions()).containsExactly(new Action(Action.Kind.PAGE, "下一页", "tunnel list 2"));

        Reply second = h.privately(VIP_QQ, "/tunnel list 2");
        assertThat(table(second).rows()).hasSize(6);
        assertThat(second.paging()).isEqualTo(new Paging(2, 2));
        assertThat(second.actions()).isEmpty();
        assertThat(second.plainText()).contains("extra12").doesNotContain("3I40Au4X");
    }

    @Test
    void aPageBeyondTheEndNamesThePageCount() {
        Reply r = h.privately(VIP_QQ, "/tunnel list 3");

        assertThat(r.error()).isTrue();
        assertThat(r.plainText()).contains("第 3 页").contains("只有 1 页");
    }

    @Test
    void listNeedsALinkedAccount() {
        Reply r = h.privately("55555", "/tunnel list");

        assertThat(r.error()).isTrue();
        assertThat(r.plainText()).contains("bind");
        assertThat(h.fake().requests("/tunnel")).isEmpty();
    }

    @Test
    void theApisOwnMessageIsRelayedWhenItRefuses() {
        h.fake().faults().status("/tunnel", 200, "{\"msg\":\"无效的Token\",\"code\":401,\"state\":\"fail\"}");

        Reply r = h.privately(VIP_QQ, "/tunnel list");

        assertThat(r.error()).isTrue();
        assertThat(r.plainText()).contains("无效的Token");
    }

    // --- tunnel info ---

    @Test
    void infoByIdShowsEveryFact() {
        Reply r = h.privately(VIP_QQ, "/tunnel info 81402");

        assertThat(r.error()).isFalse();
        assertThat(r.title()).isEqualTo("隧道 web（#81402）");
        assertThat(field(r, "ID")).isEqualTo("81402");
        assertThat(field(r, "名称")).isEqualTo("web");
        assertThat(field(r, "类型")).isEqualTo("http");
        assertThat(field(r, "节点")).isEqualTo("湖南娄底");
        assertThat(field(r, "节点状态")).isEqualTo("在线");
        assertThat(field(r, "隧道状态")).isEqualTo("在线");
        assertThat(field(r, "本地地址")).isEqualTo("127.0.0.1:80");
        assertThat(field(r, "绑定域名")).isEqualTo("mc.frp.wtf");
        assertThat(field(r, "连接地址")).isEqualTo("http://mc.frp.wtf");
        assertThat(field(r, "数据加密")).isEqualTo("否");
        assertThat(field(r, "数据压缩")).isEqualTo("否");
        assertThat(field(r, "当前连接数")).isEqualTo("3");
        assertThat(field(r, "今日流量（入/出）")).isEqualTo("50 MB / 300 MB");
        assertThat(field(r, "客户端版本")).isEqualTo("0.51.2");
        assertThat(field(r, "上线时间")).isEqualTo("2024-12-20 21:05:42");
    }

    @Test
    void infoOfATcpTunnelGivesTheConnectAddressOnlyInPrivate() {
        Reply mine = h.privately(VIP_QQ, "/隧道详情 3I40Au4X");
        assertThat(field(mine, "外网端口")).isEqualTo("65500");
        assertThat(field(mine, "连接地址")).isEqualTo("hk4.frp.one:65500");
        assertThat(field(mine, "节点状态")).isEqualTo("离线");
        assertThat(field(mine, "数据加密")).isEqualTo("是");
        assertThat(field(mine, "客户端版本")).isEqualTo("尚未启动");
        assertThat(field(mine, "上线时间")).isEqualTo("-");

        Reply group = h.inGroup(VIP_QQ, "/tunnel info 76427");
        assertThat(field(group, "外网端口")).isEqualTo("65500");
        assertThat(hasField(group, "连接地址")).isFalse();
        assertThat(group.plainText()).doesNotContain("frp.one").doesNotContain(BotHarness.VIP_TOKEN);
    }

    @Test
    void extraParametersMayHoldCredentialsSoTheyStayOutOfGroups() {
        h.fake()
                .state()
                .updateTunnel(
                        81402,
                        t -> t.toBuilder()
                                .extraParams("http_user = me\nhttp_pwd = s3cret")
                                .build());

        assertThat(field(h.privately(VIP_QQ, "/tunnel info web"), "额外参数")).contains("http_pwd = s3cret");
        assertThat(h.inGroup(VIP_QQ, "/tunnel info web").plainText()).doesNotContain("s3cret");
    }

    @Test
    void infoFindsANameInAnyCase() {
        Reply r = h.privately(VIP_QQ, "/tunnel info MC-BEDROCK");

        assertThat(field(r, "ID")).isEqualTo("81403");
        assertThat(field(r, "类型")).isEqualTo("udp");
    }

    @Test
    void infoOfAnUnknownTunnelNamesWhatWasTypedAndListsSomeNames() {
        Reply r = h.privately(VIP_QQ, "/tunnel info nosuch");

        assertThat(r.error()).isTrue();
        assertThat(r.plainText())
                .contains("nosuch")
                .contains("3I40Au4X")
                .contains("web")
                .contains("/tunnel list");
    }

    @Test
    void infoWithoutTunnelsSaysThereAreNone() {
        Reply r = h.privately(FREE_QQ, "/tunnel info 1");

        assertThat(r.error()).isTrue();
        assertThat(r.plainText()).contains("“1”").contains("还没有任何隧道");
    }

    @Test
    void infoWithoutAnArgumentGivesTheUsage() {
        Reply r = h.privately(VIP_QQ, "/tunnel info");

        assertThat(r.error()).isTrue();
        assertThat(r.plainText()).contains("tunnel").contains("/tunnel info <tunnel>");
    }

    // --- tunnel traffic ---

    @Test
    void trafficIsAPngChartOfSevenDaysWithTheTotals() throws Exception {
        h.clock().set(Instant.parse("2026-11-25T20:00:00Z")); // already 26 November in Shanghai
        TunnelTraffic expected =
                h.api().tunnelLast7Days(BotHarness.VIP_TOKEN, 81402).get();
        h.fake().clearRequests();

        Reply r = h.privately(VIP_QQ, "/隧道流量 web");

        assertThat(r.error()).isFalse();
        Block.Image image = r.blocks().stream()
                .filter(Block.Image.class::isInstance)
                .map(Block.Image.class::cast)
                .findFirst()
                .orElseThrow();
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(image.png()));
        assertThat(png).isNotNull();
        assertThat(png.getWidth()).isGreaterThan(100);
        assertThat(image.fileName()).endsWith(".png");

        long in = expected.trafficIn().stream().mapToLong(Long::longValue).sum();
        long out = expected.trafficOut().stream().mapToLong(Long::longValue).sum();
        assertThat(expected.trafficIn()).hasSize(7);
        assertThat(in).isGreaterThan(52_428_800L);
        assertThat(r.plainText())
                .contains("2026-11-20 至 2026-11-26")
                .contains("入站 " + ByteUnit.compact(in))
                .contains("出站 " + ByteUnit.compact(out));
        assertThat(h.fake().requests("/tunnel/last7days"))
                .singleElement()
                .satisfies(req -> assertThat(req.query()).containsEntry("tunnel_id", "81402"));
    }

    @Test
    void trafficOfATunnelThatNeverRanIsAllZero() throws Exception {
        Reply r = h.english().privately(VIP_QQ, "/tunnel traffic 76427");

        Block.Image image = r.blocks().stream()
                .filter(Block.Image.class::isInstance)
                .map(Block.Image.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(ImageIO.read(new ByteArrayInputStream(image.png()))).isNotNull();
        assertThat(r.plainText()).contains("2026-11-19 to 2026-11-25").contains("in 0 B, out 0 B");
    }

    @Test
    void trafficOfAnUnknownTunnelAsksNothingMore() {
        Reply r = h.privately(VIP_QQ, "/tunnel traffic 99999");

        assertThat(r.error()).isTrue();
        assertThat(r.plainText()).contains("99999");
        assertThat(h.fake().requests("/tunnel/last7days")).isEmpty();
    }

    @Test
    void trafficDaysEndTodayOldestFirst() {
        List<org.chmlfrp.bot.core.chart.TrafficDay> days = TunnelCommands.days(
                new TunnelTraffic(List.of(1L, 2L, 3L), List.of(10L, 20L)), java.time.LocalDate.of(2026, 3, 1));

        assertThat(days).extracting(d -> d.day().toString()).containsExactly("2026-02-27", "2026-02-28", "2026-03-01");
        assertThat(days)
                .extracting(org.chmlfrp.bot.core.chart.TrafficDay::outBytes)
                .containsExactly(10L, 20L, 0L);
    }

    // --- tunnel config ---

    @Test
    void configInPrivateIsAnIniFileWithHowToUseIt() {
        Reply r = h.privately(VIP_QQ, "/tunnel config 湖南娄底");

        assertThat(r.error()).isFalse();
        Block.Code code = r.blocks().stream()
                .filter(Block.Code.class::isInstance)
                .map(Block.Code.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(code.fileName()).isEqualTo("frpc.ini");
        assertThat(code.content())
                .contains("[common]")
                .contains("[web]")
                .contains("[mc-bedrock]")
                .contains(BotHarness.VIP_TOKEN);
        assertThat(r.plainText()).contains("frpc -c frpc.ini");
        assertThat(r.visibility()).isEqualTo(Visibility.PRIVATE);
        RecordedRequest call = h.fake().requests("/tunnel_config").get(0);
        assertThat(call.query()).containsEntry("node", "湖南娄底").doesNotContainKey("tunnel_names");
    }

    @Test
    void configForChosenTunnelsSendsTheirNames() {
        Reply r = h.privately(VIP_QQ, "/配置文件 湖南娄底 web");

        assertThat(r.plainText()).contains("[web]").doesNotContain("[mc-bedrock]");
        assertThat(h.fake().requests("/tunnel_config").get(0).query()).containsEntry("tunnel_names", "web");

        h.privately(VIP_QQ, "/tunnel config 湖南娄底 web，mc-bedrock");
        assertThat(h.fake().requests("/tunnel_config").get(1).query()).containsEntry("tunnel_names", "web,mc-bedrock");
    }

    @Test
    void configInAGroupIsRefusedWithoutCallingTheApi() {
        Reply r = h.inGroup(VIP_QQ, "/tunnel config 湖南娄底");

        assertThat(r.error()).isTrue();
        assertThat(r.plainText()).contains("私聊").doesNotContain("[common]").doesNotContain(BotHarness.VIP_TOKEN);
        assertThat(h.fake().requests("/tunnel_config")).isEmpty();
    }

    @Test
    void configForAMistypedNodeSuggestsTheRightOne() {
        Reply r = h.privately(VIP_QQ, "/tunnel config 湖南娄低");

        assertThat(r.error()).isTrue();
        assertThat(r.plainText()).contains("“湖南娄低”").contains("湖南娄底");
        assertThat(h.fake().requests("/tunnel_config")).isEmpty();
    }

    @Test
    void configRelaysTheApisRefusal() {
        Reply r = h.privately(VIP_QQ, "/tunnel config 江苏宿迁");

        assertThat(r.error()).isTrue();
        assertThat(r.plainText()).contains("你在该节点上没有隧道");
    }
}
