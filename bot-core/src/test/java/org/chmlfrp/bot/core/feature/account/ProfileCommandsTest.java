package org.chmlfrp.bot.core.feature.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chmlfrp.bot.core.feature.account.AccountHarness.PANEL;
import static org.chmlfrp.bot.core.feature.account.AccountHarness.VIP_PASSWORD;
import static org.chmlfrp.bot.core.feature.account.AccountHarness.VIP_QQ;
import static org.chmlfrp.bot.core.testing.BotHarness.VIP_TOKEN;

import java.time.LocalDateTime;
import org.chmlfrp.bot.core.chat.ChatIdentity;
import org.chmlfrp.bot.core.chat.Platform;
import org.chmlfrp.bot.core.command.LinkedAccount;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.core.reply.Visibility;
import org.chmlfrp.bot.core.testing.BotHarness;
import org.junit.jupiter.api.Test;

/** me, signin, password, set qq|avatar|name against the fake: facts shown, privacy in groups, what the API got. */
class ProfileCommandsTest {

    @Test
    void meInPrivateShowsTheWholeAccountButNeverTheToken() {
        try (BotHarness h = AccountHarness.start()) {
            h.link(VIP_QQ, VIP_TOKEN);

            Reply r = h.privately(VIP_QQ, "/me");

            assertThat(r.visibility()).isEqualTo(Visibility.PRIVATE);
            assertThat(r.plainText())
                    .contains(
                            "boring_student",
                            "227",
                            "超级会员",
                            "9999-09-09",
                            "4/16",
                            "50 Mbps",
                            "15168",
                            "demo227@example.com",
                            "10001",
                            "已实名",
                            "2023-08-26",
                            "3.08 MB",
                            "143.66 MB")
                    .doesNotContain(VIP_TOKEN)
                    .doesNotContain("qlogo");
        }
    }

    @Test
    void meInAGroupShowsOnlyThePublicPart() {
        try (BotHarness h = AccountHarness.start()) {
            h.link(VIP_QQ, VIP_TOKEN);

            Reply r = h.inGroup(VIP_QQ, "/me");

            assertThat(r.plainText())
                    .contains("boring_student", "超级会员", "9999-09-09", "4/16", "50 Mbps", "15168", "/me")
                    .doesNotContain("demo227@example.com")
                    .doesNotContain("@")
                    .doesNotContain("10001")
                    .doesNotContain("实名")
                    .doesNotContain("qlogo")
                    .doesNotContain(VIP_TOKEN)
                    .doesNotContain("MB");
        }
    }

    @Test
    void meAnswersToItsAliasesAndInEnglish() {
        try (BotHarness h = AccountHarness.start()) {
            h.link(VIP_QQ, VIP_TOKEN);
            assertThat(h.privately(VIP_QQ, "我的").plainText()).contains("boring_student");
            assertThat(h.privately(VIP_QQ, "/个人信息").plainText()).contains("boring_student");
            assertThat(h.english().privately(VIP_QQ, "/me").plainText())
                    .contains("Tunnels (used/quota): 4/16")
                    .contains("Bandwidth: 50 Mbps")
                    .contains("up 3.08 MB");
        }
    }

    @Test
    void meWithoutALinkSaysHowToBind() {
        try (BotHarness h = AccountHarness.start()) {
            Reply r = h.inGroup(VIP_QQ, "/me");

            assertThat(r.plainText()).contains("/bind").contains("/login");
            assertThat(h.fake().requests("/userinfo")).isEmpty();
        }
    }

    @Test
    void meWithADeadTokenRelaysTheApiMessage() {
        try (BotHarness h = AccountHarness.start()) {
            h.accounts()
                    .link(
                            new ChatIdentity(Platform.ONEBOT, VIP_QQ),
                            new LinkedAccount(227, "boring_student", "DeadToken"));

            Reply r = h.privately(VIP_QQ, "/me");

            assertThat(r.error()).isTrue();
            assertThat(r.plainText()).contains("无效的Token").doesNotContain("DeadToken");
        }
    }

