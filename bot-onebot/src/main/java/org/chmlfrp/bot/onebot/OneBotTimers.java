package org.chmlfrp.bot.onebot;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;

/** The adapter's timer threads (daemon): send pacing, redials, heartbeat checks. Shut down with the adapter. */
public final class OneBotTimers implements AutoCloseable {
    private final ScheduledThreadPoolExecutor executor;

    public OneBotTimers() {
        AtomicInteger n = new AtomicInteger();
        executor = new ScheduledThreadPoolExecutor(2, r -> {
            Thread t = new Thread(r, "onebot-timer-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
    }

    public ScheduledExecutorService scheduler() {
        return executor;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
