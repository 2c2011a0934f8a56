package org.chmlfrp.bot.core.feature.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.chmlfrp.bot.core.broadcast.WatchStops;
import org.chmlfrp.bot.core.chat.ChatIdentity;
import org.chmlfrp.bot.core.chat.Platform;
import org.chmlfrp.bot.core.command.CommandSpec;
import org.chmlfrp.bot.core.command.Scope;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.core.store.Database;
import org.chmlfrp.bot.core.store.Watch;
import org.chmlfrp.bot.core.store.Watches;
import org.chmlfrp.bot.core.testing.BotHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code watch [on|off]} through the dispatcher, against the fake, on a real store. */
class WatchCommandTest {
    private static final ChatIdentity USER = new ChatIdentity(Platform.ONEBOT, "10001");

    private Database db;
    private Watches watches;
    private BotHarness h;

    @BeforeEach
    void start() {
        db = Database.open("jdbc:h2:mem:watch-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        watches = new Watches(db);
        h = BotHarness.start(harness -> List.of(new WatchCommand(
                harness.api(),
                watches,
                new SubscriptionStatus(null, watches),
                SubscriptionCommandsTest.SETTINGS,
                harness.clock())));
    }

    @AfterEach
    void stop() {
        h.close();
        db.close();
    }

    @Test
    void declaration() {
        CommandSpec spec = new WatchCommand(null, null, null, SubscriptionCommandsTest.SETTINGS, null)
                .commands()
                .get(0);
        assertThat(spec.usage()).isEqualTo("watch [state]");
        assertThat(spec.aliases()).containsExactly("监控");
        assertThat(spec.scope()).isEqualTo(Scope.PRIVATE_ONLY);
        assertThat(spec.needsAccount()).isTrue();
        assertThat(spec.ephemeral()).isTrue();
    }

    @Test
    void onChecksTheTokenStartsTheWatchAndCountsTheTunnels() {
        h.link("10001", BotHarness.VIP_TOKEN);
        Reply r = h.privately("10001", "/watch on");
        assertThat(r.error()).isFalse();
        assertThat(r.plainText()).isEqualTo("已开启隧道监控：隧道离线或恢复在线时会私聊通知你（约每 60 秒检查一次）。\n" + "当前共 4 条隧道，其中 3 条在线。");
        assertThat(h.fake().requests("/tunnel"))
                .singleElement()
                .satisfies(call -> assertThat(call.token()).contains(BotHarness.VIP_TOKEN));
        Watch w = watches.find(USER).orElseThrow();
        assertThat(w.active()).isTrue();
        assertThat(w.botAccount()).isEqualTo(BotHarness.BOT_ACCOUNT);

        assertThat(h.privately("10001", "/监控 on").plainText()).startsWith("隧道监控已经是开启状态");
        assertThat(h.privately("10001", "/watch").plainText()).startsWith("隧道监控：已开启。");
    }

    @Test
    void aUserWithoutTunnelsIsToldNewOnesAreWatched() {
        h.link("10002", BotHarness.FREE_TOKEN);
        assertThat(h.privately("10002", "/watch on").plainText()).contains("你现在还没有隧道");
        assertThat(watches.find(new ChatIdentity(Platform.ONEBOT, "10002"))).isPresent();
    }

    @Test
    void offEndsTheWatch() {
        h.link("10001", BotHarness.VIP_TOKEN);
        h.privately("10001", "/watch on");
        assertThat(h.privately("10001", "/watch off").plainText()).isEqualTo("已关闭隧道监控，不会再发送隧道状态通知。");
        assertThat(watches.find(USER)).isEmpty();
        assertThat(h.privately("10001", "/watch off").plainText()).isEqualTo("隧道监控本来就是关闭的。");
        assertThat(h.privately("10001", "/watch").plainText())
                .startsWith("隧道监控：未开启。")
                .contains("/watch on");
    }

    @Test
    void aDeadTokenGetsTheApisMessageAndNoWatch() {
        h.accounts().link(USER, new org.chmlfrp.bot.core.command.LinkedAccount(227, "boring_student", "NotAToken"));
        Reply r = h.privately("10001", "/watch on");
        assertThat(r.error()).isTrue();
        assertThat(r.plainText()).contains("无效的Token");
        assertThat(watches.find(USER)).isEmpty();
    }

    @Test
    void aWatchTheBotStoppedSaysWhyAndCanBeTurnedOnAgain() {
        h.link("10001", BotHarness.VIP_TOKEN);
        h.privately("10001", "/watch on");
        watches.markStopped(USER, WatchStops.INVALID_TOKEN);
        assertThat(h.privately("10001", "/watch").plainText()).startsWith("隧道监控：因令牌失效已自动停止。");
        assertThat(h.privately("10001", "/watch on").plainText()).startsWith("已开启隧道监控");
        assertThat(watches.find(USER).orElseThrow().active()).isTrue();
    }

    @Test
    void needsAnAccountAndAPrivateChat() {
        Reply unlinked = h.privately("10001", "/watch on");
        assertThat(unlinked.error()).isTrue();
        assertThat(unlinked.plainText()).contains("/bind");
        h.link("10001", BotHarness.VIP_TOKEN);
        Reply inGroup = h.inGroup("10001", "/watch on");
        assertThat(inGroup.error()).isTrue();
        assertThat(inGroup.plainText()).contains("只能在私聊中使用");
        assertThat(watches.find(USER)).isEmpty();
        assertThat(h.fake().requests("/tunnel")).isEmpty();
    }

    @Test
    void badStateGetsTheUsage() {
        h.link("10001", BotHarness.VIP_TOKEN);
        Reply r = h.privately("10001", "/watch maybe");
        assertThat(r.error()).isTrue();
        assertThat(r.plainText()).contains("“maybe”").contains("/watch [state]");
        assertThat(watches.find(USER)).isEmpty();
        Reply named = h.privately("10001", "/watch state=maybe");
        assertThat(named.error()).isTrue();
        assertThat(named.plainText()).contains("maybe").contains("on | off");
    }

    @Test
    void inEnglish() {
        h.english();
        h.link("10001", BotHarness.VIP_TOKEN);
        assertThat(h.privately("10001", "/watch on").plainText())
                .isEqualTo(
                        "Tunnel watch is on: you get a private message"
                                + " when a tunnel goes offline or comes back online (checked about every 60 s).\nYou have 4 tunnels; 3 are online.");
    }
}
