package org.chmlfrp.bot.core.feature.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chmlfrp.bot.core.feature.account.AccountHarness.VIP_PASSWORD;
import static org.chmlfrp.bot.core.feature.account.AccountHarness.VIP_QQ;
import static org.chmlfrp.bot.core.testing.BotHarness.FREE_TOKEN;
import static org.chmlfrp.bot.core.testing.BotHarness.VIP_TOKEN;

import org.chmlfrp.bot.core.command.LinkedAccount;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.core.reply.Visibility;
import org.chmlfrp.bot.core.testing.BotHarness;
import org.chmlfrp.bot.testkit.chmlfrp.RecordedRequest;
import org.junit.jupiter.api.Test;

/** bind, login, unbind: what is stored, what the user sees, and that secrets never leak. */
class AccountLinkCommandsTest {

    @Test
    void bindChecksTheTokenStoresTheLinkAndNeverEchoesTheToken() {
        try (BotHarness h = AccountHarness.start()) {
            Reply r = h.privately(VIP_QQ, "/bind " + VIP_TOKEN);

            assertThat(r.error()).isFalse();
            assertThat(r.visibility()).isEqualTo(Visibility.PRIVATE);
            assertThat(r.plainText())
                    .contains("boring_student")
                    .contains("超级会员")
                    .doesNotContain(VIP_TOKEN);
            assertThat(h.linkOf(VIP_QQ)).contains(new LinkedAccount(227, "boring_student", VIP_TOKEN));
            assertThat(h.fake().requests("/userinfo"))
                    .singleElement()
                    .extracting(RecordedRequest::token)
                    .isEqualTo(java.util.Optional.of(VIP_TOKEN));
        }
    }

    @Test
    void theChineseAliasBindsToo() {
        try (BotHarness h = AccountHarness.start()) {
            assertThat(h.privately("20002", "绑定 " + FREE_TOKEN).plainText())
                    .contains("free_user")
                    .contains("免费用户");
            assertThat(h.linkOf("20002")).map(LinkedAccount::chmlfrpUserId).contains(1001);
        }
    }

    @Test
    void aBadTokenGetsTheApiMessageAndNothingIsStored() {
        try (BotHarness h = AccountHarness.start()) {
            Reply r = h.privately(VIP_QQ, "/bind NotARealToken");

            assertThat(r.error()).isTrue();
            assertThat(r.plainText()).contains("无效的Token").contains("/bind").doesNotContain("NotARealToken");
            assertThat(h.accounts().size()).isZero();
        }
    }

    @Test
    void bindingAgainReplacesTheLinkAndSaysSo() {
        try (BotHarness h = AccountHarness.start()) {
            h.link(VIP_QQ, FREE_TOKEN);

            Reply r = h.privately(VIP_QQ, "/bind " + VIP_TOKEN);

            assertThat(r.plainText())
                    .contains("boring_student")
                    .contains("free_user")
                    .contains("替换");
            assertThat(h.linkOf(VIP_QQ)).map(LinkedAccount::token).contains(VIP_TOKEN);
            assertThat(h.accounts().size()).isEqualTo(1);
        }
    }

    @Test
    void aTokenSentInAGroupIsRefusedNotUsedAndRecalled() {
        try (BotHarness h = AccountHarness.start()) {
            Reply r = h.inGroup(VIP_QQ, "/bind " + VIP_TOKEN);

            assertThat(r.recallInvocation()).isTrue();
            assertThat(r.error()).isTrue();
            assertThat(r.plainText()).doesNotContain(VIP_TOKEN).contains("重置令牌").contains("私聊");
            assertThat(h.fake().requests("/userinfo")).isEmpty();
            assertThat(h.accounts().size()).isZero();
        }
    }

    @Test
    void bindWithoutATokenInAGroupIsAPrivateOnlyRefusalWithoutRecall() {
        try (BotHarness h = AccountHarness.start()) {
            Reply r = h.inGroup(VIP_QQ, "/bind");

            assertThat(r.recallInvocation()).isFalse();
            assertThat(r.plainText()).contains("私聊").contains("/bind");
        }
    }

    @Test
    void bindWithoutATokenInPrivateGivesTheUsage() {
        try (BotHarness h = AccountHarness.start()) {
            Reply r = h.privately(VIP_QQ, "/bind");

            assertThat(r.error()).isTrue();
            assertThat(r.plainText()).contains("QZhua").contains("/bind <token>");
            assertThat(h.fake().requests("/userinfo")).isEmpty();
        }
    }

    @Test
    void loginWithAUsernameButNoPasswordGivesTheUsage() {
        try (BotHarness h = AccountHarness.start()) {
            Reply r = h.privately(VIP_QQ, "/login boring_student");

            assertThat(r.error()).isTrue();
            assertThat(r.plainText()).contains("password").contains("/login [username] [password]");
            assertThat(h.fake().requests("/login")).isEmpty();
        }
    }

