package org.chmlfrp.bot.core.broadcast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.chmlfrp.bot.core.chat.ChatIdentity;
import org.chmlfrp.bot.core.chat.ChatPlace;
import org.chmlfrp.bot.core.chat.Platform;
import org.chmlfrp.bot.core.chat.Role;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.core.store.SigninReminder;
import org.chmlfrp.bot.core.store.SigninReminders;
import org.junit.jupiter.api.Test;

/** {@code signin remind on}: a private reminder at the user's time when /qiandao_info says not signed in, on a virtual clock. */
class SigninReminderTest {
    /** 08:00 in Shanghai; 20:00 there is 12:00 UTC. */
    private static final Instant MORNING = Instant.parse("2026-11-25T00:00:00Z");

    private static final Instant EIGHT_PM = Instant.parse("2026-11-25T12:00:00Z");
    private static final ChatIdentity QQ_10001 = new ChatIdentity(Platform.ONEBOT, "10001");

    private static BroadcastRig rigWithReminder() {
        BroadcastRig rig = BroadcastRig.start(MORNING);
        rig.link("10001", 227, BroadcastRig.VIP_TOKEN);
        assertThat(rig.privately("10001", "/signin remind on").plainText())
                .isEqualTo("已开启签到提醒：每天 20:00（Asia/Shanghai）如果你今天还没签到，会私聊提醒你。");
        return rig;
    }

    private static void at(BroadcastRig rig, Instant when) {
        rig.clock().advance(Duration.between(rig.clock().instant(), when));
        rig.runDue();
        rig.drain();
    }

    @Test
    void atTheTimeAUserWhoHasNotSignedInIsRemindedOncePrivately() {
        try (BroadcastRig rig = rigWithReminder()) {
            at(rig, EIGHT_PM.minusSeconds(1));
            assertThat(rig.fake().requests("/qiandao_info"))
                    .as("not before 20:00")
                    .isEmpty();

            at(rig, EIGHT_PM);
            assertThat(rig.fake().requests("/qiandao_info")).hasSize(1);
            assertThat(rig.fake().requests("/qiandao_info").get(0).token()).contains(BroadcastRig.VIP_TOKEN);
            assertThat(rig.sink().attempts()).hasSize(1);
            RecordingSink.Sent sent = rig.sink().attempts().get(0);
            assertThat(sent.place()).isEqualTo(new ChatPlace.Private(Platform.ONEBOT, "10001", BroadcastRig.BOT));
            assertThat(sent.text())
                    .startsWith("签到提醒\n你今天还没有签到。")
                    .contains("https://panel.chmlfrp.cn")
                    .contains("/signin remind off")
                    .doesNotContain(BroadcastRig.VIP_TOKEN);

            for (int minute = 1; minute <= 120; minute++) {
                at(rig, EIGHT_PM.plus(Duration.ofMinutes(minute)));
            }
            assertThat(rig.fake().requests("/qiandao_info"))
                    .as("one call a day")
                    .hasSize(1);
            assertThat(rig.sink().attempts()).hasSize(1);

            at(rig, EIGHT_PM.plus(Duration.ofDays(1)));
            assertThat(rig.fake().requests("/qiandao_info"))
                    .as("the next day again")
                    .hasSize(2);
            assertThat(rig.sink().attempts()).hasSize(2);
        }
    }

    @Test
    void aUserWhoSignedInTodayIsNotReminded() {
        try (BroadcastRig rig = rigWithReminder()) {
            // signed in at 19:00 in Shanghai (the fake runs on the same virtual clock, in UTC)
            rig.fake()
                    .state()
                    .updateUser(
                            227,
                            u -> u.toBuilder()
                                    .lastSignIn(LocalDateTime.of(2026, 11, 25, 11, 0))
                                    .build());
            at(rig, EIGHT_PM);
            assertThat(rig.fake().requests("/qiandao_info")).hasSize(1);
            assertThat(rig.sink().attempts()).isEmpty();
        }
    }

    @Test
    void aRestartAfterTheCallDoesNotCallAgainThatDay() {
        try (BroadcastRig rig = rigWithReminder()) {
            at(rig, EIGHT_PM);
            assertThat(rig.fake().requests("/qiandao_info")).hasSize(1);
            try (BroadcastRig again = rig.restart()) {
                at(again, EIGHT_PM.plusSeconds(30));
                at(again, EIGHT_PM.plus(Duration.ofMinutes(5)));
                assertThat(again.fake().requests("/qiandao_info")).hasSize(1);
                assertThat(again.sink().attempts()).isEmpty();
            }
        }
    }

