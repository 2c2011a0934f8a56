package org.chmlfrp.bot.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chmlfrp.bot.core.store.TestStores.T0;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LeaderLeasesTest extends OnEveryStore {
    private static final Duration TTL = Duration.ofSeconds(10);

    private LeaderLeases leases;

    @BeforeEach
    void open() {
        leases = new LeaderLeases(database);
    }

    @Test
    void theFirstTakesItOthersWaitUntilItEnds() {
        assertThat(leases.tryHold("broadcast", "a", T0, TTL)).isTrue();
        assertThat(leases.tryHold("broadcast", "b", T0.plusSeconds(1), TTL)).isFalse();
        assertThat(leases.tryHold("broadcast", "a", T0.plusSeconds(5), TTL))
                .as("renewed")
                .isTrue();
        assertThat(leases.tryHold("broadcast", "b", T0.plusSeconds(14), TTL))
                .as("the renewal counts")
                .isFalse();
        assertThat(leases.holder("broadcast", T0.plusSeconds(14))).contains("a");

        assertThat(leases.tryHold("broadcast", "b", T0.plusSeconds(15), TTL))
                .as("ended: taken over")
                .isTrue();
        assertThat(leases.tryHold("broadcast", "a", T0.plusSeconds(16), TTL)).isFalse();
        assertThat(leases.holder("broadcast", T0.plusSeconds(16))).contains("b");
    }

    @Test
    void aReleasedLeaseIsFreeAtOnce() {
        assertThat(leases.tryHold("broadcast", "a", T0, TTL)).isTrue();
        leases.release("broadcast", "b");
        assertThat(leases.holder("broadcast", T0))
                .as("only the holder releases")
                .contains("a");
        leases.release("broadcast", "a");
        assertThat(leases.holder("broadcast", T0)).isEmpty();
        assertThat(leases.tryHold("broadcast", "b", T0, TTL)).isTrue();
    }

    @Test
    void ofManyRacingForAFreeLeaseExactlyOneWins() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Boolean>> racers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String holder = "i" + i;
            racers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return leases.tryHold("broadcast", holder, T0, TTL);
            }));
        }
        go.countDown();
        long winners = 0;
        for (CompletableFuture<Boolean> r : racers) {
            winners += r.get() ? 1 : 0;
        }
        assertThat(winners).isEqualTo(1);
    }
}
