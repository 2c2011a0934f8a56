package org.chmlfrp.bot.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chmlfrp.bot.core.store.TestStores.T0;
import static org.chmlfrp.bot.core.store.TestStores.qq;

import java.time.Clock;
import java.time.ZoneOffset;
import org.chmlfrp.bot.core.chat.Platform;
import org.junit.jupiter.api.Test;

/**
 * The migration and every repository statement under H2's PostgreSQL mode: not PostgreSQL
 * itself, but it catches H2-only syntax creeping in.
 */
class PostgresModeTest {

    @Test
    void migrationAndRepositoriesRunInPostgresMode() {
        try (Database database = Database.open(TestStores.postgresModeUrl())) {
            AccountLinks links = new AccountLinks(database, TokenCipher.ephemeral());
            AccountLink link = new AccountLink(qq("10001"), new UserToken("token-alice"), 42, "alice", T0);
            links.save(link);
            links.save(link);
            assertThat(links.find(qq("10001"))).contains(link);
            assertThat(links.all()).containsExactly(link);
            assertThat(links.count()).isEqualTo(1);
            assertThat(links.remove(qq("10001"))).isTrue();

            Subscriptions subscriptions = new Subscriptions(database);
            Subscription s = Subscription.of(Platform.ONEBOT, "5550001", SubscriptionKind.DAILY, null, "10001", T0);
            assertThat(subscriptions.add(s)).isTrue();
            assertThat(subscriptions.add(s)).isFalse();
            subscriptions.markBroken(Platform.ONEBOT, "5550001", T0);
            assertThat(subscriptions.byKind(SubscriptionKind.DAILY)).allMatch(Subscription::broken);
            subscriptions.markWorking(Platform.ONEBOT, "5550001");
            assertThat(subscriptions.forChat(Platform.ONEBOT, "5550001")).containsExactly(s);
            assertThat(subscriptions.remove(Platform.ONEBOT, "5550001", SubscriptionKind.DAILY))
                    .isTrue();

            Watches watches = new Watches(database);
            assertThat(watches.start(Watch.of(qq("10001"), null, T0))).isTrue();
            watches.markStopped(qq("10001"), "test");
            assertThat(watches.active()).isEmpty();
            assertThat(watches.start(Watch.of(qq("10001"), null, T0))).isTrue();
            assertThat(watches.find(qq("10001"))).isPresent();
            assertThat(watches.stop(qq("10001"))).isTrue();

            Subscription news = Subscription.of(Platform.ONEBOT, "5550001", SubscriptionKind.NEWS, null, "10001", T0);
            assertThat(subscriptions.add(news)).isTrue();
            assertThat(subscriptions.byKind(SubscriptionKind.NEWS)).containsExactly(news);

            SigninReminders reminders = new SigninReminders(database);
            reminders.save(new SigninReminder(qq("10001"), null, java.time.LocalTime.of(20, 0), null, T0, T0, null));
            assertThat(reminders.due(T0, 5)).hasSize(1);
            assertThat(reminders.claim(qq("10001"), T0, T0.plusSeconds(86_400), java.time.LocalDate.of(2026, 1, 1)))
                    .isTrue();
            reminders.markStopped(qq("10001"), "test");
            assertThat(reminders.due(T0.plusSeconds(86_400), 5)).isEmpty();
            assertThat(reminders.remove(qq("10001"))).isTrue();

            BroadcastState state = new BroadcastState(database, Clock.fixed(T0, ZoneOffset.UTC));
            state.put("k", "v1");
            state.put("k", "v2");
            assertThat(state.get("k")).contains("v2");
        }
    }
}
