package org.chmlfrp.bot.core.feature.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.chmlfrp.bot.core.BotSettings;
import org.chmlfrp.bot.core.broadcast.AdminCredential;
import org.chmlfrp.bot.core.broadcast.BroadcastSettings;
import org.chmlfrp.bot.core.chat.Platform;
import org.chmlfrp.bot.core.chat.Role;
import org.chmlfrp.bot.core.command.CommandSpec;
import org.chmlfrp.bot.core.command.RateLimit;
import org.chmlfrp.bot.core.command.Scope;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.core.store.Database;
import org.chmlfrp.bot.core.store.Subscription;
import org.chmlfrp.bot.core.store.SubscriptionKind;
import org.chmlfrp.bot.core.store.Subscriptions;
import org.chmlfrp.bot.core.testing.BotHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code subscribe [nodes|daily]} and {@code unsubscribe <nodes|daily>} through the dispatcher, on a real store. */
class SubscriptionCommandsTest {
    static final BroadcastSettings SETTINGS = new BroadcastSettings(
            Duration.ofSeconds(60),
            RateLimit.parse("2/s").orElseThrow(),
            LocalTime.of(9, 0),
            ZoneId.of("Asia/Shanghai"));

    private Database db;
    private Subscriptions subscriptions;
    private BotHarness h;

    @BeforeEach
    void start() {
        db = Database.open("jdbc:h2:mem:subscribe-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        subscriptions = new Subscriptions(db);
        h = BotHarness.start(harness -> List.of(new SubscriptionCommands(
                subscriptions,
                new SubscriptionStatus(subscriptions, null),
                SETTINGS,
                harness.clock(),
                new AdminCredential(BotSettings.defaults(), harness.accounts()))));
    }

    @AfterEach
    void stop() {
        h.close();
        db.close();
    }

    private List<Subscription> stored() {
        return subscriptions.forChat(Platform.ONEBOT, BotHarness.GROUP_ID);
    }

    @Test
    void declarations() {
        List<CommandSpec> specs = new SubscriptionCommands(null, null, SETTINGS, null, null).commands();
        assertThat(specs).extracting(CommandSpec::usage).containsExactly("subscribe [kind]", "unsubscribe <kind>");
        assertThat(specs).extracting(CommandSpec::scope).containsOnly(Scope.GROUP_ONLY);
        assertThat(specs).extracting(CommandSpec::permission).containsOnly(Role.GROUP_ADMIN);
        assertThat(specs.get(0).aliases()).containsExactly("订阅");
        assertThat(specs.get(1).aliases()).containsExactly("取消订阅");
    }

    @Test
    void aMemberIsRefusedAndNothingChanges() {
        Reply r = h.inGroup("10001", "/subscribe nodes");
        assertThat(r.error()).isTrue();
        assertThat(r.plainText()).contains("只有群主、群管理员或机器人管理员可以这样做");
        assertThat(stored()).isEmpty();

        subscriptions.add(Subscription.of(
                Platform.ONEBOT,
                BotHarness.GROUP_ID,
                SubscriptionKind.NODES,
                "9999",
                "1",
                h.clock().instant()));
        assertThat(h.inGroup("10001", "/取消订阅 nodes").error()).isTrue();
        assertThat(stored()).hasSize(1);
    }

    @Test
    void aGroupAdminSubscribesThroughThisBotAccount() {
        Reply r = h.inGroup("10001", "/subscribe nodes", Role.GROUP_ADMIN);
        assertThat(r.error()).isFalse();
        assertThat(r.plainText()).isEqualTo("已订阅节点状态播报：有节点离线或恢复在线时，会在本群通知。\n本群当前订阅：节点状态播报。");
        assertThat(stored()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(SubscriptionKind.NODES);
            assertThat(s.botAccount()).isEqualTo(BotHarness.BOT_ACCOUNT);
            assertThat(s.createdBy()).isEqualTo("10001");
            assertThat(s.createdAt()).isEqualTo(h.clock().instant());
            assertThat(s.broken()).isFalse();
        });

        Reply daily = h.inGroup("10001", "/订阅 daily", Role.GROUP_ADMIN);
        assertThat(daily.plainText()).contains("每天 09:00（Asia/Shanghai）").contains("本群当前订阅：每日简报、节点状态播报。");
        assertThat(stored()).hasSize(2);
    }