    @Test
    void passwordIsChangedWithTheOldOne() {
        try (BotHarness h = AccountHarness.start()) {
            h.link(VIP_QQ, VIP_TOKEN);

            Reply r = h.privately(VIP_QQ, "/password " + VIP_PASSWORD + " Fresh@2026");

            assertThat(r.error()).isFalse();
            assertThat(r.visibility()).isEqualTo(Visibility.PRIVATE);
            assertThat(r.plainText())
                    .contains("密码修改成功")
                    .doesNotContain("Fresh@2026")
                    .doesNotContain(VIP_PASSWORD);
            assertThat(h.fake().state().user(227).password()).isEqualTo("Fresh@2026");
            assertThat(h.fake().requests("/reset_password")).singleElement().satisfies(req -> {
                assertThat(req.query())
                        .containsEntry("original_password", VIP_PASSWORD)
                        .containsEntry("new_password", "Fresh@2026");
                assertThat(req.token()).contains(VIP_TOKEN);
            });
            assertThat(h.linkOf(VIP_QQ)).isPresent();
        }
    }

    @Test
    void aWrongOldPasswordGetsTheApiMessageAndChangesNothing() {
        try (BotHarness h = AccountHarness.start()) {
            h.link(VIP_QQ, VIP_TOKEN);

            Reply r = h.privately(VIP_QQ, "/修改密码 Wrong@111 Fresh@2026");

            assertThat(r.error()).isTrue();
            assertThat(r.plainText()).contains("原密码错误").doesNotContain("Wrong@111");
            assertThat(h.fake().state().user(227).password()).isEqualTo(VIP_PASSWORD);
        }
    }

    @Test
    void passwordsSentInAGroupAreRefusedNotSentAndRecalled() {
        try (BotHarness h = AccountHarness.start()) {
            h.link(VIP_QQ, VIP_TOKEN);

            Reply r = h.inGroup(VIP_QQ, "/password " + VIP_PASSWORD + " Fresh@2026");

            assertThat(r.recallInvocation()).isTrue();
            assertThat(r.plainText()).doesNotContain(VIP_PASSWORD).doesNotContain("Fresh@2026");
            assertThat(h.fake().requests("/reset_password")).isEmpty();
            assertThat(h.fake().state().user(227).password()).isEqualTo(VIP_PASSWORD);
        }
    }

    @Test
    void setQqRelaysTheApiAndChangesTheAccount() {
        try (BotHarness h = AccountHarness.start()) {
            h.link(VIP_QQ, VIP_TOKEN);

            Reply r = h.privately(VIP_QQ, "/set qq 123456789");

            assertThat(r.plainText()).contains("QQ修改成功");
            assertThat(r.visibility()).isEqualTo(Visibility.PRIVATE);
            assertThat(h.fake().state().user(227).qq()).isEqualTo("123456789");
            assertThat(h.fake().requests("/update_qq"))
                    .singleElement()
                    .satisfies(req -> assertThat(req.query()).containsEntry("new_qq", "123456789"));
            assertThat(h.privately(VIP_QQ, "修改QQ 234567890").plainText()).contains("QQ修改成功");
            assertThat(h.fake().state().user(227).qq()).isEqualTo("234567890");
        }
    }

    @Test
    void aBadQqGetsTheApiMessage() {
        try (BotHarness h = AccountHarness.start()) {
            h.link(VIP_QQ, VIP_TOKEN);

            Reply r = h.privately(VIP_QQ, "/set qq abc");

            assertThat(r.error()).isTrue();
            assertThat(r.plainText()).contains("QQ号格式错误");
            assertThat(h.fake().state().user(227).qq()).isEqualTo("10001");
        }
    }

    @Test
    void setCommandsAreRefusedInGroupsAndNotSent() {
        try (BotHarness h = AccountHarness.start()) {
            h.link(VIP_QQ, VIP_TOKEN);

            for (String line :
                    new String[] {"/set qq 123456789", "/set avatar https://example.com/a.png", "/set name newname"}) {
                Reply r = h.inGroup(VIP_QQ, line);
                assertThat(r.plainText()).as(line).contains("私聊");
                assertThat(r.recallInvocation()).as(line).isFalse();
            }
            assertThat(h.fake().requests("/update_qq")).isEmpty();
            assertThat(h.fake().requests("/update_userimg")).isEmpty();
            assertThat(h.fake().requests("/update_username")).isEmpty();
        }
    }

    @Test
    void setAvatarRelaysTheApi() {
        try (BotHarness h = AccountHarness.start()) {
            h.link(VIP_QQ, VIP_TOKEN);

            assertThat(h.privately(VIP_QQ, "/set avatar https://example.com/cat.png")
                            .plainText())
                    .contains("用户头像更新成功");
            assertThat(h.fake().state().user(227).userimg()).isEqualTo("https://example.com/cat.png");

            Reply bad = h.privately(VIP_QQ, "/修改头像 not-a-link");
            assertThat(bad.error()).isTrue();
            assertThat(bad.plainText()).contains("无效的链接");
            assertThat(h.fake().state().user(227).userimg()).isEqualTo("https://example.com/cat.png");
        }
    }

