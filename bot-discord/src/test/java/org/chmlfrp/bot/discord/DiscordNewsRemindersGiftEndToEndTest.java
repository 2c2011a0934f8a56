package org.chmlfrp.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chmlfrp.bot.discord.DiscordRig.ALICE;
import static org.chmlfrp.bot.discord.DiscordRig.BOB;
import static org.chmlfrp.bot.discord.DiscordRig.CHANNEL;
import static org.chmlfrp.bot.discord.DiscordRig.WAIT;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.Injector;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.chmlfrp.bot.core.BotSettings;
import org.chmlfrp.bot.core.broadcast.BroadcastScheduler;
import org.chmlfrp.bot.core.broadcast.BroadcastSettings;
import org.chmlfrp.bot.core.chat.BotLocale;
import org.chmlfrp.bot.core.chat.ChatIdentity;
import org.chmlfrp.bot.core.chat.Platform;
import org.chmlfrp.bot.core.command.BotAdmins;
import org.chmlfrp.bot.core.command.RateLimit;
import org.chmlfrp.bot.testkit.VirtualClock;
import org.chmlfrp.bot.testkit.chmlfrp.FakeChmlFrpServer;
import org.chmlfrp.bot.testkit.discord.FakeDiscord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code /subscribe kind:news}, {@code /signin remind} and {@code /gift redeem} end to end: FakeDiscord
 * (gateway and REST) ⇄ the real bot (CoreModule + DiscordModule through Guice) ⇄ FakeChmlFrpServer.
 * Broadcasts run on a virtual clock, driven by hand.
 */
class DiscordNewsRemindersGiftEndToEndTest {
    private static final String VIP_TOKEN = "ChmlFrpDemoToken227";
    private static final String FREE_TOKEN = "ChmlFrpFreeToken1001";
    private static final Duration POLL = Duration.ofSeconds(60);
    /** 08:00 in Shanghai; 20:00 there is 12:00 UTC. */
    private static final Instant MORNING = Instant.parse("2026-11-25T00:00:00Z");

    private static final Instant EIGHT_PM = Instant.parse("2026-11-25T12:00:00Z");

    private final VirtualClock clock = new VirtualClock(MORNING);

    @RegisterExtension
    final DiscordRig rig = new DiscordRig();

    private FakeChmlFrpServer chmlfrp;
    private FakeDiscord discord;
    private Injector injector;

    /** ALICE is a bot admin: she may subscribe the channel, and the news poll uses her link. */
    @BeforeEach
    void start() throws Exception {
        chmlfrp = rig.keep(FakeChmlFrpServer.builder().clock(clock).start());
        discord = rig.discord();
        injector = rig.start(bot -> CoreFixture.injector(
                chmlfrp.baseUrl(),
                new BotSettings(
                        BotLocale.ZH_CN,
                        new BotAdmins(Set.of(new ChatIdentity(Platform.DISCORD, Long.toUnsignedString(ALICE)))),
                        RateLimit.UNLIMITED,
                        List.of("/")),
                new BroadcastSettings(
                        POLL, RateLimit.parse("2/s").orElseThrow(), LocalTime.of(9, 0), ZoneId.of("Asia/Shanghai")),
                clock,
                bot));
    }

    @Test
    void aNewsChannelGetsANewAnnouncementOnceAfterTheLearningPoll() {
        bind(ALICE, VIP_TOKEN);
        JsonNode subscribed = rig.answer(ALICE, "zh-CN", "subscribe", null, Map.of("kind", "news"));
        assertThat(subscribed.toString()).contains("已订阅面板公告");

        drain();
        assertThat(chmlfrp.requests("/message/list")).as("the learning poll").hasSize(1);
        assertThat(discord.channelMessages(CHANNEL)).isEmpty();

        chmlfrp.state().publishAnnouncement("节点扩容", "新增 **三个** 节点。");
        poll();
        JsonNode post = discord.awaitChannelMessage(CHANNEL, WAIT).json();
        assertThat(post.toString())
                .contains("ChmlFrp 公告：节点扩容")
                .contains("新增 三个 节点。")
                .contains("https://panel.chmlfrp.cn")
                .doesNotContain("**");
        assertThat(post.get("allowed_mentions").get("parse")).isEmpty();

        poll();
        assertThat(chmlfrp.requests("/message/list")).hasSize(3);
        assertThat(discord.channelMessages(CHANNEL)).as("posted once").hasSize(1);
    }

    @Test
    void aReminderAtItsTimeArrivesAsADirectMessage() {
        bind(BOB, FREE_TOKEN);
        JsonNode on = rig.answer(BOB, "zh-CN", "signin", "remind", Map.of("state", "on", "time", "20:00"));
        assertThat(on.path("flags").asInt() & 64).as("answered ephemerally").isEqualTo(64);
        assertThat(on.toString()).contains("已开启签到提醒：每天 20:00");

        clock.advanceTo(EIGHT_PM.minusSeconds(1));
        drain();
        assertThat(chmlfrp.requests("/qiandao_info")).isEmpty();

        clock.advanceTo(EIGHT_PM);
        drain();
        assertThat(chmlfrp.requests("/qiandao_info")).hasSize(1);
        long dm = discord.dmChannelId(BOB).orElseThrow();
        JsonNode reminder = discord.awaitChannelMessage(dm, WAIT).json();
        assertThat(reminder.toString()).contains("签到提醒").contains("你今天还没有签到").contains("https://panel.chmlfrp.cn");

        clock.advanceTo(EIGHT_PM.plus(Duration.ofMinutes(30)));
        drain();
        assertThat(chmlfrp.requests("/qiandao_info")).hasSize(1);
        assertThat(discord.channelMessages(dm)).hasSize(1);
    }

    @Test
    void giftRedeemAnswersEphemerallyWithTheReward() {
        bind(BOB, FREE_TOKEN);
        JsonNode answer = rig.answer(BOB, "zh-CN", "gift", "redeem", Map.of("giftcode", "POINTS500-DEMO"));
        assertThat(answer.path("flags").asInt() & 64)
                .as("the code and the reward stay private")
                .isEqualTo(64);
        assertThat(answer.toString()).contains("兑换成功：500积分卡").contains("+500");
        assertThat(chmlfrp.requests("/giftcard/redeem"))
                .singleElement()
                .satisfies(r -> assertThat(
                                r.jsonBody().orElseThrow().path("giftcode").asText())
                        .isEqualTo("POINTS500-DEMO"));
        assertThat(discord.channelMessages(CHANNEL))
                .as("nothing public in the channel")
                .isEmpty();
    }

    private void bind(long user, String token) {
        assertThat(rig.bind(user, "zh-CN", token).toString()).contains("绑定成功");
    }

    private BroadcastScheduler scheduler() {
        return injector.getInstance(BroadcastScheduler.class);
    }

    private void poll() {
        clock.advance(POLL);
        drain();
    }

    /** Runs what is due, then moves the clock in ticks until the outbox is empty. */
    private void drain() {
        try {
            scheduler().runDue().get(10, TimeUnit.SECONDS);
            for (int i = 0; i < 1000 && scheduler().pendingMessages() > 0; i++) {
                clock.advance(scheduler().tick());
                scheduler().runDue().get(10, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new AssertionError("runDue did not finish", e);
        }
        assertThat(scheduler().pendingMessages()).as("the outbox drained").isZero();
    }
}
