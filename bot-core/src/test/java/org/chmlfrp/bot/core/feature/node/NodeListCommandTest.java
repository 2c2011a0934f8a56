package org.chmlfrp.bot.core.feature.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chmlfrp.bot.core.feature.node.NodeTesting.column;
import static org.chmlfrp.bot.core.feature.node.NodeTesting.everything;
import static org.chmlfrp.bot.core.feature.node.NodeTesting.pageActions;
import static org.chmlfrp.bot.core.feature.node.NodeTesting.table;

import java.text.Collator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.core.testing.BotHarness;
import org.chmlfrp.bot.testkit.chmlfrp.FakeNode;
import org.junit.jupiter.api.Test;

/** {@code node list [filter] [page]} over the fake's 14 nodes (8 online, 6 offline). */
class NodeListCommandTest {
    private static final List<String> ONLINE =
            List.of("四川德阳电信", "湖北十堰", "日本东京直连-2", "江苏宿迁", "湖南娄底", "河北秦皇岛联通", "美国洛杉矶-2", "呼和浩特电信");
    private static final List<String> VIP = List.of("四川德阳电信", "湖北十堰", "日本东京直连-2", "中国香港CN2-4", "浙江宁波", "美国洛杉矶-2");

    @Test
    void listsNodesOnlineFirstThenByNameWithSummaryAndNextPage() {
        try (BotHarness h = NodeTesting.start()) {
            Reply r = h.privately("10001", "/node list");

            assertThat(r.error()).isFalse();
            assertThat(table(r).rows()).hasSize(10);
            List<String> states = column(r, 3);
            assertThat(states.subList(0, 8)).containsOnly("在线");
            assertThat(states.subList(8, 10)).containsOnly("离线");
            List<String> onlineNames = column(r, 0).subList(0, 8);
            assertThat(onlineNames).containsExactlyInAnyOrderElementsOf(ONLINE);
            List<String> sorted = new ArrayList<>(onlineNames);
            sorted.sort(Collator.getInstance(Locale.SIMPLIFIED_CHINESE));
            assertThat(onlineNames).isEqualTo(sorted);
            assertThat(r.plainText()).contains("共 14 个节点，8 个在线");
            assertThat(r.paging().page()).isEqualTo(1);
            assertThat(r.paging().totalPages()).isEqualTo(2);
            assertThat(pageActions(r))
                    .singleElement()
                    .satisfies(a -> assertThat(a.command()).isEqualTo("node list 2"));
        }
    }

    @Test
    void rowShowsGroupAreaFlagsAndLoad() {
        try (BotHarness h = NodeTesting.start()) {
            Reply r = h.privately("10001", "/node list");
            List<String> loudi = table(r).rows().stream()
                    .filter(row -> row.get(0).equals("湖南娄底"))
                    .findFirst()
                    .orElseThrow();
            assertThat(loudi).containsExactly("湖南娄底", "免费", "中国湖南娄底", "在线", "UDP 建站 国内", "47% · 422");
            List<String> deyang = table(r).rows().stream()
                    .filter(row -> row.get(0).equals("四川德阳电信"))
                    .findFirst()
                    .orElseThrow();
            assertThat(deyang.get(1)).isEqualTo("VIP");
            List<String> suqian = table(r).rows().stream()
                    .filter(row -> row.get(0).equals("江苏宿迁"))
                    .findFirst()
                    .orElseThrow();
            assertThat(suqian.get(4)).isEqualTo("UDP 国内");
            List<String> offline = table(r).rows().get(9);
            assertThat(offline.get(5)).isEqualTo("-");
        }
    }

    @Test
    void secondPageHoldsTheRestAndNoNextAction() {
        try (BotHarness h = NodeTesting.start()) {
            Reply r = h.privately("10001", "/node list 2");

            assertThat(table(r).rows()).hasSize(4);
            assertThat(column(r, 3)).containsOnly("离线");
            assertThat(r.paging().page()).isEqualTo(2);
            assertThat(pageActions(r)).isEmpty();
            Reply first = h.privately("10001", "/node list");
            List<String> all = new ArrayList<>(column(first, 0));
            all.addAll(column(r, 0));
            assertThat(all).doesNotHaveDuplicates().hasSize(14);
        }
    }

