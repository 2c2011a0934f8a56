package org.chmlfrp.bot.core.chmlfrp;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.chmlfrp.bot.core.support.Failures;

/**
 * Times every ChmlFrp API call as {@code chmlbot.chmlfrp.calls}, tagged with the {@link Endpoint}
 * and how it ended: {@code error="none"}, an {@link ApiErrorKind} in lower case, or
 * {@code "other"}. Both tags come from closed sets; no query, body or token is ever a label.
 */
final class ApiMetrics {
    static final String TIMER = "chmlbot.chmlfrp.calls";

    private final MeterRegistry registry;

    ApiMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Records the call when {@code call} completes; returns it unchanged. */
    <T> CompletableFuture<T> observe(Endpoint endpoint, CompletableFuture<T> call) {
        long started = System.nanoTime();
        call.whenComplete((ok, failure) -> Timer.builder(TIMER)
                .description("ChmlFrp API calls by endpoint and error kind")
                .tag("endpoint", endpoint.name().toLowerCase(Locale.ROOT))
                .tag("error", errorOf(failure))
                .register(registry)
                .record(System.nanoTime() - started, TimeUnit.NANOSECONDS));
        return call;
    }

    private static String errorOf(Throwable failure) {
        if (failure == null) {
            return "none";
        }
        return Failures.unwrap(failure) instanceof ApiException e
                ? e.kind().name().toLowerCase(Locale.ROOT)
                : "other";
    }
}
