package org.chmlfrp.bot.core.feature.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chmlfrp.bot.core.feature.node.NodeTesting.column;
import static org.chmlfrp.bot.core.feature.node.NodeTesting.everything;
import static org.chmlfrp.bot.core.feature.node.NodeTesting.table;

import java.util.List;
import org.chmlfrp.bot.core.command.CommandSpec;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.core.testing.BotHarness;
import org.chmlfrp.bot.testkit.chmlfrp.FakeNode;
import org.chmlfrp.bot.testkit.chmlfrp.RecordedRequest;
import org.junit.jupiter.api.Test;

/** {@code node info <node>} (needs an account) and {@code node stats}. */
class NodeInfoAndStatsTest {

    @Test
    void declarations() {
        List<CommandSpec> specs = new NodeCommands(null, null).commands();
        CommandSpec list = specs.stream()
                .filter(s -> s.pathText().equals("node list"))
                .findFirst()
                .orElseThrow();
        assertThat(list.needsAccount()).isFalse();
        assertThat(list.aliases()).containsExactly("节点", "节点列表");
        assertThat(list.usage()).isEqualTo("node list [filter] [page]");
        CommandSpec info = specs.stream()
                .filter(s -> s.pathText().equals("node info"))
                .findFirst()
                .orElseThrow();
        assertThat(info.needsAccount()).isTrue();
        assertThat(info.params().get(0).completer()).isInstanceOf(NodeNames.class);
        assertThat(info.usage()).isEqualTo("node info <node>");
    }

    @Test
    void infoInPrivateShowsTheDetailsAndTheHostButNeverTheRealIp() {
        try (BotHarness h = NodeTesting.start()) {
            h.link("10001", BotHarness.VIP_TOKEN);
            Reply r = h.privately("10001", "/node info 湖南娄底");

            assertThat(r.error()).isFalse();
            assertThat(r.title()).contains("湖南娄底");
            assertThat(r.plainText())
                    .contains("地区: 中国湖南娄底")
                    .contains("分组: 免费")
                    .contains("状态: 在线")
                    .contains("UDP 建站 国内 防御")
                    .contains("外网端口范围: 10000-65535")
                    .contains("连接地址: ld.frp.one:7000")
                    .contains("Intel(R) Xeon(R) CPU E5-2696 v4 @ 2.20GHz（8 核）")
                    .contains("2.41 / 2.18 / 2.02")
                    .contains("内存: 15.63 GB")
                    .contains("已用 28.00 GB / 共 100.00 GB（28%）")
                    .contains("已运行: 40 天 0 小时")
                    .contains("入 2.90 GB / 出 17.86 GB")
                    .contains("带宽占用: 47%")
                    .contains("备注: 推荐游戏,web,ssh等服务")
                    .doesNotContain("203.0.113.16");
            List<RecordedRequest> calls = h.fake().requests("/nodeinfo");
            assertThat(calls).hasSize(1);
            assertThat(calls.get(0).query()).containsEntry("node", "湖南娄底");
            assertThat(calls.get(0).token()).contains(BotHarness.VIP_TOKEN);
        }
    }

    @Test
    void infoInAGroupShowsNoAddressAtAll() {
        try (BotHarness h = NodeTesting.start()) {
            h.link("10001", BotHarness.VIP_TOKEN);
            for (String node : List.of("湖南娄底", "四川德阳电信", "美国洛杉矶-2")) {
                Reply r = h.inGroup("10001", "/节点详情 " + node);
                assertThat(r.error()).isFalse();
                FakeNode fake = h.fake().state().node(node).orElseThrow();
                assertThat(everything(r))
                        .contains(node)
                        .doesNotContain(fake.host())
                        .doesNotContain(fake.realIp())
                        .doesNotContain(".frp.one")
                        .contains("连接地址只在私聊中显示");
            }
        }
    }

    @Test
    void fuzzyNameFindsTheOnlyMatch() {
        try (BotHarness h = NodeTesting.start()) {
            h.link("10001", BotHarness.VIP_TOKEN);
            Reply r = h.privately("10001", "/node info 洛杉矶-2");
            assertThat(r.title()).contains("美国洛杉矶-2");
            assertThat(r.plainText()).contains("20000-60000").contains("分组: VIP");
            assertThat(h.fake().requests("/nodeinfo").get(0).query()).containsEntry("node", "美国洛杉矶-2");
        }
    }

