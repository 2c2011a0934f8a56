package org.chmlfrp.bot.core.feature.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chmlfrp.bot.core.testing.BotHarness.FREE_TOKEN;
import static org.chmlfrp.bot.core.testing.BotHarness.VIP_TOKEN;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.chmlfrp.bot.core.chmlfrp.model.GiftCardRateLimit;
import org.chmlfrp.bot.core.chmlfrp.model.GiftCardRedemption;
import org.chmlfrp.bot.core.command.CommandSpec;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.core.reply.Visibility;
import org.chmlfrp.bot.core.testing.BotHarness;
import org.chmlfrp.bot.testkit.chmlfrp.RecordedRequest;
import org.junit.jupiter.api.Test;

/** gift redeem against the fake's /giftcard/redeem: rewards, refusals in the API's words, the secret path in groups. */
class GiftCommandTest {
    private static final String FREE_QQ = "10002";
    private static final String VIP_QQ = "10001";

    private static BotHarness start() {
        BotHarness h = BotHarness.start(harness -> List.of(new GiftCommand(harness.api(), harness.accounts())));
        h.link(FREE_QQ, FREE_TOKEN);
        h.link(VIP_QQ, VIP_TOKEN);
        return h;
    }

    @Test
    void declaration() {
        CommandSpec spec = new GiftCommand(null, null).commands().get(0);
        assertThat(spec.usage()).isEqualTo("gift redeem <giftcode>");
        assertThat(spec.aliases()).containsExactly("兑换", "礼品卡兑换");
        assertThat(spec.takesSecret()).isTrue();
        assertThat(spec.needsAccount()).isTrue();
    }

    @Test
    void aMembershipCardInPrivateExtendsTheMembershipAndSaysSo() {
        try (BotHarness h = start()) {
            String before = h.fake().state().user(1001).term();
            Reply r = h.privately(FREE_QQ, "/gift redeem VIP30-DEMO-2026");

            String term = h.fake().state().user(1001).term();
            assertThat(term).isNotEqualTo(before);
            assertThat(r.error()).isFalse();
            assertThat(r.visibility()).isEqualTo(Visibility.PRIVATE);
            assertThat(r.plainText()).contains("兑换成功：30天超级会员体验卡", "超级会员", "30 天", term);
            assertThat(h.fake().state().user(1001).usergroup()).isEqualTo("超级会员");
            assertThat(h.fake().state().giftCardUsed("VIP30-DEMO-2026")).isTrue();

            RecordedRequest call = h.fake().requests("/giftcard/redeem").get(0);
            assertThat(call.method()).isEqualTo("POST");
            assertThat(call.header("Authorization")).contains("Bearer " + FREE_TOKEN);
            JsonNode body = call.jsonBody().orElseThrow();
            assertThat(body.path("usertoken").asText()).isEqualTo(FREE_TOKEN);
            assertThat(body.path("giftcode").asText()).isEqualTo("VIP30-DEMO-2026");
            assertThat(call.query()).isEmpty();
        }
    }

    @Test
    void aPointsCardByItsAliasAddsPoints() {
        try (BotHarness h = start()) {
            long before = h.fake().state().user(227).integral();
            Reply r = h.privately(VIP_QQ, "兑换 POINTS500-DEMO");
            assertThat(r.plainText()).contains("兑换成功：500积分卡", "+500", Long.toString(before + 500));
            assertThat(h.fake().state().user(227).integral()).isEqualTo(before + 500);
        }
    }

    @Test
    void aCardIsUsedOnceAndAWrongCodeIsRefusedInTheApisWords() {
        try (BotHarness h = start()) {
            h.privately(VIP_QQ, "/礼品卡兑换 POINTS100-DEMO");
            Reply again = h.privately(FREE_QQ, "/gift redeem POINTS100-DEMO");
            assertThat(again.error()).isTrue();
            assertThat(again.plainText())
                    .startsWith("兑换失败，ChmlFrp 说：该礼品卡已被使用")
                    .contains("已连续失败 1 次")
                    .contains("提示：");

            Reply wrong = h.privately(FREE_QQ, "/gift redeem NOPE-NOPE");
            assertThat(wrong.plainText())
                    .startsWith("兑换失败，ChmlFrp 说：礼品卡不存在或已失效")
                    .contains("已连续失败 2 次");
        }
    }

