package org.chmlfrp.bot.onebot.send;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.chmlfrp.bot.core.command.RateLimit;
import org.chmlfrp.bot.core.support.Failures;
import org.chmlfrp.bot.onebot.protocol.ActionResult;
import org.chmlfrp.bot.onebot.protocol.MessageTarget;
import org.chmlfrp.bot.onebot.protocol.Segment;
import org.chmlfrp.bot.onebot.render.OutgoingMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outgoing messages of one connection, in order, one in flight at a time, paced by the
 * connection's send rate ({@code onebot.send-rate}; unlimited when 0). Never drops: a burst
 * waits in the queue. A message the implementation refuses (retcode ≠ 0, e.g. 1200 when an
 * image cannot be sent) is tried once more; if it still fails and holds images, it is sent once
 * more with each image replaced by its alt text. A call that gets no answer (timeout, closed
 * connection) is not repeated: the message may have gone out.
 */
public final class SendQueue {
    private static final Logger log = LoggerFactory.getLogger(SendQueue.class);

    /** Sends one message: {@code send_group_msg}/{@code send_private_msg} through the action caller. */
    @FunctionalInterface
    public interface Sender {
        CompletableFuture<ActionResult> send(MessageTarget target, List<Segment> message);
    }

    private final Sender sender;
    private final ScheduledExecutorService timer;
    private final SendRateWindow rate;
    private final Runnable onIdle;
    private final Deque<Job> jobs = new ArrayDeque<>();
    private boolean busy;
    private Throwable closed;

    public SendQueue(Sender sender, RateLimit rate, ScheduledExecutorService timer) {
        this(sender, new SendRateWindow(rate), timer, () -> {});
    }

    /**
     * A queue paced by a window it shares with other queues (one per chat of a connection);
     * {@code onIdle} runs each time its last message has been settled.
     */
    SendQueue(Sender sender, SendRateWindow rate, ScheduledExecutorService timer, Runnable onIdle) {
        this.sender = sender;
        this.timer = timer;
        this.rate = rate;
        this.onIdle = onIdle;
    }

    /** Queues a message; the future completes with the answer that accepted it, or fails with {@link SendFailedException}. */
    public CompletableFuture<ActionResult> submit(MessageTarget target, OutgoingMessage message) {
        Queued queued = enqueue(target, message);
        if (queued.startSending()) {
            pump();
        }
        return queued.answer();
    }

    /** A queued message's answer, and whether the caller must start sending ({@link #pump()}). */
    record Queued(CompletableFuture<ActionResult> answer, boolean startSending) {}

    /** Queues a message without sending; when told to, the caller calls {@link #pump()} next. */
    synchronized Queued enqueue(MessageTarget target, OutgoingMessage message) {
        if (closed != null) {
            return new Queued(
                    CompletableFuture.failedFuture(new SendFailedException("connection closed", closed)), false);
        }
        Job job = new Job(target, message);
        jobs.addLast(job);
        boolean start = !busy;
        busy = true;
        return new Queued(job.future, start);
    }

    /** Messages waiting or in flight. */
    public synchronized int pending() {
        return jobs.size();
    }

    /** Nothing waiting, nothing in flight. */
    synchronized boolean idle() {
        return !busy && jobs.isEmpty();
    }

    /** How long the head message (waiting or in flight) has been queued at {@code nowNanos}; 0 when none is. */
    public synchronized long oldestAgeNanos(long nowNanos) {
        Job head = jobs.peekFirst();
        return head == null ? 0 : Math.max(0, nowNanos - head.queuedAt);
    }

    /** Fails every queued message and refuses new ones. */
    public void close(Throwable cause) {
        Deque<Job> failed;
        synchronized (this) {
            if (closed != null) {
                return;
            }
            closed = cause;
            failed = new ArrayDeque<>(jobs);
            jobs.clear();
        }
        failed.forEach(j -> j.future.completeExceptionally(new SendFailedException("connection closed", cause)));
    }

    /**
     * Sends the head job when the rate allows, else comes back when it will. Only one pump runs
     * at a time (the {@code busy} flag); answers that are already there are settled in this loop
     * rather than recursively.
     */
    void pump() {
        while (true) {
            Job job;
            boolean idle;
            synchronized (this) {
                job = jobs.peekFirst();
                idle = job == null || closed != null;
                if (idle) {
                    busy = false;
                } else {
                    long wait = rate.acquire();
                    if (wait > 0) {
                        timer.schedule(this::pump, wait, TimeUnit.NANOSECONDS);
                        return;
                    }
                }
            }
            if (idle) {
                onIdle.run();
                return;
            }
            List<Segment> message = job.fallback ? job.message.textOnly() : job.message.segments();
            CompletableFuture<ActionResult> answer;
            try {
                answer = sender.send(job.target, message);
            } catch (RuntimeException e) {
                answer = CompletableFuture.failedFuture(e);
            }
            if (!answer.isDone()) {
                Job sent = job;
                answer.whenComplete((result, failure) -> {
                    settle(sent, result, failure);
                    pump();
                });
                return;
            }
            Job sent = job;
            answer.handle((result, failure) -> {
                settle(sent, result, failure);
                return null;
            });
        }
    }

    private void settle(Job job, ActionResult result, Throwable failure) {
        if (failure == null && result.ok()) {
            finish(job);
            job.future.complete(result);
        } else if (failure != null) {
            finish(job);
            Throwable cause = Failures.unwrap(failure);
            log.warn(
                    "sending a message to {} {} got no answer: {}",
                    job.target.kind(),
                    job.target.id(),
                    cause.toString());
            job.future.completeExceptionally(new SendFailedException("no answer", cause));
        } else if (job.attempts++ == 0) {
            log.info("{} refused with retcode {}; trying once more", job.target.sendAction(), result.retcode());
        } else if (!job.fallback && job.message.hasImage()) {
            log.info(
                    "{} refused an image message with retcode {}; sending its text instead",
                    job.target.sendAction(),
                    result.retcode());
            job.fallback = true;
        } else {
            finish(job);
            log.warn("{} refused with retcode {}; message not sent", job.target.sendAction(), result.retcode());
            job.future.completeExceptionally(
                    new SendFailedException(job.target.sendAction() + " refused", result.retcode()));
        }
    }

    private synchronized void finish(Job job) {
        jobs.remove(job);
    }

    private static final class Job {
        final MessageTarget target;
        final OutgoingMessage message;
        final CompletableFuture<ActionResult> future = new CompletableFuture<>();
        final long queuedAt = System.nanoTime();
        int attempts;
        boolean fallback;

        Job(MessageTarget target, OutgoingMessage message) {
            this.target = target;
            this.message = message;
        }
    }
}
