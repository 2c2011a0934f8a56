package org.chmlfrp.bot.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chmlfrp.bot.core.store.TestStores.T0;
import static org.chmlfrp.bot.core.store.TestStores.qq;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sign-in reminder store: due reminders by the indexed due time, the day's claim, stop and restart. */
class SigninRemindersTest {
    private Database database;
    private SigninReminders reminders;

    @BeforeEach
    void open() {
        database = Database.open("jdbc:h2:mem:reminders-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        reminders = new SigninReminders(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static SigninReminder at(String user, int minutesAfterT0) {
        return new SigninReminder(
                qq(user), "9999", LocalTime.of(20, 0), null, T0.plus(Duration.ofMinutes(minutesAfterT0)), T0, null);
    }

    @Test
    void dueReadsOnlyWhatIsDueEarliestFirstAndAtMostTheLimit() {
        reminders.save(at("3", 3));
        reminders.save(at("1", 1));
        reminders.save(at("2", 2));
        reminders.save(at("9", 60));
        assertThat(reminders.due(T0.plus(Duration.ofMinutes(2)), 10))
                .extracting(r -> r.identity().userId())
                .containsExactly("1", "2");
        assertThat(reminders.due(T0.plus(Duration.ofMinutes(5)), 2))
                .extracting(r -> r.identity().userId())
                .containsExactly("1", "2");
        reminders.markStopped(qq("1"), "invalid token");
        assertThat(reminders.due(T0.plus(Duration.ofMinutes(5)), 10))
                .extracting(r -> r.identity().userId())
                .containsExactly("2", "3");
    }

    @Test
    void aClaimTakesTheTurnOnceAndRecordsTheDay() {
        reminders.save(at("1", 0));
        LocalDate day = LocalDate.of(2026, 11, 25);
        assertThat(reminders.claim(qq("1"), T0, T0.plus(Duration.ofDays(1)), day))
                .isTrue();
        assertThat(reminders.claim(qq("1"), T0, T0.plus(Duration.ofDays(1)), day))
                .as("taken already")
                .isFalse();
        SigninReminder r = reminders.find(qq("1")).orElseThrow();
        assertThat(r.lastCheckedDate()).isEqualTo(day);
        assertThat(r.nextDueAt()).isEqualTo(T0.plus(Duration.ofDays(1)));
        assertThat(reminders.claim(qq("1"), T0.plus(Duration.ofDays(1)), T0.plus(Duration.ofDays(2)), null))
                .isTrue();
        assertThat(reminders.find(qq("1")).orElseThrow().lastCheckedDate())
                .as("a skipped day keeps the date")
                .isEqualTo(day);
    }

    @Test
    void savingAgainChangesTheTimeAndRestartsAStoppedReminder() {
        reminders.save(at("1", 0));
        reminders.markStopped(qq("1"), "invalid token");
        assertThat(reminders.find(qq("1")).orElseThrow().active()).isFalse();
        reminders.save(new SigninReminder(qq("1"), "9999", LocalTime.of(7, 30), null, T0.plusSeconds(60), T0, null));
        SigninReminder r = reminders.find(qq("1")).orElseThrow();
        assertThat(r.active()).isTrue();
        assertThat(r.time()).isEqualTo(LocalTime.of(7, 30));
        assertThat(reminders.remove(qq("1"))).isTrue();
        assertThat(reminders.find(qq("1"))).isEmpty();
    }

    @Test
    void nextAtIsTheNextLocalTimeStrictlyAfter() {
        java.time.ZoneId shanghai = java.time.ZoneId.of("Asia/Shanghai");
        java.time.Instant eightPm = java.time.Instant.parse("2026-11-25T12:00:00Z");
        assertThat(SigninReminder.nextAt(LocalTime.of(20, 0), shanghai, eightPm.minusSeconds(1)))
                .isEqualTo(eightPm);
        assertThat(SigninReminder.nextAt(LocalTime.of(20, 0), shanghai, eightPm))
                .isEqualTo(eightPm.plus(Duration.ofDays(1)));
    }
}
