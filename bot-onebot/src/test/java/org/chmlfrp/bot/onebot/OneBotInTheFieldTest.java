package org.chmlfrp.bot.onebot;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.chmlfrp.bot.core.BotSettings;
import org.chmlfrp.bot.core.chat.BotLocale;
import org.chmlfrp.bot.core.chat.ChatIdentity;
import org.chmlfrp.bot.core.chat.Platform;
import org.chmlfrp.bot.core.command.BotAdmins;
import org.chmlfrp.bot.core.command.RateLimit;
import org.chmlfrp.bot.onebot.testing.LogLines;
import org.chmlfrp.bot.onebot.testing.OneBotRig;
import org.chmlfrp.bot.onebot.testing.RealBot;
import org.chmlfrp.bot.testkit.onebot.ActionResult;
import org.chmlfrp.bot.testkit.onebot.FakeOneBot;
import org.chmlfrp.bot.testkit.onebot.RecordedAction;
import org.chmlfrp.bot.testkit.onebot.SentMessage;
import org.chmlfrp.bot.testkit.onebot.TokenRefusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What real implementations send besides messages, end to end over FakeOneBot's WebSocket and
 * the real core: go-cqhttp's guild messages, NapCat's retcode-1403 refusal of the access
 * token, failed actions, and the account going offline ({@code bot_offline}, heartbeat
 * {@code status.online}) as bot admins see it in {@code help}.
 */
class OneBotInTheFieldTest {
    private static final Duration WAIT = OneBotRig.WAIT;
    private static final long BOT = 10000L;
    private static final long ADMIN = 10009L;
    private static final long ALICE = 10001L;
    private static final long GROUP = 5000L;
    private static final long TINY_ID = 144115218678093982L;
    private static final String OFFLINE_SINCE = "QQ 机器人账号 " + BOT + " 自 ";
    private static final OneBotOptions FAST = OneBotOptions.defaults()
            .withActionTimeout(Duration.ofSeconds(2))
            .withReconnect(Duration.ofMillis(200), Duration.ofSeconds(1))
            .withStaleCheckPeriod(Duration.ofMillis(100));

    @RegisterExtension
    final OneBotRig rig = new OneBotRig();

    private final LogLines logs = rig.keep(new LogLines());
    private FakeOneBot peer;
    private RealBot bot;

    /** The real bot, dialling {@link #peer} with this token; QQ {@link #ADMIN} is a bot admin. */
    private void startBot(String accessToken) throws Exception {
        BotSettings settings = new BotSettings(
                BotLocale.ZH_CN,
                new BotAdmins(Set.of(new ChatIdentity(Platform.ONEBOT, Long.toString(ADMIN)))),
                RateLimit.UNLIMITED,
                List.of("/", "#"));
        bot = rig.bot(b -> b.bot(settings).options(FAST).forward(peer, accessToken));
    }

    /** A fake without scheduled heartbeats (the tests send them), and the bot connected to it. */
    private void connected() throws Exception {
        peer = rig.peer(FakeOneBot.forward().selfId(BOT).heartbeatInterval(Duration.ZERO));
        startBot("");
        bot.awaitAccount(BOT);
        // the account may be known from the lifecycle event before the fake has seen this call
        peer.awaitAction("get_login_info", p -> true, WAIT);
    }

    private String privateHelp(long userId) {
        peer.clearActions();
        peer.privateMessage(userId, "/help");
        return OneBotRig.privateReply(peer, userId).text();
    }

    // ---- message types ---------------------------------------------------------------------

    @Test
    void aGuildMessageGetsNoReplyAndAPrivateMessageAfterItStillDoes() throws Exception {
        connected();
        peer.clearActions();
        peer.guildMessage(47L, 11L, TINY_ID, "/help");
        peer.privateMessage(ALICE, "/help");

        RecordedAction reply = peer.awaitAction("send_private_msg", p -> true, WAIT);
        assertThat(reply.params().path("user_id").asLong()).isEqualTo(ALICE);
        assertThat(SentMessage.of(reply).text()).contains("ChmlFrp");
        assertThat(peer.actions())
                .as("nothing for the guild message, as a private chat or otherwise")
                .extracting(RecordedAction::action)
                .containsExactly("send_private_msg");
        assertThat(peer.actions().toString()).doesNotContain(Long.toString(TINY_ID));
    }

