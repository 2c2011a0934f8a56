package org.chmlfrp.bot.core.broadcast;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.chmlfrp.bot.core.chat.ChatAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The production clockwork of broadcasts: one daemon thread calls
 * {@link BroadcastScheduler#runDue()} every {@link BroadcastScheduler#tick()}. Bound as the
 * {@link ChatAdapter} named {@code broadcast} so the launcher starts and stops it with the chat
 * adapters; it takes no messages.
 */
@Singleton
public final class BroadcastTicker implements ChatAdapter {
    public static final String NAME = "broadcast";
    private static final Logger log = LoggerFactory.getLogger(BroadcastTicker.class);

    private final BroadcastScheduler scheduler;
    private ScheduledExecutorService executor;

    @Inject
    public BroadcastTicker(BroadcastScheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean takesMessages() {
        return false;
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "broadcast");
            t.setDaemon(true);
            return t;
        });
        long period = scheduler.tick().toMillis();
        executor.scheduleWithFixedDelay(this::tick, period, period, TimeUnit.MILLISECONDS);
        log.info("broadcasts started (tick {} ms)", period);
    }

    private void tick() {
        try {
            scheduler.runDue();
        } catch (RuntimeException e) {
            // a throwing task would cancel every later tick
            log.warn("broadcast tick failed", e);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor == null) {
            return;
        }
        // no interrupt while a tick may be in the store (H2 closes its file on an interrupt)
        executor.shutdown();
        try {
            if (!executor.awaitTermination(2, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        executor = null;
        scheduler.stepDown();
        int pending;
        try {
            pending = scheduler.pendingMessages();
        } catch (RuntimeException e) {
            pending = 0; // the store is gone: nothing to count
        }
        if (pending > 0) {
            log.info("broadcasts stopped with {} messages not sent yet; they stay queued in the store", pending);
        } else {
            log.info("broadcasts stopped");
        }
    }
}
