package org.chmlfrp.bot.core.broadcast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.chmlfrp.bot.core.chat.ChatIdentity;
import org.chmlfrp.bot.core.chat.ChatPlace;
import org.chmlfrp.bot.core.chat.Platform;
import org.chmlfrp.bot.core.chat.Role;
import org.chmlfrp.bot.core.command.BotAdmins;
import org.chmlfrp.bot.core.store.SubscriptionKind;
import org.junit.jupiter.api.Test;

/** {@code subscribe news}: one {@code /message/list} per poll, each new announcement posted once, on a virtual clock. */
class NewsBroadcastTest {
    private static final Instant T0 = Instant.parse("2026-11-25T00:00:00Z");
    private static final String ADMIN = "10009";
    private static final BotAdmins ADMINS =
            new BotAdmins(Set.of(new ChatIdentity(Platform.ONEBOT, ADMIN), new ChatIdentity(Platform.ONEBOT, "10008")));

    private static BroadcastRig withLinkedAdmin() {
        BroadcastRig rig = BroadcastRig.start(T0, ADMINS);
        rig.link(ADMIN, 227, BroadcastRig.VIP_TOKEN);
        return rig;
    }

    @Test
    void aNewAnnouncementIsPostedOnceToEveryNewsGroupAfterTheLearningPoll() {
        try (BroadcastRig rig = withLinkedAdmin()) {
            assertThat(rig.inGroup("10001", "/subscribe news", Role.GROUP_ADMIN).plainText())
                    .contains("已订阅面板公告")
                    .contains("本群当前订阅：面板公告")
                    .doesNotContain("机器人管理员");
            rig.subscribe("5001", SubscriptionKind.NEWS, BroadcastRig.BOT);
            rig.subscribe("5002", SubscriptionKind.NEWS, BroadcastRig.BOT);
            rig.subscribe("5003", SubscriptionKind.NODES, BroadcastRig.BOT);

            rig.runDue();
            rig.drain();
            assertThat(rig.fake().requests("/message/list"))
                    .as("one call, whatever the subscribers")
                    .hasSize(1);
            assertThat(rig.fake().requests("/message/list").get(0).token()).contains(BroadcastRig.VIP_TOKEN);
            assertThat(rig.sink().attempts()).as("the first poll learns").isEmpty();

            rig.fake()
                    .state()
                    .publishAnnouncement("API 迁移通知", "## 迁移\n**12 月 1 日**起，请使用 [新地址](https://example.com/new)。");
            rig.poll();
            rig.drain();
            assertThat(rig.fake().requests("/message/list")).hasSize(2);
            assertThat(rig.sink().attempts()).hasSize(3);
            assertThat(rig.sink().attempts())
                    .extracting(s -> s.place().id())
                    .containsExactlyInAnyOrder(BroadcastRig.GROUP, "5001", "5002");
            RecordingSink.Sent post = rig.sink().attempts().get(0);
            assertThat(post.place()).isInstanceOf(ChatPlace.Group.class);
            assertThat(post.text())
                    .isEqualTo("ChmlFrp 公告：API 迁移通知\n迁移 12 月 1 日起，请使用 新地址。\n" + "全文见面板：https://panel.chmlfrp.cn");

            rig.poll();
            rig.drain();
            assertThat(rig.sink().attempts()).as("posted once").hasSize(3);
            assertThat(rig.fake().requests("/message/list"))
                    .as("one call per poll")
                    .hasSize(3);
        }
    }

    @Test
    void severalAnnouncementsBetweenTwoPollsArePostedOldestFirst() {
        try (BroadcastRig rig = withLinkedAdmin()) {
            rig.subscribe(BroadcastRig.GROUP, SubscriptionKind.NEWS, BroadcastRig.BOT);
            rig.runDue();
            rig.fake().state().publishAnnouncement("第一条", "一");
            rig.clock().advance(Duration.ofSeconds(5));
            rig.fake().state().publishAnnouncement("第二条", "二");
            rig.poll();
            rig.drain();
            assertThat(rig.sink().attempts())
                    .extracting(RecordingSink.Sent::text)
                    .satisfiesExactly(
                            t -> assertThat(t).startsWith("ChmlFrp 公告：第一条"),
                            t -> assertThat(t).startsWith("ChmlFrp 公告：第二条"));
        }
    }

    @Test
    void withoutSubscribersNothingIsCalled() {
        try (BroadcastRig rig = withLinkedAdmin()) {
            rig.subscribe(BroadcastRig.GROUP, SubscriptionKind.NODES, BroadcastRig.BOT);
            rig.runDue();
            rig.poll();
            assertThat(rig.fake().requests("/message/list")).isEmpty();
        }
    }