    @Test
    void aBotAdminMaySubscribeToo() {
        assertThat(h.inGroup("10009", "/subscribe daily", Role.BOT_ADMIN).error())
                .isFalse();
        assertThat(stored()).extracting(Subscription::kind).containsExactly(SubscriptionKind.DAILY);
    }

    @Test
    void subscribingTwiceSaysSoAndReenablesABrokenPlace() {
        h.inGroup("10001", "/subscribe nodes", Role.GROUP_ADMIN);
        subscriptions.markBroken(Platform.ONEBOT, BotHarness.GROUP_ID, h.clock().instant());
        Reply again = h.inGroup("10001", "/subscribe NODES", Role.GROUP_ADMIN);
        assertThat(again.plainText()).startsWith("本群已经订阅了节点状态播报。");
        assertThat(stored())
                .singleElement()
                .satisfies(s -> assertThat(s.broken()).isFalse());
    }

    @Test
    void subscribeAloneShowsThisPlacesSubscriptions() {
        Reply none = h.inGroup("10001", "/subscribe", Role.GROUP_ADMIN);
        assertThat(none.plainText())
                .startsWith("本群当前没有订阅任何播报。")
                .contains("/subscribe nodes")
                .contains("/subscribe daily");
        h.inGroup("10001", "/subscribe daily", Role.GROUP_ADMIN);
        assertThat(h.inGroup("10001", "/subscribe", Role.GROUP_ADMIN).plainText())
                .startsWith("本群当前订阅：每日简报。");
        assertThat(stored()).hasSize(1);
    }

    @Test
    void unsubscribeRemovesOneKindAndSaysWhatIsLeft() {
        h.inGroup("10001", "/subscribe nodes", Role.GROUP_ADMIN);
        h.inGroup("10001", "/subscribe daily", Role.GROUP_ADMIN);
        Reply r = h.inGroup("10001", "/unsubscribe nodes", Role.GROUP_ADMIN);
        assertThat(r.plainText()).isEqualTo("已取消节点状态播报。\n本群当前订阅：每日简报。");
        assertThat(stored()).extracting(Subscription::kind).containsExactly(SubscriptionKind.DAILY);

        Reply again = h.inGroup("10001", "/unsubscribe nodes", Role.GROUP_ADMIN);
        assertThat(again.plainText()).startsWith("本群没有订阅节点状态播报，无需取消。");
        Reply last = h.inGroup("10001", "/取消订阅 daily", Role.GROUP_ADMIN);
        assertThat(last.plainText()).endsWith("本群当前没有订阅任何播报。");
        assertThat(stored()).isEmpty();
    }

    @Test
    void refusedInPrivate() {
        Reply r = h.privately("10001", "/subscribe nodes");
        assertThat(r.error()).isTrue();
        assertThat(r.plainText()).contains("只能在群里使用");
        assertThat(subscriptions.forChat(Platform.ONEBOT, "10001")).isEmpty();
    }

    @Test
    void badOrMissingKindGetsTheUsage() {
        Reply bad = h.inGroup("10001", "/subscribe tunnels", Role.GROUP_ADMIN);
        assertThat(bad.error()).isTrue();
        // an optional word that is not a kind is left over: the reply names it and shows the usage
        assertThat(bad.plainText()).contains("“tunnels”").contains("/subscribe [kind]");
        Reply badRequired = h.inGroup("10001", "/unsubscribe tunnels", Role.GROUP_ADMIN);
        assertThat(badRequired.error()).isTrue();
        assertThat(badRequired.plainText())
                .contains("tunnels")
                .contains("nodes | daily")
                .contains("/unsubscribe <kind>");
        Reply missing = h.inGroup("10001", "/unsubscribe", Role.GROUP_ADMIN);
        assertThat(missing.error()).isTrue();
        assertThat(missing.plainText()).contains("/unsubscribe <kind>");
        assertThat(stored()).isEmpty();
    }

    @Test
    void inEnglish() {
        h.english();
        Reply r = h.inGroup("10001", "/subscribe daily", Role.GROUP_ADMIN);
        assertThat(r.plainText())
                .isEqualTo(
                        "Subscribed to the daily summary: every day at 09:00 (Asia/Shanghai) this group"
                                + " gets a node overview and an uptime chart.\nThis group is subscribed to: the daily summary.");
    }
}
