package org.chmlfrp.bot.core.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chmlfrp.bot.core.oauth.OAuthRig.ALICE;
import static org.chmlfrp.bot.core.oauth.OAuthRig.until;

import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.chmlfrp.bot.core.chat.BotLocale;
import org.chmlfrp.bot.core.chmlfrp.model.UserInfo;
import org.chmlfrp.bot.core.command.LinkedAccount;
import org.chmlfrp.bot.core.store.AccountLink;
import org.chmlfrp.bot.core.store.OAuthTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Device-code logins against the fake QZhua server and the fake ChmlFrp API, over HTTP. */
class DeviceLoginsTest {
    private final OAuthRig rig = new OAuthRig();

    @AfterEach
    void close() {
        rig.close();
    }

    @Test
    void pendingThenSlowDownThenApprovalLinksTheAccountAndSaysSo() throws Exception {
        DeviceAuthorization auth = rig.logins().start(ALICE, "42", BotLocale.EN).get();
        assertThat(auth.link()).startsWith(rig.qzhua.baseUrl() + "/device?user_code=" + auth.userCode());

        until("the bot polled once", () -> rig.qzhua.tokenRequests() >= 1);
        rig.qzhua.slowDown(auth.userCode(), 1);
        until("the bot slowed down", () -> rig.delays.contains(Duration.ofSeconds(6)));
        assertThat(rig.flows.find(ALICE).orElseThrow().interval()).isEqualTo(Duration.ofSeconds(6));
        rig.qzhua.approve(auth.userCode(), 227);

        until("the user was told", () -> !rig.told().isEmpty());
        assertThat(rig.told()).containsExactly("Linked as boring_student (超级会员) through your QZhua login.");
        assertThat(rig.sink.delivered().get(0).place().botAccount()).isEqualTo("42");
        AccountLink link = rig.links.find(ALICE).orElseThrow();
        assertThat(link.chmlfrpUserId()).isEqualTo(227);
        assertThat(link.credential()).isInstanceOf(OAuthTokens.class);
        assertThat(rig.flows.find(ALICE)).isEmpty();
        // the first delay is the server's interval, never less; after slow_down 5 s more
        assertThat(rig.delays).first().isEqualTo(Duration.ofSeconds(1));
        assertThat(rig.delays).doesNotContain(Duration.ZERO);

        // every call with the link goes as Bearer, though chmlfrp.token-in is "query"
        LinkedAccount account = rig.accounts.find(ALICE).orElseThrow();
        UserInfo me = rig.api.userInfo(account.token()).get();
        assertThat(me.username()).isEqualTo("boring_student");
        assertThat(rig.chmlfrp.requests("/userinfo"))
                .last()
                .satisfies(r -> assertThat(r.header("Authorization")).hasValue("Bearer " + account.token()))
                .satisfies(r -> assertThat(r.query()).doesNotContainKey("token"));
    }

    @Test
    void aDeniedLoginLinksNothingAndSaysWhy() throws Exception {
        DeviceAuthorization auth = rig.logins().start(ALICE, null, BotLocale.EN).get();
        rig.qzhua.deny(auth.userCode());

        until("the user was told", () -> !rig.told().isEmpty());
        assertThat(rig.told())
                .containsExactly("The QZhua login was denied, so nothing was linked. Send login again to start over.");
        assertThat(rig.links.find(ALICE)).isEmpty();
        assertThat(rig.flows.find(ALICE)).isEmpty();
    }

    @Test
    void anExpiredCodeLinksNothingAndSaysSo() throws Exception {
        DeviceAuthorization auth =
                rig.logins().start(ALICE, null, BotLocale.ZH_CN).get();
        rig.qzhua.expire(auth.userCode());

        until("the user was told", () -> !rig.told().isEmpty());
        assertThat(rig.told()).containsExactly("QZhua 登录代码在授权前已过期，没有绑定。发送 login 获取新代码。");
        assertThat(rig.links.find(ALICE)).isEmpty();
    }

    @Test
    void aRestartMidFlowResumesPollingFromTheStore() throws Exception {
        ScheduledThreadPoolExecutor first = rig.compressed();
        DeviceAuthorization auth =
                rig.logins(first).start(ALICE, "42", BotLocale.EN).get();
        first.shutdownNow(); // the bot stops before its first poll
        assertThat(rig.flows.find(ALICE)).isPresent();

        rig.logins().resume(); // a new runner on the same store
        until("the resumed runner polls", () -> rig.qzhua.tokenRequests() >= 1);
        rig.qzhua.approve(auth.userCode(), 1001);

        until("the user was told", () -> !rig.told().isEmpty());
        assertThat(rig.told()).containsExactly("Linked as free_user (免费用户) through your QZhua login.");
        assertThat(rig.links.find(ALICE).orElseThrow().chmlfrpUserId()).isEqualTo(1001);
    }

    @Test
    void aFlowThatExpiredWhileTheBotWasDownIsReportedOnResume() throws Exception {
        ScheduledThreadPoolExecutor first = rig.compressed();
        rig.logins(first).start(ALICE, null, BotLocale.EN).get();
        first.shutdownNow();
        rig.clock.advance(Duration.ofMinutes(16));

        rig.logins().resume();

        until("the user was told", () -> !rig.told().isEmpty());
        assertThat(rig.told())
                .containsExactly(
                        "The QZhua login code expired before it was approved, so nothing was linked. Send login again for a new code.");
        assertThat(rig.qzhua.tokenRequests()).isZero();
        assertThat(rig.flows.all()).isEmpty();
    }

    @Test
    void aNewLoginReplacesTheOneInProgress() throws Exception {
        DeviceAuthorization old = rig.logins().start(ALICE, null, BotLocale.EN).get();
        DeviceAuthorization fresh =
                rig.logins().start(ALICE, null, BotLocale.EN).get();
        rig.qzhua.approve(old.userCode(), 1001);
        rig.qzhua.approve(fresh.userCode(), 227);

        until("the user was told", () -> !rig.told().isEmpty());
        assertThat(rig.told()).containsExactly("Linked as boring_student (超级会员) through your QZhua login.");
        assertThat(rig.links.find(ALICE).orElseThrow().chmlfrpUserId()).isEqualTo(227);
    }
}
