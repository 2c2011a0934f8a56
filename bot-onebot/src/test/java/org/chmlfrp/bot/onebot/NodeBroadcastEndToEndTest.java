package org.chmlfrp.bot.onebot;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.chmlfrp.bot.core.BotSettings;
import org.chmlfrp.bot.core.broadcast.BroadcastScheduler;
import org.chmlfrp.bot.core.broadcast.BroadcastSettings;
import org.chmlfrp.bot.core.broadcast.BroadcastTicker;
import org.chmlfrp.bot.core.chat.BotLocale;
import org.chmlfrp.bot.core.chat.ChatAdapter;
import org.chmlfrp.bot.core.chat.Platform;
import org.chmlfrp.bot.core.command.BotAdmins;
import org.chmlfrp.bot.core.command.RateLimit;
import org.chmlfrp.bot.core.store.Subscription;
import org.chmlfrp.bot.core.store.SubscriptionKind;
import org.chmlfrp.bot.core.store.Subscriptions;
import org.chmlfrp.bot.onebot.testing.BroadcastDriver;
import org.chmlfrp.bot.onebot.testing.OneBotRig;
import org.chmlfrp.bot.onebot.testing.RealBot;
import org.chmlfrp.bot.testkit.VirtualClock;
import org.chmlfrp.bot.testkit.chmlfrp.FakeChmlFrpServer;
import org.chmlfrp.bot.testkit.onebot.FakeOneBot;
import org.chmlfrp.bot.testkit.onebot.RecordedAction;
import org.chmlfrp.bot.testkit.onebot.SentMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code subscribe nodes} end to end over real sockets: FakeOneBot (two QQ accounts, forward
 * connections) ⇄ the real bot (CoreModule + OneBotModule through Guice) ⇄ FakeChmlFrpServer.
 * The broadcast scheduler runs on a virtual clock, driven by hand; the production
 * {@link BroadcastTicker} is deliberately not started (only the OneBot adapter is).
 */
class NodeBroadcastEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final long BOT = 10000L;
    private static final long BOT2 = 20000L;
    private static final long ADMIN = 10001L;
    private static final long MEMBER = 10002L;
    private static final long GROUP = 5000L;
    private static final String LOUDI = "湖南娄底";
    private static final Duration POLL = Duration.ofSeconds(60);
    private static final OneBotOptions FAST = OneBotOptions.defaults()
            .withActionTimeout(Duration.ofSeconds(2))
            .withReconnect(Duration.ofMillis(100), Duration.ofSeconds(1))
            .withStaleCheckPeriod(Duration.ofMillis(100));

    @RegisterExtension
    final OneBotRig rig = new OneBotRig();

    private final String dbUrl = "jdbc:h2:mem:onebot-bcast-e2e-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private final VirtualClock clock = new VirtualClock(Instant.parse("2026-11-25T00:00:00Z"));
    private FakeChmlFrpServer api;
    private FakeOneBot first;
    private FakeOneBot second;
    private Bot bot;

    @BeforeEach
    void start() {
        api = rig.api();
        first = rig.peer(FakeOneBot.forward().selfId(BOT).heartbeatInterval(Duration.ofSeconds(5)));
        second = rig.peer(FakeOneBot.forward().selfId(BOT2).heartbeatInterval(Duration.ofSeconds(5)));
    }

    @Test
    void aGroupThatSubscribesSeesANodeGoDownAndComeBack() throws Exception {
        bot = new Bot();

        // a member may not subscribe: refused, nothing stored, nothing polled
        second.groupMessage(GROUP, MEMBER, "member", "/subscribe nodes");
        SentMessage refused = commandReply(second);
        assertThat(refused.text()).contains("只有群主、群管理员或机器人管理员可以这样做");
        assertThat(bot.subscriptions().forChat(Platform.ONEBOT, Long.toString(GROUP)))
                .isEmpty();
        bot.broadcasts.runDue();
        assertThat(api.requests("/node_stats")).as("no subscriber, no call").isEmpty();

        // an admin subscribes, through the second QQ account
        second.groupMessage(GROUP, ADMIN, "admin", "/subscribe nodes");
        SentMessage subscribed = commandReply(second);
        assertThat(subscribed.hasReply()).as("quotes the command").isTrue();
        assertThat(subscribed.text()).contains("已订阅节点状态播报").contains("本群当前订阅：节点状态播报");
        assertOneNodesSubscriptionThroughBot2();

        // a member cannot undo it either
        second.groupMessage(GROUP, MEMBER, "member", "/unsubscribe nodes");
        assertThat(commandReply(second).text()).contains("只有群主、群管理员或机器人管理员可以这样做");
        assertOneNodesSubscriptionThroughBot2();

        // the first poll (one interval after the empty round above) only learns
        bot.broadcasts.poll();
        assertThat(api.requests("/node_stats")).hasSize(1);
        assertNoGroupMessages();

        // 湖南娄底 goes down: one message, to the group, through the account it was subscribed through
        api.state().setNodeState(LOUDI, false);
        bot.broadcasts.poll();
        SentMessage down = broadcast();
        assertThat(down.text()).isEqualTo("【节点状态变化】\n湖南娄底：已离线");
        assertThat(down.hasReply()).isFalse();
        assertThat(down.hasAt()).isFalse();
        assertThat(down.wasCqString()).isFalse();

        // the same state again: nothing
        bot.broadcasts.poll();
        assertThat(api.requests("/node_stats")).hasSize(3);
        assertNoGroupMessages();

        // back online: one message
        api.state().setNodeState(LOUDI, true);
        bot.broadcasts.poll();
        assertThat(broadcast().text()).isEqualTo("【节点状态变化】\n湖南娄底：已恢复在线");

        // no change: nothing
        bot.broadcasts.poll();
        assertThat(api.requests("/node_stats")).hasSize(5);
        assertNoGroupMessages();

        // "restart": a new injector on the same database; the subscription is still there and delivers
        bot.real.close();
        bot = new Bot();
        assertOneNodesSubscriptionThroughBot2();
        bot.broadcasts.drain();
        assertThat(api.requests("/node_stats"))
                .as("the new core polls at once, going on from the stored states")
                .hasSize(6);
        assertNoGroupMessages();
        api.state().setNodeState(LOUDI, false);
        bot.broadcasts.poll();
        assertThat(broadcast().text()).isEqualTo("【节点状态变化】\n湖南娄底：已离线");
        bot.broadcasts.poll();
        assertNoGroupMessages();
    }

    /** The command's reply in the group, then forgets every recorded action. */
    private static SentMessage commandReply(FakeOneBot peer) {
        RecordedAction a =
                peer.awaitAction("send_group_msg", p -> p.path("group_id").asLong() == GROUP, WAIT);
        SentMessage m = SentMessage.of(a);
        assertThat(peer.actions("send_group_msg")).hasSize(1);
        peer.clearActions();
        return m;
    }

    /** Exactly one group message, sent through the second account only; then forgets it. */
    private SentMessage broadcast() {
        RecordedAction a =
                second.awaitAction("send_group_msg", p -> p.path("group_id").asLong() == GROUP, WAIT);
        // drain() returned with an empty outbox and every send answered: nothing more is on its way
        assertThat(second.actions("send_group_msg")).hasSize(1);
        assertThat(first.actions("send_group_msg"))
                .as("not through the other account")
                .isEmpty();
        second.clearActions();
        return SentMessage.of(a);
    }

    private void assertNoGroupMessages() {
        assertThat(bot.scheduler().pendingMessages()).isZero();
        assertThat(first.actions("send_group_msg")).isEmpty();
        assertThat(second.actions("send_group_msg")).isEmpty();
    }

    private void assertOneNodesSubscriptionThroughBot2() {
        List<Subscription> subs = bot.subscriptions().forChat(Platform.ONEBOT, Long.toString(GROUP));
        assertThat(subs).hasSize(1);
        assertThat(subs.get(0).kind()).isEqualTo(SubscriptionKind.NODES);
        assertThat(subs.get(0).botAccount()).isEqualTo(Long.toString(BOT2));
        assertThat(subs.get(0).createdBy()).isEqualTo(Long.toString(ADMIN));
        assertThat(subs.get(0).broken()).isFalse();
    }

    /** One bot process: the real core and OneBot wiring, the virtual clock, dialling both fakes. */
    private final class Bot {
        private final RealBot real;
        private final BroadcastDriver broadcasts;

        Bot() throws Exception {
            BroadcastSettings broadcast = new BroadcastSettings(
                    POLL, RateLimit.parse("2/s").orElseThrow(), LocalTime.of(9, 0), ZoneId.of("Asia/Shanghai"));
            BotSettings settings =
                    new BotSettings(BotLocale.ZH_CN, BotAdmins.none(), RateLimit.UNLIMITED, List.of("/", "#"));
            real = rig.bot(b -> b.bot(settings)
                    .broadcast(broadcast)
                    .clock(clock)
                    .database(dbUrl)
                    .options(FAST)
                    .forward(first)
                    .forward(second));
            Set<ChatAdapter> adapters = real.injector().getInstance(Key.get(new TypeLiteral<Set<ChatAdapter>>() {}));
            // only the OneBot adapter is started: the ticker stays stopped, the test drives the scheduler
            assertThat(adapters).extracting(ChatAdapter::name).contains(BroadcastTicker.NAME);
            real.awaitAccount(BOT).awaitAccount(BOT2);
            broadcasts = real.broadcasts();
        }

        Subscriptions subscriptions() {
            return real.injector().getInstance(Subscriptions.class);
        }

        BroadcastScheduler scheduler() {
            return broadcasts.scheduler();
        }
    }
}