    @Test
    void ambiguousOrUnknownNamesAreNamedAndNeverAsked() {
        try (BotHarness h = NodeTesting.start()) {
            h.link("10001", BotHarness.VIP_TOKEN);
            Reply ambiguous = h.privately("10001", "/node info 洛杉矶");
            assertThat(ambiguous.error()).isTrue();
            assertThat(ambiguous.plainText())
                    .contains("洛杉矶")
                    .contains("美国洛杉矶-1")
                    .contains("美国洛杉矶-2");

            Reply unknown = h.privately("10001", "/node info 火星基地");
            assertThat(unknown.error()).isTrue();
            assertThat(unknown.plainText()).contains("火星基地").contains("/node list");
            assertThat(h.fake().requests("/nodeinfo")).isEmpty();
        }
    }

    @Test
    void freeAccountOnAVipNodeGetsTheApiRefusalExplained() {
        try (BotHarness h = NodeTesting.start()) {
            h.link("10002", BotHarness.FREE_TOKEN);
            Reply r = h.privately("10002", "/node info 四川德阳电信");
            assertThat(r.error()).isTrue();
            assertThat(r.plainText()).contains("权限不足").contains("四川德阳电信").contains("VIP");
            assertThat(r.plainText()).doesNotContain("dy.frp.one");
        }
    }

    @Test
    void deadTokenIsRelayedWithTheApiWords() {
        try (BotHarness h = NodeTesting.start()) {
            h.link("10001", BotHarness.VIP_TOKEN);
            h.fake().faults().status("/nodeinfo", 200, "{\"msg\":\"错误的token\",\"code\":401,\"state\":\"fail\"}");
            Reply r = h.privately("10001", "/node info 湖南娄底");
            assertThat(r.error()).isTrue();
            assertThat(r.plainText()).contains("错误的token");
        }
    }

    @Test
    void infoNeedsALinkedAccount() {
        try (BotHarness h = NodeTesting.start()) {
            Reply r = h.privately("10001", "/node info 湖南娄底");
            assertThat(r.error()).isTrue();
            assertThat(r.plainText()).contains("bind");
            assertThat(h.fake().requests("/nodeinfo")).isEmpty();
        }
    }

    @Test
    void infoWithoutANameGetsTheUsageLine() {
        try (BotHarness h = NodeTesting.start()) {
            h.link("10001", BotHarness.VIP_TOKEN);
            Reply r = h.privately("10001", "/node info");
            assertThat(r.error()).isTrue();
            assertThat(r.plainText()).contains("node").contains("/node info <node>");
        }
    }

    @Test
    void statsShowTotalsAndTheTenBusiestNodes() {
        try (BotHarness h = NodeTesting.start()) {
            List<FakeNode> nodes = h.fake().state().nodes();
            long clients = nodes.stream()
                    .filter(FakeNode::online)
                    .mapToLong(FakeNode::clientCounts)
                    .sum();
            long tunnels = nodes.stream()
                    .filter(FakeNode::online)
                    .mapToLong(FakeNode::tunnelCounts)
                    .sum();

            Reply r = h.privately("1", "/node stats");

            assertThat(r.plainText())
                    .contains("在线节点: 8/14")
                    .contains("客户端总数: " + clients)
                    .contains("隧道总数: " + tunnels);
            assertThat(table(r).rows()).hasSize(10);
            assertThat(table(r).rows().get(0)).containsExactly("湖南娄底", "在线", "422", "590", "47%", "6.5%");
            assertThat(column(r, 0).subList(0, 3)).containsExactly("湖南娄底", "河北秦皇岛联通", "四川德阳电信");
            assertThat(everything(r)).doesNotContain(".frp.one");
        }
    }

    @Test
    void statsShareTheCatalogCacheWithTheList() {
        try (BotHarness h = NodeTesting.start()) {
            h.privately("1", "/node list");
            h.inGroup("1", "/节点状态");
            h.privately("1", "/node stats");
            assertThat(h.fake().requests("/node_stats")).hasSize(1);
        }
    }

    @Test
    void statsFollowAStateChangeAfterTheCachePeriod() {
        try (BotHarness h = NodeTesting.start()) {
            assertThat(h.privately("1", "/node stats").plainText()).contains("8/14");
            h.fake().state().setNodeState("湖南娄底", false);
            h.clock().advance(NodeCatalog.DEFAULT_TTL.plusSeconds(1));
            Reply r = h.privately("1", "/node stats");
            assertThat(r.plainText()).contains("7/14");
            assertThat(column(r, 0)).first().isEqualTo("河北秦皇岛联通");
        }
    }

    @Test
    void statsFailureRelaysTheApiMessage() {
        try (BotHarness h = NodeTesting.start()) {
            h.fake().faults().status("/node_stats", 502, "{\"msg\":\"上游超时\",\"code\":502,\"state\":\"fail\"}");
            Reply r = h.privately("1", "/node stats");
            assertThat(r.error()).isTrue();
            assertThat(r.plainText()).contains("上游超时");
        }
    }
}
