package org.chmlfrp.bot.core.feature.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chmlfrp.bot.core.feature.account.AccountHarness.PANEL;
import static org.chmlfrp.bot.core.feature.account.AccountHarness.VIP_QQ;
import static org.chmlfrp.bot.core.testing.BotHarness.VIP_TOKEN;

import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.core.reply.Visibility;
import org.chmlfrp.bot.core.testing.BotHarness;
import org.chmlfrp.bot.testkit.chmlfrp.FakeChmlFrpServer;
import org.junit.jupiter.api.Test;

/** mailcode, register and retoken against the fake, including the captcha the chat cannot solve. */
class RegistrationCommandsTest {
    private static final String NEW_MAIL = "newbie@example.com";

    @Test
    void mailcodeAsksTheApiToSendACodeAndSaysWhatComesNext() {
        try (BotHarness h = AccountHarness.start()) {
            Reply r = h.privately(VIP_QQ, "/mailcode register " + NEW_MAIL);

            assertThat(r.error()).isFalse();
            assertThat(r.visibility()).isEqualTo(Visibility.PRIVATE);
            assertThat(r.plainText()).contains("发送成功", NEW_MAIL, "/register");
            assertThat(h.fake().state().lastMailCode(NEW_MAIL, "register")).isPresent();
            assertThat(h.fake().requests("/sendmailcode"))
                    .singleElement()
                    .satisfies(req -> assertThat(req.method()).isEqualTo("POST"));
        }
    }

    @Test
    void whenTheApiWantsTheCaptchaTheUserIsSentToThePanel() {
        try (BotHarness h = AccountHarness.start(FakeChmlFrpServer.builder().requireCaptcha(true))) {
            Reply r = h.privately(VIP_QQ, "/验证码 register " + NEW_MAIL);

            assertThat(r.error()).isTrue();
            assertThat(r.plainText()).contains("请先完成人机验证", "GeeTest", PANEL);
            assertThat(r.plainText().length()).isLessThanOrEqualTo(400);
            assertThat(h.fake().state().lastMailCode(NEW_MAIL)).isEmpty();
        }
    }

    @Test
    void anyOtherRefusalIsRelayedWithThePanelHintToo() {
        try (BotHarness h = AccountHarness.start()) {
            Reply r = h.english().privately(VIP_QQ, "/mailcode register demo227@example.com");

            assertThat(r.error()).isTrue();
            assertThat(r.plainText()).contains("该邮箱已被注册", "captcha", PANEL);
        }
    }

    @Test
    void mailcodeNamesABadPurposeAndSendsNothing() {
        try (BotHarness h = AccountHarness.start()) {
            Reply r = h.privately(VIP_QQ, "/mailcode reset " + NEW_MAIL);

            assertThat(r.error()).isTrue();
            assertThat(r.plainText()).contains("reset", "register | retoken");
            assertThat(h.fake().requests("/sendmailcode")).isEmpty();
        }
    }

    @Test
    void mailcodeIsPrivateOnly() {
        try (BotHarness h = AccountHarness.start()) {
            Reply r = h.inGroup(VIP_QQ, "/mailcode register " + NEW_MAIL);

            assertThat(r.plainText()).contains("私聊");
            assertThat(h.fake().requests("/sendmailcode")).isEmpty();
        }
    }

    @Test
    void registerWithTheMailedCodeCreatesTheAccountAndPointsToBindAndLogin() {
        try (BotHarness h = AccountHarness.start()) {
            h.privately(VIP_QQ, "/mailcode register " + NEW_MAIL);
            String code = h.fake().state().lastMailCode(NEW_MAIL, "register").orElseThrow();

            Reply r = h.privately(VIP_QQ, "/register newbie Newbie@2026 " + NEW_MAIL + " 123456 " + code);

            assertThat(r.error()).isFalse();
            assertThat(r.visibility()).isEqualTo(Visibility.PRIVATE);
            assertThat(r.plainText())
                    .contains("注册成功", "/login newbie", "/bind")
                    .doesNotContain("Newbie@2026")
                    .doesNotContain(code);
            assertThat(h.fake().state().userByLogin("newbie")).hasValueSatisfying(u -> {
                assertThat(u.email()).isEqualTo(NEW_MAIL);
                assertThat(u.qq()).isEqualTo("123456");
            });
            assertThat(h.accounts().size()).isZero();
        }
    }

    @Test
    void registerWithAWrongCodeGetsTheApiMessage() {
        try (BotHarness h = AccountHarness.start()) {
            h.privately(VIP_QQ, "/mailcode register " + NEW_MAIL);

            Reply r = h.privately(VIP_QQ, "注册 newbie Newbie@2026 " + NEW_MAIL + " 123456 000000");

            assertThat(r.error()).isTrue();
            assertThat(r.plainText()).contains("验证码错误");
            assertThat(h.fake().state().userByLogin("newbie")).isEmpty();
        }
    }