    @Test
    void withoutALinkedBotAdminTheSubscriptionIsKeptButNothingIsCalled() {
        try (BroadcastRig rig = BroadcastRig.start(T0, ADMINS)) {
            assertThat(rig.inGroup("10001", "/subscribe news", Role.GROUP_ADMIN).plainText())
                    .contains("已订阅面板公告")
                    .contains("还没有机器人管理员绑定账号")
                    .contains("/bind");
            assertThat(rig.subscriptions().byKind(SubscriptionKind.NEWS)).hasSize(1);
            rig.runDue();
            rig.poll();
            assertThat(rig.fake().requests("/message/list")).isEmpty();

            // the second admin (in the stable order) binds: polling starts, learning first
            rig.link("10008", 227, BroadcastRig.VIP_TOKEN);
            rig.poll();
            assertThat(rig.fake().requests("/message/list")).hasSize(1);
            rig.fake().state().publishAnnouncement("新公告", "正文");
            rig.poll();
            rig.drain();
            assertThat(rig.sink().attempts()).hasSize(1);
        }
    }

    @Test
    void aRestartSoonAfterPostsWhatCameMeanwhileAndRepeatsNothing() {
        try (BroadcastRig rig = withLinkedAdmin()) {
            rig.subscribe(BroadcastRig.GROUP, SubscriptionKind.NEWS, BroadcastRig.BOT);
            rig.runDue();
            rig.fake().state().publishAnnouncement("停机前", "一");
            rig.poll();
            rig.drain();
            assertThat(rig.sink().attempts()).hasSize(1);

            rig.clock().advance(Duration.ofMinutes(10));
            rig.fake().state().publishAnnouncement("停机期间", "二");
            try (BroadcastRig again = rig.restart()) {
                again.runDue();
                again.drain();
                assertThat(again.sink().attempts())
                        .extracting(RecordingSink.Sent::text)
                        .singleElement()
                        .satisfies(t -> assertThat(t).startsWith("ChmlFrp 公告：停机期间"));
                again.poll();
                again.drain();
                assertThat(again.sink().attempts()).hasSize(1);
            }
        }
    }

    @Test
    void aRestartLongAfterLearnsAfresh() {
        try (BroadcastRig rig = withLinkedAdmin()) {
            rig.subscribe(BroadcastRig.GROUP, SubscriptionKind.NEWS, BroadcastRig.BOT);
            rig.runDue();
            rig.clock().advance(NewsPoller.CATCH_UP.plusMinutes(1));
            rig.fake().state().publishAnnouncement("很久以前", "旧");
            try (BroadcastRig again = rig.restart()) {
                again.runDue();
                again.drain();
                assertThat(again.sink().attempts()).isEmpty();
                again.fake().state().publishAnnouncement("现在", "新");
                again.poll();
                again.drain();
                assertThat(again.sink().attempts())
                        .extracting(RecordingSink.Sent::text)
                        .singleElement()
                        .satisfies(t -> assertThat(t).startsWith("ChmlFrp 公告：现在"));
            }
        }
    }

    @Test
    void anApiFailureSkipsTheRoundAndLosesNothing() {
        try (BroadcastRig rig = withLinkedAdmin()) {
            rig.subscribe(BroadcastRig.GROUP, SubscriptionKind.NEWS, BroadcastRig.BOT);
            rig.runDue();
            rig.fake().faults().delay("/message/list", BroadcastRig.TIMEOUT.multipliedBy(3));
            rig.fake().state().publishAnnouncement("新公告", "正文");
            rig.poll();
            rig.drain();
            assertThat(rig.sink().attempts()).isEmpty();
            rig.fake().faults().clearAll();
            rig.poll();
            rig.drain();
            assertThat(rig.sink().attempts()).hasSize(1);
        }
    }

    @Test
    void unsubscribeNewsStopsThePosts() {
        try (BroadcastRig rig = withLinkedAdmin()) {
            rig.inGroup("10001", "/subscribe news", Role.GROUP_ADMIN);
            rig.runDue();
            assertThat(rig.inGroup("10001", "/取消订阅 news", Role.GROUP_ADMIN).plainText())
                    .contains("已取消面板公告");
            rig.fake().state().publishAnnouncement("新公告", "正文");
            rig.poll();
            rig.drain();
            assertThat(rig.sink().attempts()).isEmpty();
        }
    }
}