    @Test
    void tooManyFailuresBlockRedeemingAndTheReplySaysForHowLong() {
        try (BotHarness h = start()) {
            Reply last = null;
            for (int i = 0; i < 5; i++) {
                last = h.privately(FREE_QQ, "/gift redeem WRONG-" + i);
            }
            assertThat(last.plainText()).contains("兑换失败次数过多").contains("约 30 分钟后再试");
            Reply blocked = h.privately(FREE_QQ, "/gift redeem POINTS500-DEMO");
            assertThat(blocked.plainText()).contains("约 30 分钟后再试");
            assertThat(h.fake().state().giftCardUsed("POINTS500-DEMO"))
                    .as("not used while blocked")
                    .isFalse();

            h.fake().state().blockGiftCards(227, Duration.ofMinutes(7));
            assertThat(h.english()
                            .privately(VIP_QQ, "/gift redeem POINTS500-DEMO")
                            .plainText())
                    .contains("Not redeemed. ChmlFrp says:")
                    .contains("about 7 more minutes");
        }
    }

    @Test
    void refusalsAnsweredWithAnHttpErrorStatusReadTheSame() {
        try (BotHarness h = BotHarness.start(
                org.chmlfrp.bot.testkit.chmlfrp.FakeChmlFrpServer.builder().httpStatusMirrorsCode(true),
                harness -> List.of(new GiftCommand(harness.api(), harness.accounts())))) {
            h.link(FREE_QQ, FREE_TOKEN);
            assertThat(h.privately(FREE_QQ, "/gift redeem NOPE").plainText())
                    .startsWith("兑换失败，ChmlFrp 说：礼品卡不存在或已失效")
                    .contains("已连续失败 1 次");
            h.fake().state().blockGiftCards(1001, Duration.ofMinutes(12));
            assertThat(h.privately(FREE_QQ, "/gift redeem POINTS500-DEMO").plainText())
                    .contains("约 12 分钟后再试");
        }
    }

    @Test
    void aCodeTypedInAGroupIsNotUsedAndTheMessageIsRecalled() {
        try (BotHarness h = start()) {
            Reply r = h.inGroup(FREE_QQ, "/gift redeem VIP30-DEMO-2026");
            assertThat(r.recallInvocation()).isTrue();
            assertThat(r.plainText())
                    .contains("兑换码不能发在群里")
                    .contains("/gift redeem")
                    .doesNotContain("VIP30-DEMO-2026");
            assertThat(h.fake().requests("/giftcard/redeem")).isEmpty();
            assertThat(h.fake().state().giftCardUsed("VIP30-DEMO-2026")).isFalse();
        }
    }

    @Test
    void aDeadTokenIsTheUsualInvalidTokenReply() {
        try (BotHarness h = start()) {
            h.fake().state().updateUser(1001, u -> u.withToken("ChmlFrpRotated1001"));
            Reply r = h.privately(FREE_QQ, "/gift redeem VIP30-DEMO-2026");
            assertThat(r.error()).isTrue();
            assertThat(r.plainText()).contains("无效的Token").contains("bind");
        }
    }

    @Test
    void aRefusalWithoutRateLimitInfoIsStillReadable() {
        try (BotHarness h = start()) {
            Reply r = GiftCommand.reply(ctxFree(h), new GiftCardRedemption.Refused("礼品卡已过期", null));
            assertThat(r.plainText()).isEqualTo("兑换失败，ChmlFrp 说：礼品卡已过期");
            Reply blocked = GiftCommand.reply(
                    ctxFree(h),
                    new GiftCardRedemption.Refused(
                            "请稍后再试", new GiftCardRateLimit(true, "blocked", 6, 9, 6, null, null, " ")));
            assertThat(blocked.plainText()).isEqualTo("兑换失败，ChmlFrp 说：请稍后再试\n失败次数过多，已被暂时禁止兑换，请稍后再试。");
        }
    }

    private static org.chmlfrp.bot.core.command.CommandContext ctxFree(BotHarness h) {
        return new org.chmlfrp.bot.core.command.CommandContext(
                org.chmlfrp.bot.core.command.Invocation.privateChat(
                        new org.chmlfrp.bot.core.chat.ChatUser(org.chmlfrp.bot.core.chat.Platform.ONEBOT, FREE_QQ, "u"),
                        BotHarness.BOT_ACCOUNT,
                        org.chmlfrp.bot.core.chat.Role.MEMBER,
                        org.chmlfrp.bot.core.chat.BotLocale.ZH_CN),
                new GiftCommand(null, null).commands().get(0),
                null,
                null,
                h.i18n(),
                "/");
    }
}
