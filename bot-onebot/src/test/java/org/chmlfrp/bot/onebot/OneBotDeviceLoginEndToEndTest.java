package org.chmlfrp.bot.onebot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.chmlfrp.bot.core.oauth.OAuthSettings;
import org.chmlfrp.bot.onebot.testing.OneBotRig;
import org.chmlfrp.bot.testkit.chmlfrp.FakeChmlFrpServer;
import org.chmlfrp.bot.testkit.chmlfrp.RecordedRequest;
import org.chmlfrp.bot.testkit.onebot.FakeOneBot;
import org.chmlfrp.bot.testkit.onebot.SentMessage;
import org.chmlfrp.bot.testkit.qzhua.FakeQZhuaServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code /login} without arguments on QQ, end to end: FakeOneBot over WebSocket, the real bot
 * (CoreModule + OneBotModule), the fake QZhua authorization server and the fake ChmlFrp API over HTTP.
 */
class OneBotDeviceLoginEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final long BOT = 10000L;
    private static final long ALICE = 10001L;
    private static final long GROUP = 5000L;

    @RegisterExtension
    final OneBotRig rig = new OneBotRig();

    private FakeChmlFrpServer api;
    private FakeQZhuaServer qzhua;
    private FakeOneBot peer;

    @BeforeEach
    void start() throws Exception {
        api = rig.api(FakeChmlFrpServer.builder().statusListSize(0));
        qzhua = rig.keep(
                FakeQZhuaServer.builder().clientId("qq-bot").interval(1).start());
        api.state().acceptAccessTokensFrom(qzhua);
        peer = rig.peer(FakeOneBot.forward().selfId(BOT));
        rig.bot(b -> b.forward(peer).oauth(OAuthSettings.of("qq-bot", qzhua.baseUrl())))
                .awaitAccount(BOT);
    }

    @Test
    void privateLoginGivesLinkAndCodeThenSaysLinkedAndMeWorksThroughTheBearerToken() {
        peer.privateMessage(ALICE, "/login");
        String prompt = nextPrivate().text();
        String code = qzhua.lastUserCode();
        assertThat(prompt).contains(code).contains("打开 QZhua 登录: " + qzhua.baseUrl() + "/device?user_code=" + code);

        qzhua.approve(code, 227);
        assertThat(nextPrivate().text()).isEqualTo("已通过 QZhua 登录绑定账号 boring_student（超级会员）。");

        peer.privateMessage(ALICE, "/me");
        assertThat(nextPrivate().text()).contains("boring_student");
        RecordedRequest me =
                api.requests("/userinfo").get(api.requests("/userinfo").size() - 1);
        assertThat(me.header("Authorization"))
                .hasValueSatisfying(
                        h -> assertThat(h).startsWith("Bearer ").matches("Bearer [\\w-]+\\.[\\w-]+\\.[\\w-]+"));
    }

    @Test
    void loginInAGroupIsRefusedAndStartsNothing() {
        peer.groupMessage(GROUP, ALICE, "member", "/login");
        SentMessage reply = SentMessage.of(
                peer.awaitAction("send_group_msg", p -> p.path("group_id").asLong() == GROUP, WAIT));

        assertThat(reply.text()).contains("私聊");
        assertThatThrownBy(qzhua::lastUserCode).isInstanceOf(java.util.NoSuchElementException.class);
    }

    /** The next private message to Alice; earlier ones are forgotten. */
    private SentMessage nextPrivate() {
        SentMessage m = SentMessage.of(
                peer.awaitAction("send_private_msg", p -> p.path("user_id").asLong() == ALICE, WAIT));
        peer.clearActions();
        return m;
    }
}
