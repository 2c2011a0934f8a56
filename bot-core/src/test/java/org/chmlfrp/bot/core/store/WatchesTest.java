package org.chmlfrp.bot.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chmlfrp.bot.core.store.TestStores.T0;
import static org.chmlfrp.bot.core.store.TestStores.discord;
import static org.chmlfrp.bot.core.store.TestStores.qq;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WatchesTest extends OnEveryStore {

    private Watches watches;

    @BeforeEach
    void open() {
        watches = new Watches(database);
    }

    @Test
    void startsOnceAndFinds() {
        Watch watch = Watch.of(qq("10001"), "3330001", T0);
        assertThat(watches.find(qq("10001"))).isEmpty();
        assertThat(watches.start(watch)).isTrue();
        assertThat(watches.start(Watch.of(qq("10001"), "3330002", T0.plusSeconds(1))))
                .isFalse();
        assertThat(watches.find(qq("10001"))).contains(watch);
        assertThat(watches.active()).containsExactly(watch);
    }

    @Test
    void stopRemovesTheWatch() {
        watches.start(Watch.of(discord("900"), null, T0));
        assertThat(watches.stop(discord("900"))).isTrue();
        assertThat(watches.stop(discord("900"))).isFalse();
        assertThat(watches.find(discord("900"))).isEmpty();
        assertThat(watches.active()).isEmpty();
    }

    @Test
    void markStoppedKeepsTheReasonAndLeavesTheActiveList() {
        Watch alice = Watch.of(qq("10001"), "3330001", T0);
        Watch bob = Watch.of(qq("10002"), "3330001", T0);
        watches.start(alice);
        watches.start(bob);
        watches.markStopped(qq("10001"), "account link removed");

        assertThat(watches.find(qq("10001"))).hasValueSatisfying(w -> {
            assertThat(w.active()).isFalse();
            assertThat(w.stoppedReason()).isEqualTo("account link removed");
        });
        assertThat(watches.active()).containsExactly(bob);

        watches.markStopped(qq("10002"), "x".repeat(300));
        assertThat(watches.find(qq("10002")).orElseThrow().stoppedReason()).hasSize(Watches.MAX_REASON_CHARS);
        watches.markStopped(qq("nobody"), "no watch: no error");
    }

    @Test
    void startingAStoppedWatchRestartsIt() {
        watches.start(Watch.of(qq("10001"), "3330001", T0));
        watches.markStopped(qq("10001"), "private messages blocked");
        Watch again = Watch.of(qq("10001"), "3330002", T0.plusSeconds(3600));
        assertThat(watches.start(again)).isTrue();
        assertThat(watches.find(qq("10001"))).contains(again);
        assertThat(watches.active()).containsExactly(again);
    }
}