    // ---- failures the implementation reports -----------------------------------------------

    @Test
    void napCatRefusingTheAccessTokenIsAWarningWithItsReasonAndWithoutTheToken() throws Exception {
        String botToken = "wr0ng-T0ken-4711";
        String peerToken = "s3cret-T0ken-0815";
        peer = rig.peer(FakeOneBot.forward()
                .selfId(BOT)
                .accessToken(peerToken)
                .tokenRefusal(TokenRefusal.NAPCAT_1403)
                .heartbeatInterval(Duration.ZERO));
        startBot(botToken);

        LogLines.Line refused = logs.await("retcode 1403", WAIT);
        assertThat(refused.level()).isEqualTo(Level.WARN);
        assertThat(refused.text()).contains("token验证失败").contains("access-token");
        assertThat(peer.refusedHandshakes()).isPositive();
        assertThat(bot.adapter().sessions().find(BOT)).isEmpty();
        assertThat(logs.all())
                .as("no line of any logger shows a token")
                .noneMatch(l -> l.text().contains(botToken) || l.text().contains(peerToken));
    }

    @Test
    void aFailedActionIsAWarningNamingTheActionRetcodeAndReason() throws Exception {
        connected();
        peer.answer("send_private_msg", p -> ActionResult.failed(1200, "消息体无法解析"));
        peer.privateMessage(ALICE, "/help");

        LogLines.Line failed = logs.await("send_private_msg failed", WAIT);
        assertThat(failed.level()).isEqualTo(Level.WARN);
        assertThat(failed.text()).contains("retcode 1200").contains("消息体无法解析");
    }

    // ---- the account going offline ----------------------------------------------------------

    @Test
    void botOfflineShowsInAnAdminsHelpOnlyAndGoesWhenTheAccountIsBack() throws Exception {
        connected();
        peer.botOffline("下线通知", "你的帐号在另一台设备登录");

        String adminHelp = privateHelp(ADMIN);
        assertThat(adminHelp).containsPattern("QQ 机器人账号 10000 自 \\d\\d:\\d\\d 起离线（下线通知: 你的帐号在另一台设备登录）");
        assertThat(privateHelp(ALICE)).contains("ChmlFrp").doesNotContain(OFFLINE_SINCE);
        peer.clearActions();
        peer.groupMessage(GROUP, ADMIN, "owner", "/help");
        SentMessage inGroup = SentMessage.of(peer.awaitAction("send_group_msg", p -> true, WAIT));
        assertThat(inGroup.text()).as("not in a group, even for an admin").doesNotContain(OFFLINE_SINCE);
        assertThat(logs.containing("QQ account " + BOT + " is offline"))
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.level()).isEqualTo(Level.WARN);
                    assertThat(l.text()).contains("你的帐号在另一台设备登录");
                });

        peer.accountOnline(true);
        peer.sendHeartbeat();
        assertThat(privateHelp(ADMIN)).contains("ChmlFrp").doesNotContain(OFFLINE_SINCE);
        assertThat(logs.containing("QQ account " + BOT + " is online again")).hasSize(1);
    }

    @Test
    void aHeartbeatSayingOfflineIsLoggedOnceAndABotOnlineNoticeEndsIt() throws Exception {
        connected();
        peer.accountOnline(false);
        peer.sendHeartbeat();
        peer.sendHeartbeat();
        peer.sendHeartbeat();

        assertThat(privateHelp(ADMIN))
                .containsPattern("QQ 机器人账号 10000 自 \\d\\d:\\d\\d 起离线\\n")
                .doesNotContain("起离线（");
        assertThat(logs.containing("QQ account " + BOT + " is offline"))
                .as("once per change, not per heartbeat")
                .singleElement()
                .extracting(LogLines.Line::level)
                .isEqualTo(Level.WARN);

        peer.botOnline("Reconnect");
        assertThat(privateHelp(ADMIN)).doesNotContain(OFFLINE_SINCE);
    }
}