    @Test
    void pageBeyondTheLastNamesBoth() {
        try (BotHarness h = NodeTesting.start()) {
            Reply r = h.privately("10001", "/node list 3");
            assertThat(r.error()).isTrue();
            assertThat(r.plainText()).contains("没有第 3 页").contains("2 页");

            Reply vip = h.privately("10001", "/node list vip 2");
            assertThat(vip.error()).isTrue();
            assertThat(vip.plainText()).contains("没有第 2 页").contains("1 页");
        }
    }

    @Test
    void filtersByGroupRegionFeatureAndState() {
        try (BotHarness h = NodeTesting.start()) {
            assertThat(column(h.privately("1", "/node list vip"), 0)).containsExactlyInAnyOrderElementsOf(VIP);
            Reply user = h.privately("1", "/node list user");
            assertThat(column(user, 0)).hasSize(8).doesNotContainAnyElementsOf(VIP);
            assertThat(column(user, 1)).containsOnly("免费");
            assertThat(column(h.privately("1", "/node list china"), 0))
                    .containsExactlyInAnyOrder("四川德阳电信", "湖北十堰", "江苏宿迁", "湖南娄底", "河北秦皇岛联通", "浙江宁波", "呼和浩特电信");
            assertThat(column(h.privately("1", "/node list abroad"), 0))
                    .containsExactlyInAnyOrder("日本东京直连", "日本东京直连-2", "英国伦敦", "中国台湾", "中国香港CN2-4", "美国洛杉矶-1", "美国洛杉矶-2");
            assertThat(column(h.privately("1", "/node list web"), 0))
                    .hasSize(10)
                    .doesNotContain("江苏宿迁", "河北秦皇岛联通", "浙江宁波", "呼和浩特电信");
            Reply online = h.privately("1", "/node list online");
            assertThat(column(online, 0)).containsExactlyInAnyOrderElementsOf(ONLINE);
            assertThat(online.plainText()).contains("共 8 个节点，8 个在线");
            assertThat(h.privately("1", "/node list udp").paging().totalPages()).isEqualTo(2);
        }
    }

    @Test
    void filterAcceptsAnyCaseAndTheChineseWordsAndAliases() {
        try (BotHarness h = NodeTesting.start()) {
            List<String> vip = column(h.privately("1", "/node list vip"), 0);
            assertThat(column(h.privately("1", "/node list VIP"), 0)).isEqualTo(vip);
            assertThat(column(h.privately("1", "/节点 会员"), 0)).isEqualTo(vip);
            assertThat(column(h.privately("1", "节点列表 国内"), 0))
                    .isEqualTo(column(h.privately("1", "/node list china"), 0));
            assertThat(column(h.privately("1", "/node list 海外"), 0))
                    .isEqualTo(column(h.privately("1", "/node list abroad"), 0));
            assertThat(column(h.privately("1", "/node list 建站"), 0))
                    .isEqualTo(column(h.privately("1", "/node list web"), 0));
            assertThat(column(h.privately("1", "/node list 在线"), 0))
                    .isEqualTo(column(h.privately("1", "/node list online"), 0));
            assertThat(column(h.privately("1", "/node list 免费"), 0))
                    .isEqualTo(column(h.privately("1", "/node list user"), 0));
            assertThat(column(h.privately("1", "/node list filter=Abroad"), 0))
                    .isEqualTo(column(h.privately("1", "/node list abroad"), 0));
        }
    }

    @Test
    void filteredPagingKeepsTheFilterInTheNextPageCommand() {
        try (BotHarness h = NodeTesting.start()) {
            Reply first = h.privately("1", "/node list 国内");
            assertThat(pageActions(first)).isEmpty();
            Reply udp = h.privately("1", "/node list UDP");
            assertThat(pageActions(udp))
                    .singleElement()
                    .satisfies(a -> assertThat(a.command()).isEqualTo("node list udp 2"));
            Reply second = h.privately("1", "/" + pageActions(udp).get(0).command());
            assertThat(table(second).rows()).hasSize(4);
            assertThat(second.title()).contains("UDP");
        }
    }

    @Test
    void unknownFilterGetsTheUsageLineNamingIt() {
        try (BotHarness h = NodeTesting.start()) {
            Reply r = h.privately("1", "/node list mars");
            assertThat(r.error()).isTrue();
            assertThat(r.plainText()).contains("mars").contains("/node list [filter] [page]");
            assertThat(h.fake().requests("/node")).isEmpty();
        }
    }

    @Test
    void emptyFilterResultSaysSo() {
        try (BotHarness h = NodeTesting.start()) {
            h.fake().state().nodes().forEach(n -> h.fake().state().setNodeState(n.name(), false));
            Reply r = h.privately("1", "/node list online");
            assertThat(r.plainText()).contains("没有符合条件的节点").contains("在线节点").contains("/node list");
        }
    }

