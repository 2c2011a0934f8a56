package org.chmlfrp.bot.onebot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.chmlfrp.bot.core.broadcast.BroadcastScheduler;
import org.chmlfrp.bot.testkit.VirtualClock;

/**
 * Drives the broadcast scheduler by hand on a virtual clock, in place of the production ticker:
 * each step returns only when what was due has run and its messages were answered.
 */
public final class BroadcastDriver {
    private final VirtualClock clock;
    private final Duration pollInterval;
    private final BroadcastScheduler scheduler;

    BroadcastDriver(VirtualClock clock, Duration pollInterval, BroadcastScheduler scheduler) {
        this.clock = clock;
        this.pollInterval = pollInterval;
        this.scheduler = scheduler;
    }

    public BroadcastScheduler scheduler() {
        return scheduler;
    }

    /** Runs what is due now. */
    public void runDue() {
        try {
            scheduler.runDue().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("runDue did not finish", e);
        }
    }

    /** One poll interval on, then what is due, then the outbox drained. */
    public void poll() {
        clock.advance(pollInterval);
        drain();
    }

    /** Runs what is due, then moves the clock in ticks until the outbox is empty. */
    public void drain() {
        runDue();
        for (int i = 0; i < 1000 && scheduler.pendingMessages() > 0; i++) {
            clock.advance(scheduler.tick());
            runDue();
        }
        assertThat(scheduler.pendingMessages()).as("the outbox drained").isZero();
    }
}
