package org.chmlfrp.bot.core.feature.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chmlfrp.bot.core.reply.Action;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.core.testing.BotHarness;
import org.chmlfrp.bot.testkit.chmlfrp.FakeAnnouncement;
import org.chmlfrp.bot.testkit.chmlfrp.FakeChmlFrpServer;
import org.chmlfrp.bot.testkit.chmlfrp.FakeSeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code panel news [page]}: the system announcements, newest first, as plain text, paged. */
class PanelNewsCommandTest {
    private BotHarness h = start(FakeChmlFrpServer.builder());

    private static BotHarness start(FakeChmlFrpServer.Builder fake) {
        BotHarness h = BotHarness.start(fake, x -> List.of(new PanelCommand(x.api(), x.settings())));
        h.link("10001", BotHarness.VIP_TOKEN);
        return h;
    }

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void theFirstPageShowsTitlesTimesAndPlainExcerpts() {
        Reply r = h.inGroup("10001", "/公告");

        assertThat(r.error()).isFalse();
        String text = r.plainText();
        assertThat(text)
                .contains("ChmlFrp 公告（共 7 条）")
                .contains("节点维护通知 · 2026-11-20 12:00")
                .contains("维护时间 2026-11-21 02:00 至 04:00，湖南娄底 节点停机维护。")
                .contains("新节点上线：日本东京直连-2")
                .doesNotContain("##")
                .doesNotContain("**")
                .doesNotContain("](")
                .doesNotContain("\"contentMd\"")
                .doesNotContain("客户端更新");
        assertThat(text).contains("完整内容请到面板查看：" + h.settings().panelUrl());
        assertThat(r.paging().page()).isEqualTo(1);
        assertThat(r.paging().totalPages()).isEqualTo(2);
        assertThat(r.actions())
                .filteredOn(a -> a.kind() == Action.Kind.PAGE)
                .singleElement()
                .satisfies(a -> assertThat(a.command()).isEqualTo("panel news 2"));
        assertThat(h.fake().requests("/message/list").get(0).query())
                .containsEntry("page", "1")
                .containsEntry("size", String.valueOf(PanelCommand.NEWS_PAGE_SIZE));
    }

    @Test
    void theSecondPageAndBeyond() {
        Reply second = h.privately("10001", "/panel news 2");
        assertThat(second.plainText())
                .contains("客户端更新")
                .contains("欢迎使用 ChmlFrp")
                .doesNotContain("节点维护通知");
        assertThat(second.actions()).noneMatch(a -> a.kind() == Action.Kind.PAGE);

        Reply beyond = h.privately("10001", "/panel news 9");
        assertThat(beyond.error()).isTrue();
        assertThat(beyond.plainText()).contains("9").contains("2");
    }

    @Test
    void longAnnouncementsAreCut() {
        h.fake()
                .state()
                .addAnnouncement(
                        new FakeAnnouncement(99, "长公告", "很长的内容。".repeat(60), 0, "2026-11-24T00:00:00.000+00:00"));
        String text = h.english().privately("10001", "/panel news").plainText();
        assertThat(text).contains("长公告").contains("…").contains("ChmlFrp announcements (8 in all)");
        assertThat(text).doesNotContain("很长的内容。".repeat(20));
    }

    @Test
    void noAnnouncementsSaysSo() {
        h.close();
        h = start(FakeChmlFrpServer.builder()
                .seed(FakeSeed.documentExamples().toBuilder()
                        .clearAnnouncements()
                        .build()));
        Reply r = h.privately("10001", "/panel news");
        assertThat(r.error()).isFalse();
        assertThat(r.plainText()).isEqualTo("暂时没有公告。");
    }

    @Test
    void needsALinkAndABlockedServiceSaysSo() {
        assertThat(h.privately("424242", "/公告").plainText()).contains("bind");
        assertThat(h.fake().requests("/message/list")).isEmpty();

        h.fake().faults().cdnPage("/message/list", 522);
        Reply r = h.privately("10001", "/公告");
        assertThat(r.error()).isTrue();
        assertThat(r.plainText()).isEqualTo("ChmlFrp 服务暂时无法访问或被拦截，请稍后再试。");
    }
}
