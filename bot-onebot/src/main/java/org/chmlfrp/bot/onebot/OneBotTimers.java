package org.chmlfrp.bot.onebot;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;

/** The adapter's timer threads (daemon): send pacing, redials, heartbeat checks. Shut down with the adapter. */
@Singleton
public final class OneBotTimers implements AutoCloseable {
    private final ScheduledThreadPoolExecutor executor;

    @Inject
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
