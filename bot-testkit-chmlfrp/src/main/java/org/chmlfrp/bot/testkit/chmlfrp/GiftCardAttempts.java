package org.chmlfrp.bot.testkit.chmlfrp;

import java.time.Duration;
import java.time.Instant;

/** One user's gift card attempts: counts, failures in a row, and a block after too many. Guarded by the state's lock. */
final class GiftCardAttempts {
    static final int MAX_FAILURES = 5;
    static final int BAN_MINUTES = 30;

    private int recent;
    private int total;
    private int consecutiveFailures;
    private Instant blockedUntil = Instant.MIN;

    boolean blocked(Instant now) {
        return now.isBefore(blockedUntil);
    }

    Instant blockedUntil() {
        return blockedUntil;
    }

    void failed(Instant now) {
        count();
        consecutiveFailures++;
        if (consecutiveFailures >= MAX_FAILURES) {
            block(now, Duration.ofMinutes(BAN_MINUTES));
        }
    }

    void succeeded(Instant now) {
        count();
        consecutiveFailures = 0;
    }

    void block(Instant now, Duration howLong) {
        blockedUntil = now.plus(howLong);
    }

    int recent() {
        return recent;
    }

    int total() {
        return total;
    }

    int consecutiveFailures() {
        return consecutiveFailures;
    }

    private void count() {
        recent++;
        total++;
    }
}
