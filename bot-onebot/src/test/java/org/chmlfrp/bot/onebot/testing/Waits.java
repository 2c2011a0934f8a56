package org.chmlfrp.bot.onebot.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polling with a deadline. */
public final class Waits {
    private Waits() {}

    public static void until(String what, BooleanSupplier condition, Duration timeout) {
        if (!reached(condition, timeout)) {
            throw new AssertionError("timed out waiting for: " + what);
        }
    }

    /** True as soon as {@code condition} holds, false once {@code timeout} passed without it. */
    public static boolean reached(BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            sleep(10);
        }
        return true;
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
