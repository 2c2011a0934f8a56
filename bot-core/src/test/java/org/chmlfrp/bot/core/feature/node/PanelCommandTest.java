package org.chmlfrp.bot.core.feature.node;

import static org.assertj.core.api.Assertions.assertThat;

import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.core.testing.BotHarness;
import org.junit.jupiter.api.Test;

/** {@code panel}: platform totals and friend links. */
class PanelCommandTest {

    @Test
    void showsTotalsPanelAddressAndFriendLinks() {
        try (BotHarness h = NodeTesting.start()) {
            Reply r = h.inGroup("1", "/面板");

            assertThat(r.error()).isFalse();
            assertThat(r.plainText())
                    .contains("用户总数: 22203")
                    .contains("隧道总数: 22905")
                    .contains("节点总数: 14")
                    .contains("面板地址: " + h.settings().panelUrl())
                    .contains("System爱好者-形象站 — System爱好者社区 — https://ahzsys.cn")
                    .contains("云术二级域名 — https://dom.cloudery.cn/")
                    .contains("KaedeharaLu's Blog — 一个高中生的个人博客0.o — https://www.kazuhalu.com/");
            assertThat(h.fake().requests("/panelinfo")).hasSize(1);
        }
    }

    @Test
    void totalsFollowTheWorld() {
        try (BotHarness h = NodeTesting.start()) {
            h.fake().state().removeNode("英国伦敦");
            assertThat(h.privately("1", "/panel").plainText()).contains("节点总数: 13");
        }
    }

    @Test
    void failureRelaysTheApiMessage() {
        try (BotHarness h = NodeTesting.start()) {
            h.fake().faults().status("/panelinfo", 503, "{\"msg\":\"面板维护中\",\"code\":503,\"state\":\"fail\"}");
            Reply r = h.privately("1", "/panel");
            assertThat(r.error()).isTrue();
            assertThat(r.plainText()).contains("面板维护中");
        }
    }

    @Test
    void speaksEnglish() {
        try (BotHarness h = NodeTesting.start()) {
            assertThat(h.english().privately("1", "/panel").plainText())
                    .contains("Users: 22203")
                    .contains("Friend links:");
        }
    }
}
