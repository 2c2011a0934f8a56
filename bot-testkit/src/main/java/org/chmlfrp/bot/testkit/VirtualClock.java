package org.chmlfrp.bot.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand, for every module's tests. UTC; never moves on its own. */
public final class VirtualClock extends Clock {
    private volatile Instant now;

    public VirtualClock(Instant start) {
        this.now = start;
    }

    public void advance(Duration d) {
        now = now.plus(d);
    }

    /** Sets the clock to {@code when}, back or forth. */
    public void set(Instant when) {
        now = when;
    }

    /** Moves the clock to {@code when} (never back). */
    public void advanceTo(Instant when) {
        if (when.isAfter(now)) {
            now = when;
        }
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
