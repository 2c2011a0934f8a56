package org.chmlfrp.bot.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A {@link ScheduledExecutorService} whose time moves only when the test says so: scheduled tasks
 * run on the test's thread, in order, when {@link #advance} passes their time; a fixed-rate task
 * runs once per period passed. Fixed-delay schedules are not supported.
 */
public final class ManualTimer extends AbstractExecutorService implements ScheduledExecutorService {
    private final List<Task<?>> tasks = new ArrayList<>();
    private long nowNanos;
    private boolean shutdown;

    /** Moves time on by {@code d}, running every task that falls due on the way. */
    public void advance(Duration d) {
        long until = nowNanos + d.toNanos();
        while (true) {
            Task<?> next;
            synchronized (this) {
                next = tasks.stream()
                        .filter(t -> t.atNanos <= until)
                        .min(Comparator.comparingLong(t -> t.atNanos))
                        .orElse(null);
                if (next == null) {
                    nowNanos = until;
                    return;
                }
                tasks.remove(next);
                nowNanos = Math.max(nowNanos, next.atNanos);
            }
            next.run();
        }
    }

    /** Tasks scheduled and neither run nor cancelled. */
    public synchronized long pending() {
        return tasks.stream().filter(t -> !t.isCancelled()).count();
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return schedule(Executors.callable(command), delay, unit);
    }

    @Override
    public synchronized <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        return add(new Task<>(callable, nowNanos + unit.toNanos(Math.max(0, delay)), 0));
    }

    @Override
    public synchronized ScheduledFuture<?> scheduleAtFixedRate(
            Runnable command, long initialDelay, long period, TimeUnit unit) {
        if (period <= 0) {
            throw new IllegalArgumentException("period must be positive");
        }
        return add(new Task<>(
                Executors.callable(command), nowNanos + unit.toNanos(Math.max(0, initialDelay)), unit.toNanos(period)));
    }

    private synchronized <V> Task<V> add(Task<V> task) {
        tasks.add(task);
        return task;
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException("no fixed-delay schedules");
    }

    @Override
    public void execute(Runnable command) {
        schedule(command, 0, TimeUnit.NANOSECONDS);
    }

    @Override
    public synchronized void shutdown() {
        shutdown = true;
    }

    @Override
    public synchronized List<Runnable> shutdownNow() {
        shutdown = true;
        List<Runnable> left = new ArrayList<>(tasks);
        tasks.clear();
        return left;
    }

    @Override
    public synchronized boolean isShutdown() {
        return shutdown;
    }

    @Override
    public synchronized boolean isTerminated() {
        return shutdown;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return isTerminated();
    }

    private final class Task<V> extends FutureTask<V> implements ScheduledFuture<V> {
        /** Guarded by the timer. */
        private long atNanos;
        /** 0 for a one-shot task. */
        private final long periodNanos;

        Task(Callable<V> callable, long atNanos, long periodNanos) {
            super(callable);
            this.atNanos = atNanos;
            this.periodNanos = periodNanos;
        }

        @Override
        public void run() {
            if (periodNanos == 0) {
                super.run();
            } else if (runAndReset()) {
                synchronized (ManualTimer.this) {
                    atNanos += periodNanos;
                    if (!shutdown) {
                        tasks.add(this);
                    }
                }
            }
        }

        @Override
        public long getDelay(TimeUnit unit) {
            synchronized (ManualTimer.this) {
                return unit.convert(atNanos - nowNanos, TimeUnit.NANOSECONDS);
            }
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
        }
    }
}