    @Test
    void aDayTheBotWasDownIsSkippedWithoutACall() {
        try (BroadcastRig rig = rigWithReminder()) {
            at(rig, EIGHT_PM.plus(Duration.ofHours(13)));
            assertThat(rig.fake().requests("/qiandao_info"))
                    .as("yesterday's 20:00 is past")
                    .isEmpty();
            assertThat(rig.injector()
                            .getInstance(SigninReminders.class)
                            .find(QQ_10001)
                            .orElseThrow()
                            .nextDueAt())
                    .isEqualTo(EIGHT_PM.plus(Duration.ofDays(1)));
            at(rig, EIGHT_PM.plus(Duration.ofDays(1)));
            assertThat(rig.fake().requests("/qiandao_info")).hasSize(1);
        }
    }

    @Test
    void anInvalidTokenStopsTheReminderAndTellsTheUserOnce() {
        try (BroadcastRig rig = rigWithReminder()) {
            rig.fake().state().updateUser(227, u -> u.withToken("ChmlFrpNewToken227"));
            at(rig, EIGHT_PM);
            assertThat(rig.sink().attempts()).hasSize(1);
            assertThat(rig.sink().attempts().get(0).text())
                    .contains("令牌已失效")
                    .contains("/bind")
                    .contains("/signin remind on");
            SigninReminder r = rig.injector()
                    .getInstance(SigninReminders.class)
                    .find(QQ_10001)
                    .orElseThrow();
            assertThat(r.stoppedReason()).isEqualTo(WatchStops.INVALID_TOKEN);

            at(rig, EIGHT_PM.plus(Duration.ofDays(1)));
            assertThat(rig.fake().requests("/qiandao_info"))
                    .as("no call with the dead token")
                    .hasSize(1);
            assertThat(rig.sink().attempts()).as("told once").hasSize(1);
            assertThat(rig.privately("10001", "/signin remind").plainText()).contains("因令牌失效已自动停止");
        }
    }

    @Test
    void manyRemindersAtOneTimeAreSpreadOverTicks() {
        try (BroadcastRig rig = BroadcastRig.start(MORNING)) {
            for (int i = 0; i < 12; i++) {
                String qq = Integer.toString(20000 + i);
                rig.link(qq, 227, BroadcastRig.VIP_TOKEN);
                rig.privately(qq, "/签到提醒 on 20:00");
            }
            rig.clock().advance(Duration.between(MORNING, EIGHT_PM));
            List<Integer> perTick = new ArrayList<>();
            for (int tick = 0; tick < 5; tick++) {
                int before = rig.fake().requests("/qiandao_info").size();
                rig.runDue();
                rig.runDue();
                perTick.add(rig.fake().requests("/qiandao_info").size() - before);
                rig.clock().advance(SigninReminderJob.SPACING);
            }
            assertThat(perTick).containsExactly(5, 5, 2, 0, 0);
        }
    }

    @Test
    void offTimesAndScope() {
        try (BroadcastRig rig = rigWithReminder()) {
            assertThat(rig.privately("10001", "/signin remind").plainText()).startsWith("签到提醒：已开启，每天 20:00。");
            assertThat(rig.privately("10001", "/signin remind on 7:30").plainText())
                    .contains("每天 07:30");
            Reply bad = rig.privately("10001", "/signin remind on 25:00");
            assertThat(bad.error()).isTrue();
            assertThat(bad.plainText()).contains("时:分");
            assertThat(rig.inGroup("10001", "/signin remind on", Role.MEMBER).plainText())
                    .contains("私聊");
            assertThat(rig.privately("10001", "/signin remind off").plainText()).isEqualTo("已关闭签到提醒。");
            assertThat(rig.privately("10001", "/signin remind off").plainText()).isEqualTo("签到提醒本来就是关闭的。");
            at(rig, EIGHT_PM);
            assertThat(rig.fake().requests("/qiandao_info")).isEmpty();
            assertThat(rig.privately("10001", "/signin").plainText()).contains("还没签到");
        }
    }
}
