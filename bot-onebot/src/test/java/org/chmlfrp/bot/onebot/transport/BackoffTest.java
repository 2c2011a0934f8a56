package org.chmlfrp.bot.onebot.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {
    @Test
    void doublesUpToTheCapWithJitterBelowTheBase() {
        Backoff b = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), 0.2, new Random(1));
        long[] bases = {1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000};
        for (long base : bases) {
            long d = b.next().toMillis();
            assertThat(d).isBetween(Math.round(base * 0.8), base);
        }
    }

    @Test
    void resetStartsOver() {
        Backoff b = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), 0.0, new Random(1));
        b.next();
        b.next();
        b.next();
        b.reset();
        assertThat(b.next()).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void jitterSpreadsDelays() {
        Backoff b = new Backoff(Duration.ofSeconds(10), Duration.ofSeconds(10), 0.2, new Random(1));
        java.util.Set<Duration> seen = new java.util.HashSet<>();
        for (int i = 0; i < 10; i++) {
            seen.add(b.next());
        }
        assertThat(seen.size()).isGreaterThan(5);
    }
}