    @Test
    void twentyListsMakeOneUpstreamCallEachUntilTheCacheExpires() {
        try (BotHarness h = NodeTesting.start()) {
            for (int i = 0; i < 20; i++) {
                Reply r = i % 2 == 0 ? h.privately("1", "/node list") : h.inGroup("2", "/节点 vip");
                assertThat(r.error()).isFalse();
            }
            assertThat(h.fake().requests("/node")).hasSize(1);
            assertThat(h.fake().requests("/node_stats")).hasSize(1);

            h.clock().advance(NodeCatalog.DEFAULT_TTL.plus(Duration.ofSeconds(1)));
            h.privately("1", "/node list");
            assertThat(h.fake().requests("/node")).hasSize(2);
            assertThat(h.fake().requests("/node_stats")).hasSize(2);
        }
    }

    @Test
    void whenTheApiFailsAfterTheCacheExpiresTheLastListIsShown() {
        try (BotHarness h = NodeTesting.start()) {
            Reply fresh = h.privately("1", "/node list");
            h.fake().faults().status("/node", 500, "{\"msg\":\"节点服务维护中\",\"code\":500,\"state\":\"fail\"}");
            h.clock().advance(NodeCatalog.DEFAULT_TTL.plus(Duration.ofSeconds(1)));
            Reply stale = h.privately("1", "/node list");
            assertThat(h.fake().requests("/node")).as("it did ask again").hasSizeGreaterThan(1);
            assertThat(stale.error()).isFalse();
            assertThat(table(stale).rows()).isEqualTo(table(fresh).rows());
        }
    }

    @Test
    void nodeMissingFromStatsCountsAsOffline() {
        try (BotHarness h = NodeTesting.start()) {
            h.fake().faults().status("/node_stats", 200, """
                    {"msg":"节点统计数据获取成功","code":200,"state":"success","data":[
                     {"id":16,"node_name":"湖南娄底","state":"online","nodegroup":"user","total_traffic_in":1,
                      "total_traffic_out":2,"cur_counts":3,"bandwidth_usage_percent":47,"cpu_usage":6.4,
                      "client_counts":422,"tunnel_counts":590}]}""");
            Reply r = h.privately("1", "/node list");
            assertThat(r.plainText()).contains("共 14 个节点，1 个在线");
            assertThat(table(r).rows().get(0)).startsWith("湖南娄底");
            assertThat(column(r, 3).subList(1, 10)).containsOnly("离线");
        }
    }

    @Test
    void withoutStatsTheListStillShowsWithUnknownStates() {
        try (BotHarness h = NodeTesting.start()) {
            h.fake().faults().status("/node_stats", 500, "{\"msg\":\"数据库繁忙\",\"code\":500,\"state\":\"fail\"}");
            Reply r = h.privately("1", "/node list");
            assertThat(r.error()).isFalse();
            assertThat(column(r, 3)).containsOnly("未知");
            assertThat(r.plainText()).contains("暂时拿不到节点的实时状态");
        }
    }

    @Test
    void failedNodeListRelaysTheApiMessage() {
        try (BotHarness h = NodeTesting.start()) {
            h.fake().faults().status("/node", 500, "{\"msg\":\"节点服务维护中\",\"code\":500,\"state\":\"fail\"}");
            Reply r = h.privately("1", "/node list");
            assertThat(r.error()).isTrue();
            assertThat(r.plainText()).contains("节点服务维护中");
        }
    }

    @Test
    void neverShowsANodeAddressInPrivateOrInGroups() {
        try (BotHarness h = NodeTesting.start()) {
            String all = everything(h.privately("1", "/node list"))
                    + everything(h.privately("1", "/node list 2"))
                    + everything(h.inGroup("1", "/node list"))
                    + everything(h.inGroup("1", "/node list 2"));
            for (FakeNode n : h.fake().state().nodes()) {
                assertThat(all).doesNotContain(n.host()).doesNotContain(n.realIp());
            }
            assertThat(all).doesNotContain(".frp.one");
        }
    }

    @Test
    void speaksEnglish() {
        try (BotHarness h = NodeTesting.start()) {
            Reply r = h.english().privately("1", "/node list vip");
            assertThat(r.plainText())
                    .contains("6 nodes, 4 online")
                    .contains("| online |")
                    .contains("VIP nodes");
        }
    }
}
