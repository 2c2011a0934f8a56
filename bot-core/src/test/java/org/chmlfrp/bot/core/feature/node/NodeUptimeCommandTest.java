package org.chmlfrp.bot.core.feature.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chmlfrp.bot.core.feature.node.NodeTesting.images;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.chmlfrp.bot.core.chart.ChartRenderer;
import org.chmlfrp.bot.core.reply.Block;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.core.testing.BotHarness;
import org.chmlfrp.bot.testkit.chmlfrp.RecordedRequest;
import org.junit.jupiter.api.Test;

/** {@code node uptime [node] [days]}: a PNG chart and the average. */
class NodeUptimeCommandTest {

    private static double lastDaysAverage(BotHarness h, String node, int days) {
        List<Double> history = h.fake().state().uptimeHistory(node);
        return history.subList(history.size() - days, history.size()).stream()
                .mapToDouble(Double::doubleValue)
                .average()
                .orElseThrow();
    }

    private static void assertPng(Reply r) throws IOException {
        List<Block.Image> images = images(r);
        assertThat(images).hasSize(1);
        byte[] png = images.get(0).png();
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(ChartRenderer.DEFAULT_WIDTH);
        assertThat(image.getHeight()).isEqualTo(ChartRenderer.DEFAULT_HEIGHT);
        assertThat(images.get(0).fileName()).endsWith(".png");
    }

    @Test
    void oneNodeGetsAChartAndItsAverage() throws IOException {
        try (BotHarness h = NodeTesting.start()) {
            Reply r = h.privately("1", "/node uptime 湖南娄底 7");

            assertThat(r.error()).isFalse();
            assertPng(r);
            String avg = String.format(Locale.ROOT, "%.2f%%", lastDaysAverage(h, "湖南娄底", 7));
            assertThat(r.plainText()).contains("湖南娄底 近 7 天的平均在线率：" + avg);
            assertThat(images(r).get(0).altText()).contains("湖南娄底").contains("7");
            List<RecordedRequest> calls = h.fake().requests("/node_uptime");
            assertThat(calls).hasSize(1);
            assertThat(calls.get(0).query()).containsEntry("time", "7").containsEntry("node", "湖南娄底");
        }
    }

    @Test
    void aNumberAloneIsTheDaysForAllNodes() throws IOException {
        try (BotHarness h = NodeTesting.start()) {
            Reply r = h.privately("1", "/node uptime 30");

            assertPng(r);
            assertThat(r.plainText()).contains("全部 14 个节点近 30 天的平均在线率");
            List<RecordedRequest> calls = h.fake().requests("/node_uptime");
            assertThat(calls).hasSize(1);
            assertThat(calls.get(0).query()).containsEntry("time", "30").doesNotContainKey("node");
        }
    }

    @Test
    void allNodesAverageMatchesTheHistoriesAndNamesTheWorst() {
        try (BotHarness h = NodeTesting.start()) {
            Reply r = h.privately("1", "/在线率");

            double mean = h.fake().state().nodeNames().stream()
                    .mapToDouble(n -> lastDaysAverage(h, n, 7))
                    .average()
                    .orElseThrow();
            assertThat(r.plainText())
                    .contains(String.format(Locale.ROOT, "%.2f%%", mean))
                    .contains("在线率最低：")
                    .contains("中国香港CN2-4 0.00%");
            assertThat(h.fake().requests("/node_uptime").get(0).query()).containsEntry("time", "7");
        }
    }

    @Test
    void fuzzyNameAndDaysAsOption() {
        try (BotHarness h = NodeTesting.start()) {
            Reply r = h.privately("1", "/node uptime 娄底 days=3");
            assertThat(r.plainText()).contains("湖南娄底 近 3 天");
            assertThat(h.fake().requests("/node_uptime").get(0).query())
                    .containsEntry("time", "3")
                    .containsEntry("node", "湖南娄底");
        }
    }

    @Test
    void aDownNodeShowsItsLowAverage() {
        try (BotHarness h = NodeTesting.start()) {
            Reply r = h.inGroup("1", "/node uptime 中国香港CN2-4 5");
            assertThat(r.plainText()).contains("中国香港CN2-4 近 5 天的平均在线率：0.00%");
            assertThat(r.plainText()).doesNotContain("hk4.frp.one");
        }
    }

    @Test
    void unknownNodeIsNamedAndNotAsked() {
        try (BotHarness h = NodeTesting.start()) {
            Reply r = h.privately("1", "/node uptime 火星基地 7");
            assertThat(r.error()).isTrue();
            assertThat(r.plainText()).contains("火星基地");
            assertThat(h.fake().requests("/node_uptime")).isEmpty();
        }
    }

    @Test
    void daysOutsideOneToNinetyAreRefusedBeforeAnyCall() {
        try (BotHarness h = NodeTesting.start()) {
            Reply alone = h.privately("1", "/node uptime 100");
            assertThat(alone.error()).isTrue();
            assertThat(alone.plainText()).contains("100").contains("90");

            Reply zero = h.privately("1", "/node uptime days=0");
            assertThat(zero.error()).isTrue();
            assertThat(zero.plainText()).contains("0").contains("/node uptime [node] [days]");

            Reply after = h.privately("1", "/node uptime 湖南娄底 91");
            assertThat(after.error()).isTrue();
            assertThat(after.plainText()).contains("91");
            assertThat(h.fake().requests("/node_uptime")).isEmpty();
        }
    }

    @Test
    void apiRefusalIsRelayed() {
        try (BotHarness h = NodeTesting.start()) {
            h.fake()
                    .faults()
                    .status("/node_uptime", 400, "{\"msg\":\"time参数必须是1到90之间的整数\",\"code\":400,\"state\":\"fail\"}");
            Reply r = h.privately("1", "/node uptime 7");
            assertThat(r.error()).isTrue();
            assertThat(r.plainText()).contains("time参数必须是1到90之间的整数");
        }
    }

    @Test
    void emptyAnswerStillDrawsAChartAndSaysThereIsNoData() throws IOException {
        try (BotHarness h = NodeTesting.start()) {
            h.fake()
                    .faults()
                    .status(
                            "/node_uptime",
                            200,
                            "{\"msg\":\"获取节点uptime信息成功\",\"code\":200,\"state\":\"success\",\"data\":[]}");
            Reply r = h.privately("1", "/node uptime 湖南娄底");
            assertPng(r);
            assertThat(r.plainText()).contains("没有在线率数据");
        }
    }

    @Test
    void speaksEnglish() {
        try (BotHarness h = NodeTesting.start()) {
            Reply r = h.english().privately("1", "/node uptime 湖南娄底 14");
            assertThat(r.plainText()).contains("Average uptime of 湖南娄底 over the last 14 days");
        }
    }
}
