package org.chmlfrp.bot.testkit.discord;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Poll-with-deadline for state that offers no callback (JDA's own fields). */
final class Eventually {

    private Eventually() {}

    static void until(BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + timeout);
            }
            LockSupport.parkNanos(5_000_000L);
        }
    }
}