    @Test
    void registerWithMissingArgumentsGivesTheUsage() {
        try (BotHarness h = AccountHarness.start()) {
            Reply r = h.privately(VIP_QQ, "/register newbie Newbie@2026");

            assertThat(r.plainText())
                    .contains("email", "/register <username> <password> <email> <qq> <code>")
                    .doesNotContain("Newbie@2026");
            assertThat(h.fake().requests("/register")).isEmpty();
        }
    }

    @Test
    void registerInAGroupIsRefusedNotSentAndRecalled() {
        try (BotHarness h = AccountHarness.start()) {
            Reply r = h.inGroup(VIP_QQ, "/register newbie Newbie@2026 " + NEW_MAIL + " 123456 654321");

            assertThat(r.recallInvocation()).isTrue();
            assertThat(r.plainText()).doesNotContain("Newbie@2026").doesNotContain("654321");
            assertThat(h.fake().requests("/register")).isEmpty();
        }
    }

    @Test
    void retokenRemovesTheLinkAndTheOldTokenIsDead() {
        try (BotHarness h = AccountHarness.start()) {
            h.link(VIP_QQ, VIP_TOKEN);

            Reply r = h.privately(VIP_QQ, "/retoken");

            assertThat(r.error()).isFalse();
            assertThat(r.visibility()).isEqualTo(Visibility.PRIVATE);
            assertThat(r.plainText()).contains("重置成功", "/bind", "/login", PANEL);
            assertThat(h.linkOf(VIP_QQ)).isEmpty();
            assertThat(h.fake().state().userByToken(VIP_TOKEN)).isEmpty();
            String fresh = h.fake().state().tokenOf(227);
            assertThat(fresh).isNotEqualTo(VIP_TOKEN);
            assertThat(r.plainText()).doesNotContain(fresh);
            assertThat(h.fake().requests("/retoken"))
                    .singleElement()
                    .satisfies(req -> assertThat(req.query()).doesNotContainKey("code"));

            assertThat(h.privately(VIP_QQ, "/me").plainText()).contains("/bind");
            assertThat(h.privately(VIP_QQ, "/bind " + VIP_TOKEN).plainText()).contains("无效的Token");
            assertThat(h.privately(VIP_QQ, "/bind " + fresh).plainText()).contains("boring_student");
        }
    }

    @Test
    void retokenSendsTheMailCode() {
        try (BotHarness h = AccountHarness.start()) {
            h.link(VIP_QQ, VIP_TOKEN);
            h.privately(VIP_QQ, "/mailcode retoken demo227@example.com");
            String code = h.fake()
                    .state()
                    .lastMailCode("demo227@example.com", "retoken")
                    .orElseThrow();

            assertThat(h.privately(VIP_QQ, "/重置令牌 " + code).plainText())
                    .contains("重置成功")
                    .doesNotContain(code);

            assertThat(h.fake().requests("/retoken"))
                    .singleElement()
                    .satisfies(req -> assertThat(req.query()).containsEntry("code", code));
            assertThat(h.linkOf(VIP_QQ)).isEmpty();
        }
    }

    @Test
    void aRefusedRetokenKeepsTheLinkAndTheToken() {
        try (BotHarness h = AccountHarness.start()) {
            h.link(VIP_QQ, VIP_TOKEN);

            Reply r = h.privately(VIP_QQ, "/retoken 000000");

            assertThat(r.error()).isTrue();
            assertThat(r.plainText()).contains("验证码错误", "/mailcode retoken");
            assertThat(h.linkOf(VIP_QQ)).isPresent();
            assertThat(h.fake().state().userByToken(VIP_TOKEN)).isPresent();
        }
    }

    @Test
    void retokenWithADeadLinkSaysToBindAgain() {
        try (BotHarness h = AccountHarness.start()) {
            h.link(VIP_QQ, VIP_TOKEN);
            h.fake().state().updateUser(227, u -> u.withToken("SomeoneElseResetIt"));

            Reply r = h.privately(VIP_QQ, "/retoken");

            assertThat(r.error()).isTrue();
            assertThat(r.plainText()).contains("无效的Token", "/bind");
        }
    }

    @Test
    void retokenWithACodeInAGroupIsRefusedNotSentAndRecalled() {
        try (BotHarness h = AccountHarness.start()) {
            h.link(VIP_QQ, VIP_TOKEN);

            Reply withCode = h.inGroup(VIP_QQ, "/retoken 123456");
            assertThat(withCode.recallInvocation()).isTrue();
            assertThat(withCode.plainText()).doesNotContain("123456");

            Reply bare = h.inGroup(VIP_QQ, "/retoken");
            assertThat(bare.recallInvocation()).isFalse();
            assertThat(bare.plainText()).contains("私聊");

            assertThat(h.fake().requests("/retoken")).isEmpty();
            assertThat(h.linkOf(VIP_QQ)).isPresent();
        }
    }

    @Test
    void retokenNeedsAnAccount() {
        try (BotHarness h = AccountHarness.start()) {
            assertThat(h.privately(VIP_QQ, "/retoken").plainText()).contains("/bind");
            assertThat(h.fake().requests("/retoken")).isEmpty();
        }
    }
}
