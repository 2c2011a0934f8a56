package org.chmlfrp.bot.onebot.send;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.chmlfrp.bot.core.command.RateLimit;

/**
 * The pace of one connection's sends ({@code onebot.send-rate}), shared by every chat's queue:
 * a Bucket4j token bucket of {@code count} tokens refilled evenly over the window, so a burst
 * of up to {@code count} goes at once and the rest follow one every {@code window / count}.
 */
public final class SendRateWindow {
    private final Bucket bucket;

    public SendRateWindow(RateLimit limit) {
        this.bucket = limit.unlimited()
                ? null
                : Bucket.builder()
                        .addLimit(l -> l.capacity(limit.count()).refillGreedy(limit.count(), limit.window()))
                        .build();
    }

    /** Takes a slot now when one is free (0); else the nanoseconds until one will be. */
    long acquire() {
        if (bucket == null) {
            return 0;
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : Math.max(1, probe.getNanosToWaitForRefill());
    }
}
