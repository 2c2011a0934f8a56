package org.chmlfrp.bot.onebot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.chmlfrp.bot.core.BotSettings;
import org.chmlfrp.bot.core.broadcast.BroadcastSettings;
import org.chmlfrp.bot.core.chat.BotLocale;
import org.chmlfrp.bot.core.chat.ChatIdentity;
import org.chmlfrp.bot.core.chat.Platform;
import org.chmlfrp.bot.core.command.BotAdmins;
import org.chmlfrp.bot.core.command.RateLimit;
import org.chmlfrp.bot.onebot.testing.BroadcastDriver;
import org.chmlfrp.bot.onebot.testing.OneBotRig;
import org.chmlfrp.bot.testkit.VirtualClock;
import org.chmlfrp.bot.testkit.chmlfrp.FakeChmlFrpServer;
import org.chmlfrp.bot.testkit.onebot.FakeOneBot;
import org.chmlfrp.bot.testkit.onebot.RecordedAction;
import org.chmlfrp.bot.testkit.onebot.SentMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code subscribe news}, {@code signin remind} and {@code gift redeem} end to end over real
 * sockets: FakeOneBot ⇄ the real bot (CoreModule + OneBotModule through Guice) ⇄
 * FakeChmlFrpServer. Broadcasts run on a virtual clock, driven by hand (the ticker is not started).
 */
class NewsRemindersGiftEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final long BOT = 10000L;
    /** A bot admin ({@code bot.admins}): the news poll reads /message/list with their link. */
    private static final long ADMIN = 10001L;

    private static final long MEMBER = 10002L;
    private static final long GROUP = 5000L;
    private static final String VIP_TOKEN = "ChmlFrpDemoToken227";
    private static final String FREE_TOKEN = "ChmlFrpFreeToken1001";
    private static final Duration POLL = Duration.ofSeconds(60);
    /** 08:00 in Shanghai; 20:00 there is 12:00 UTC. */
    private static final Instant MORNING = Instant.parse("2026-11-25T00:00:00Z");

    private static final Instant EIGHT_PM = Instant.parse("2026-11-25T12:00:00Z");
    private static final OneBotOptions FAST = OneBotOptions.defaults()
            .withActionTimeout(Duration.ofSeconds(2))
            .withReconnect(Duration.ofMillis(100), Duration.ofSeconds(1))
            .withStaleCheckPeriod(Duration.ofMillis(100));

    @RegisterExtension
    final OneBotRig rig = new OneBotRig();

    private final VirtualClock clock = new VirtualClock(MORNING);
    private FakeChmlFrpServer api;
    private FakeOneBot peer;
    private BroadcastDriver broadcasts;

    @BeforeEach
    void start() throws Exception {
        api = rig.api(FakeChmlFrpServer.builder().clock(clock));
        peer = rig.peer(FakeOneBot.forward().selfId(BOT).heartbeatInterval(Duration.ofSeconds(5)));
        BroadcastSettings broadcast = new BroadcastSettings(
                POLL, RateLimit.parse("2/s").orElseThrow(), LocalTime.of(9, 0), ZoneId.of("Asia/Shanghai"));
        BotSettings bot = new BotSettings(
                BotLocale.ZH_CN,
                new BotAdmins(Set.of(new ChatIdentity(Platform.ONEBOT, Long.toString(ADMIN)))),
                RateLimit.UNLIMITED,
                List.of("/"));
        broadcasts = rig.bot(b -> b.bot(bot)
                        .broadcast(broadcast)
                        .clock(clock)
                        .options(FAST)
                        .forward(peer))
                .awaitAccount(BOT)
                .broadcasts();
    }

    @Test
    void aNewsGroupGetsANewAnnouncementOnceAfterTheLearningPoll() {
        bind(ADMIN, VIP_TOKEN);
        peer.groupMessage(GROUP, MEMBER, "admin", "/subscribe news");
        assertThat(groupMessage().text()).contains("已订阅面板公告").contains("本群当前订阅：面板公告");

        broadcasts.drain();
        assertThat(api.requests("/message/list")).as("the learning poll").hasSize(1);
        assertThat(peer.actions("send_group_msg")).isEmpty();

        api.state().publishAnnouncement("节点扩容", "新增 **三个** 节点。");
        broadcasts.poll();
        SentMessage post = groupMessage();
        assertThat(post.text()).isEqualTo("【ChmlFrp 公告：节点扩容】\n新增 三个 节点。\n全文见面板：https://panel.chmlfrp.cn");
        assertThat(post.hasAt()).isFalse();
        assertThat(post.wasCqString()).isFalse();

        broadcasts.poll();
        assertThat(api.requests("/message/list")).hasSize(3);
        assertThat(peer.actions("send_group_msg")).as("posted once").isEmpty();
    }

    @Test
    void aReminderAtItsTimeGoesOnlyToWhoHasNotSignedIn() {
        bind(ADMIN, VIP_TOKEN);
        bind(MEMBER, FREE_TOKEN);
        peer.privateMessage(ADMIN, "/signin remind on 20:00");
        assertThat(privateMessage(ADMIN).text()).contains("已开启签到提醒：每天 20:00");
        peer.privateMessage(MEMBER, "/签到提醒 on");
        assertThat(privateMessage(MEMBER).text()).contains("已开启签到提醒：每天 20:00");
        // signed in at 19:00 in Shanghai (the fake runs on the same virtual clock, in UTC)
        api.state()
                .updateUser(
                        1001,
                        u -> u.toBuilder()
                                .lastSignIn(LocalDateTime.of(2026, 11, 25, 11, 0))
                                .build());

        clock.advanceTo(EIGHT_PM.minusSeconds(1));
        broadcasts.drain();
        assertThat(api.requests("/qiandao_info")).isEmpty();

        clock.advanceTo(EIGHT_PM);
        broadcasts.drain();
        SentMessage reminder = privateMessage(ADMIN);
        assertThat(reminder.text()).startsWith("【签到提醒】\n你今天还没有签到。").contains("https://panel.chmlfrp.cn");
        assertThat(api.requests("/qiandao_info"))
                .as("one call per reminded user")
                .hasSize(2);
        assertThat(peer.actions("send_private_msg"))
                .as("nothing to who signed in")
                .isEmpty();

        clock.advance(Duration.ofMinutes(30));
        broadcasts.drain();
        assertThat(api.requests("/qiandao_info")).hasSize(2);
        assertThat(peer.actions("send_private_msg")).isEmpty();
    }

    @Test
    void aGiftCodeRedeemsInPrivateAndIsRecalledInAGroup() {
        bind(MEMBER, FREE_TOKEN);
        peer.privateMessage(MEMBER, "/gift redeem POINTS500-DEMO");
        SentMessage redeemed = privateMessage(MEMBER);
        assertThat(redeemed.text()).contains("兑换成功：500积分卡").contains("+500");
        assertThat(api.requests("/giftcard/redeem")).hasSize(1);

        long id = peer.groupMessage(GROUP, MEMBER, "member", "/兑换 VIP30-DEMO-2026");
        RecordedAction delete =
                peer.awaitAction("delete_msg", p -> p.path("message_id").asLong() == id, WAIT);
        RecordedAction said =
                peer.awaitAction("send_group_msg", p -> p.path("group_id").asLong() == GROUP, WAIT);
        assertThat(delete.at()).as("recalled before the warning").isBeforeOrEqualTo(said.at());
        SentMessage warning = SentMessage.of(said);
        assertThat(warning.text()).contains("兑换码不能发在群里").doesNotContain("VIP30-DEMO-2026");
        assertThat(api.requests("/giftcard/redeem"))
                .as("the code in the group was not used")
                .hasSize(1);
        assertThat(api.state().giftCardUsed("VIP30-DEMO-2026")).isFalse();
    }

    private void bind(long qq, String token) {
        peer.privateMessage(qq, "/bind " + token);
        assertThat(privateMessage(qq).text()).contains("绑定成功");
    }

    private SentMessage privateMessage(long userId) {
        RecordedAction a =
                peer.awaitAction("send_private_msg", p -> p.path("user_id").asLong() == userId, WAIT);
        assertThat(peer.actions("send_private_msg")).hasSize(1);
        peer.clearActions();
        return SentMessage.of(a);
    }

    private SentMessage groupMessage() {
        RecordedAction a =
                peer.awaitAction("send_group_msg", p -> p.path("group_id").asLong() == GROUP, WAIT);
        assertThat(peer.actions("send_group_msg")).hasSize(1);
        peer.clearActions();
        return SentMessage.of(a);
    }
}