    @Test
    void loginStoresTheReturnedTokenNeverThePassword() {
        try (BotHarness h = AccountHarness.start()) {
            Reply r = h.privately(VIP_QQ, "/login boring_student " + VIP_PASSWORD);

            assertThat(r.error()).isFalse();
            assertThat(r.visibility()).isEqualTo(Visibility.PRIVATE);
            assertThat(r.plainText())
                    .contains("boring_student")
                    .contains("超级会员")
                    .doesNotContain(VIP_PASSWORD)
                    .doesNotContain(VIP_TOKEN);
            LinkedAccount link = h.linkOf(VIP_QQ).orElseThrow();
            assertThat(link.token()).isEqualTo(VIP_TOKEN).isNotEqualTo(VIP_PASSWORD);
            assertThat(link.chmlfrpUserId()).isEqualTo(227);
            assertThat(link.toString()).doesNotContain(VIP_PASSWORD);
            assertThat(h.fake().requests("/login")).singleElement().satisfies(req -> {
                assertThat(req.method()).isEqualTo("POST");
                assertThat(req.query()).as("no password in the URL").isEmpty();
                assertThat(req.jsonBody().orElseThrow().get("username").asText())
                        .isEqualTo("boring_student");
            });
        }
    }

    @Test
    void loginByAliasWithTheQqNumberWorks() {
        try (BotHarness h = AccountHarness.start()) {
            assertThat(h.privately("30003", "登录 10001 " + VIP_PASSWORD).plainText())
                    .contains("boring_student");
            assertThat(h.linkOf("30003")).map(LinkedAccount::token).contains(VIP_TOKEN);
        }
    }

    @Test
    void aWrongPasswordGetsTheApiMessageAndNothingIsStored() {
        try (BotHarness h = AccountHarness.start()) {
            Reply r = h.privately(VIP_QQ, "/login boring_student Wrong@999");

            assertThat(r.error()).isTrue();
            assertThat(r.plainText()).contains("密码错误").doesNotContain("Wrong@999");
            assertThat(h.accounts().size()).isZero();
        }
    }

    @Test
    void anUnknownUserGetsTheApiMessage() {
        try (BotHarness h = AccountHarness.start()) {
            assertThat(h.privately(VIP_QQ, "/login nobody_here Some@1234").plainText())
                    .contains("用户不存在");
            assertThat(h.accounts().size()).isZero();
        }
    }

    @Test
    void aPasswordSentInAGroupIsRefusedNotSentAndRecalled() {
        try (BotHarness h = AccountHarness.start()) {
            Reply r = h.inGroup(VIP_QQ, "/login boring_student " + VIP_PASSWORD);

            assertThat(r.recallInvocation()).isTrue();
            assertThat(r.plainText()).doesNotContain(VIP_PASSWORD).contains("私聊");
            assertThat(h.fake().requests("/login")).isEmpty();
            assertThat(h.accounts().size()).isZero();
        }
    }

    @Test
    void unbindRemovesOnlyThisChatIdentitysLink() {
        try (BotHarness h = AccountHarness.start()) {
            h.link(VIP_QQ, VIP_TOKEN);
            h.link("20002", VIP_TOKEN);

            Reply r = h.privately(VIP_QQ, "/unbind");

            assertThat(r.plainText()).contains("已解除绑定").contains("boring_student");
            assertThat(r.visibility()).isEqualTo(Visibility.PRIVATE);
            assertThat(h.linkOf(VIP_QQ)).isEmpty();
            assertThat(h.linkOf("20002")).isPresent();
        }
    }

    @Test
    void unbindWithoutALinkSaysThereIsNone() {
        try (BotHarness h = AccountHarness.start()) {
            assertThat(h.privately(VIP_QQ, "/unbind").plainText()).contains("还没有绑定");
        }
    }

    @Test
    void unbindWorksInAGroupByItsAlias() {
        try (BotHarness h = AccountHarness.start()) {
            h.link(VIP_QQ, VIP_TOKEN);

            assertThat(h.inGroup(VIP_QQ, "/解绑").plainText()).contains("已解除绑定");
            assertThat(h.linkOf(VIP_QQ)).isEmpty();
            assertThat(h.inGroup(VIP_QQ, "/解绑").plainText()).contains("还没有绑定");
        }
    }

    @Test
    void repliesFollowTheUsersLanguage() {
        try (BotHarness h = AccountHarness.start()) {
            h.english();
            assertThat(h.privately(VIP_QQ, "/bind " + VIP_TOKEN).plainText())
                    .contains("Linked! Account: boring_student (超级会员)");
            assertThat(h.privately(VIP_QQ, "/bind " + FREE_TOKEN).plainText())
                    .contains("replaces your previous link to boring_student");
            assertThat(h.privately(VIP_QQ, "/unbind").plainText()).contains("Unlinked");
        }
    }
}
