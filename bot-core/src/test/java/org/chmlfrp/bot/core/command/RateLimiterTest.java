package org.chmlfrp.bot.core.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chmlfrp.bot.core.command.RateLimiter.Decision.ALLOW;
import static org.chmlfrp.bot.core.command.RateLimiter.Decision.NOTIFY;
import static org.chmlfrp.bot.core.command.RateLimiter.Decision.SILENT;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.chmlfrp.bot.core.chat.ChatIdentity;
import org.chmlfrp.bot.core.chat.Platform;
import org.chmlfrp.bot.testkit.VirtualClock;
import org.junit.jupiter.api.Test;

/** The per-user sliding window, on a clock the test moves. */
class RateLimiterTest {
    private final VirtualClock clock = new VirtualClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final ChatIdentity alice = new ChatIdentity(Platform.ONEBOT, "1001");
    private final ChatIdentity bob = new ChatIdentity(Platform.ONEBOT, "1002");

    private static RateLimit limit(String text) {
        return RateLimit.parse(text).orElseThrow();
    }

    private List<RateLimiter.Decision> send(RateLimiter limiter, ChatIdentity who, int times) {
        List<RateLimiter.Decision> out = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            out.add(limiter.check(who));
        }
        return out;
    }

    @Test
    void overTheLimitOneNoticeThenSilence() {
        RateLimiter limiter = new RateLimiter(limit("3/min"), clock);
        assertThat(send(limiter, alice, 6)).containsExactly(ALLOW, ALLOW, ALLOW, NOTIFY, SILENT, SILENT);
        assertThat(limiter.check(bob))
                .as("another user has a window of their own")
                .isEqualTo(ALLOW);
    }

    @Test
    void theWindowSlidesOneSlotAtATime() {
        RateLimiter limiter = new RateLimiter(limit("3/min"), clock);
        limiter.check(alice); // t = 0
        clock.advance(Duration.ofSeconds(20));
        limiter.check(alice); // t = 20
        clock.advance(Duration.ofSeconds(20));
        limiter.check(alice); // t = 40
        assertThat(limiter.check(alice)).isEqualTo(NOTIFY);

        clock.advance(Duration.ofSeconds(19)); // t = 59: the first is still inside
        assertThat(limiter.check(alice)).isEqualTo(SILENT);
        clock.advance(Duration.ofSeconds(1)); // t = 60: the first slid out, one slot
        assertThat(send(limiter, alice, 3)).containsExactly(ALLOW, NOTIFY, SILENT);
        clock.advance(Duration.ofSeconds(20)); // t = 80: the second slid out, one more
        assertThat(send(limiter, alice, 2))
                .as("a freed slot means a new notice next time")
                .containsExactly(ALLOW, NOTIFY);
    }

    @Test
    void refusedMessagesDoNotKeepTheWindowShut() {
        RateLimiter limiter = new RateLimiter(limit("2/min"), clock);
        send(limiter, alice, 2);
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofSeconds(5));
            limiter.check(alice);
        }
        clock.advance(Duration.ofSeconds(10)); // a minute after the two allowed ones
        assertThat(limiter.check(alice)).isEqualTo(ALLOW);
    }

    @Test
    void aLargeLimitCountsEveryHit() {
        RateLimiter limiter = new RateLimiter(limit("100/h"), clock);
        List<RateLimiter.Decision> first = send(limiter, alice, 101);
        assertThat(first.subList(0, 100)).containsOnly(ALLOW);
        assertThat(first.get(100)).isEqualTo(NOTIFY);
        clock.advance(Duration.ofMinutes(59));
        assertThat(limiter.check(alice)).isEqualTo(SILENT);
        clock.advance(Duration.ofMinutes(1));
        assertThat(send(limiter, alice, 101).subList(0, 100)).containsOnly(ALLOW);
    }

    @Test
    void unlimitedAllowsEverythingAndKeepsNothing() {
        RateLimiter limiter = new RateLimiter(RateLimit.UNLIMITED, clock);
        assertThat(send(limiter, alice, 1000)).containsOnly(ALLOW);
        assertThat(limiter.tracked()).isZero();
    }

    @Test
    void aHundredThousandUsersAreForgottenOneWindowAfterTheirLastMessage() {
        RateLimiter limiter = new RateLimiter(limit("10/min"), clock);
        for (int i = 0; i < 100_000; i++) {
            assertThat(limiter.check(new ChatIdentity(Platform.ONEBOT, "u" + i)))
                    .isEqualTo(ALLOW);
            if (i % 1000 == 999) {
                clock.advance(Duration.ofSeconds(1));
            }
        }
        // 100 s of traffic: only the users of the last minute still have a window.
        assertThat(limiter.tracked()).isBetween(59_000L, 61_000L);

        send(limiter, alice, 11);
        clock.advance(Duration.ofSeconds(61));
        assertThat(limiter.tracked())
                .as("everyone idle for a window is forgotten")
                .isZero();
        assertThat(limiter.check(alice)).as("and starts afresh").isEqualTo(ALLOW);
    }
}
