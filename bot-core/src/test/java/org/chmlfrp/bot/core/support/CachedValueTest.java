package org.chmlfrp.bot.core.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.chmlfrp.bot.testkit.VirtualClock;
import org.junit.jupiter.api.Test;

/** TTL, one fetch for many callers, the last good value on failure, invalidation. */
class CachedValueTest {
    private static final Duration TTL = Duration.ofSeconds(30);

    private final VirtualClock clock = new VirtualClock(Instant.parse("2026-01-01T00:00:00Z"));
    /** Every fetch started, each completed by the test. */
    private final List<CompletableFuture<String>> fetches = new ArrayList<>();

    private final CachedValue<String> value = new CachedValue<>(
            () -> {
                CompletableFuture<String> f = new CompletableFuture<>();
                fetches.add(f);
                return f;
            },
            TTL,
            clock);

    private static String now(CompletableFuture<String> f) throws Exception {
        return f.get(5, TimeUnit.SECONDS);
    }

    @Test
    void callersDuringAFetchShareIt() throws Exception {
        List<CompletableFuture<String>> callers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            callers.add(value.get());
        }
        assertThat(fetches).hasSize(1);
        assertThat(callers).noneMatch(CompletableFuture::isDone);
        fetches.get(0).complete("nodes v1");
        for (CompletableFuture<String> c : callers) {
            assertThat(now(c)).isEqualTo("nodes v1");
        }
    }

    @Test
    void theValueIsKeptForItsTtlThenFetchedAgain() throws Exception {
        CompletableFuture<String> first = value.get();
        fetches.get(0).complete("v1");
        assertThat(now(first)).isEqualTo("v1");

        clock.advance(TTL.minusSeconds(1));
        assertThat(now(value.get())).isEqualTo("v1");
        assertThat(fetches).hasSize(1);

        clock.advance(Duration.ofSeconds(1));
        CompletableFuture<String> refreshed = value.get();
        assertThat(fetches).hasSize(2);
        fetches.get(1).complete("v2");
        assertThat(now(refreshed)).isEqualTo("v2");
    }

    @Test
    void aFailedFetchFallsBackToTheLastGoodValueAndIsNotKept() throws Exception {
        CompletableFuture<String> first = value.get();
        fetches.get(0).complete("v1");
        now(first);
        clock.advance(TTL);

        CompletableFuture<String> during = value.get();
        fetches.get(1).completeExceptionally(new IllegalStateException("upstream 502"));
        assertThat(now(during)).isEqualTo("v1");

        CompletableFuture<String> retry = value.get();
        assertThat(fetches)
                .as("the failure is not cached: the next caller fetches again")
                .hasSize(3);
        fetches.get(2).complete("v3");
        assertThat(now(retry)).isEqualTo("v3");
    }

    @Test
    void aFailureWithNothingToFallBackOnReachesTheCaller() {
        CompletableFuture<String> first = value.get();
        IllegalStateException cause = new IllegalStateException("upstream down");
        fetches.get(0).completeExceptionally(cause);
        assertThatThrownBy(() -> now(first))
                .isInstanceOf(ExecutionException.class)
                .hasCause(cause);
        assertThat(value.peek()).isEmpty();
    }

    @Test
    void aFetchThatThrowsIsAFailureToo() {
        CachedValue<String> throwing = new CachedValue<>(
                () -> {
                    throw new IllegalStateException("no client yet");
                },
                TTL,
                clock);
        assertThatThrownBy(() -> now(throwing.get())).hasRootCauseMessage("no client yet");
    }

    @Test
    void peekShowsTheLastGoodValueWithoutFetching() throws Exception {
        assertThat(value.peek()).isEmpty();
        assertThat(fetches).isEmpty();
        CompletableFuture<String> first = value.get();
        fetches.get(0).complete("v1");
        now(first);
        clock.advance(TTL.multipliedBy(10));
        assertThat(value.peek()).contains("v1");
        assertThat(fetches).hasSize(1);
    }

    @Test
    void invalidateMakesTheNextCallerFetch() throws Exception {
        CompletableFuture<String> first = value.get();
        fetches.get(0).complete("v1");
        now(first);

        value.invalidate();
        assertThat(value.peek()).as("still there for autocomplete").contains("v1");
        CompletableFuture<String> next = value.get();
        assertThat(fetches).hasSize(2);
        fetches.get(1).complete("v2");
        assertThat(now(next)).isEqualTo("v2");
    }
}