    @Test
    void setNameRenamesTheAccountAndTheLinkFollows() {
        try (BotHarness h = AccountHarness.start()) {
            h.link(VIP_QQ, VIP_TOKEN);

            assertThat(h.privately(VIP_QQ, "/set name student_2026").plainText())
                    .contains("用户名修改成功");

            assertThat(h.fake().state().user(227).username()).isEqualTo("student_2026");
            assertThat(h.linkOf(VIP_QQ)).contains(new LinkedAccount(227, "student_2026", VIP_TOKEN));
        }
    }

    @Test
    void aTakenNameGetsTheApiMessageAndTheLinkStays() {
        try (BotHarness h = AccountHarness.start()) {
            h.link(VIP_QQ, VIP_TOKEN);

            Reply r = h.privately(VIP_QQ, "/修改用户名 free_user");

            assertThat(r.error()).isTrue();
            assertThat(r.plainText()).contains("用户名已存在");
            assertThat(h.linkOf(VIP_QQ)).map(LinkedAccount::username).contains("boring_student");
        }
    }

    @Test
    void setCommandsNeedAnAccount() {
        try (BotHarness h = AccountHarness.start()) {
            assertThat(h.privately(VIP_QQ, "/set qq 123456789").plainText()).contains("/bind");
            assertThat(h.fake().requests("/update_qq")).isEmpty();
        }
    }

    @Test
    void signinInPrivateShowsTheStateAndLinksThePanelWithoutTryingTheCaptcha() {
        try (BotHarness h = AccountHarness.start()) {
            h.link(VIP_QQ, VIP_TOKEN);

            Reply r = h.privately(VIP_QQ, "/signin");

            assertThat(r.visibility()).isEqualTo(Visibility.NORMAL);
            assertThat(r.plainText()).contains("还没签到", "2104", "386", "2024-12-20 16:30:12", "GeeTest", PANEL);
            assertThat(h.fake().requests("/qiandao_info"))
                    .singleElement()
                    .satisfies(req -> assertThat(req.token()).contains(VIP_TOKEN));
            assertThat(h.fake().requests("/qiandao")).isEmpty();
        }
    }

    @Test
    void signinInAGroupShowsOnlyTodayAndPoints() {
        try (BotHarness h = AccountHarness.start()) {
            h.link(VIP_QQ, VIP_TOKEN);
            h.fake()
                    .state()
                    .updateUser(
                            227,
                            u -> u.toBuilder()
                                    .lastSignIn(LocalDateTime.of(2026, 11, 25, 1, 0, 0))
                                    .build());

            Reply r = h.inGroup(VIP_QQ, "/签到");

            assertThat(r.plainText())
                    .contains("已签到", "2104", PANEL)
                    .doesNotContain("386")
                    .doesNotContain("2026-11-25")
                    .doesNotContain("上次签到");
        }
    }

    @Test
    void signinWithANeverSignedInAccountInEnglish() {
        try (BotHarness h = AccountHarness.start()) {
            h.link("20002", BotHarness.FREE_TOKEN);
            h.fake()
                    .state()
                    .updateUser(
                            1001,
                            u -> u.toBuilder()
                                    .lastSignIn(null)
                                    .totalSignIns(0)
                                    .totalSignInPoints(0)
                                    .build());

            assertThat(h.english().privately("20002", "/signin").plainText())
                    .contains("Signed in today: not yet", "Last sign-in: never", "captcha", PANEL);
        }
    }

    @Test
    void signinStatusAnswersToSigninAndItsChineseAlias() {
        try (BotHarness h = AccountHarness.start()) {
            h.link(VIP_QQ, VIP_TOKEN);
            String full = h.privately(VIP_QQ, "/signin status").plainText();
            assertThat(full).contains("签到 · boring_student");
            assertThat(h.privately(VIP_QQ, "/signin").plainText()).isEqualTo(full);
            assertThat(h.privately(VIP_QQ, "签到").plainText()).isEqualTo(full);
        }
    }

    @Test
    void signinNeedsAnAccount() {
        try (BotHarness h = AccountHarness.start()) {
            assertThat(h.inGroup(VIP_QQ, "/signin").plainText()).contains("/bind");
            assertThat(h.fake().requests("/qiandao_info")).isEmpty();
        }
    }
}
