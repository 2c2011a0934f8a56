package org.chmlfrp.bot.core.broadcast;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * Scheduled broadcast work that knows its own timetable. The scheduler asks every job, on every
 * tick, to run what is due at {@code now}; a job with nothing due returns at once.
 */
interface BroadcastJob {

    /**
     * Starts what is due at {@code now}. Never blocks: the future completes when the work
     * started here is done (API answers read, messages queued), and never completes exceptionally.
     */
    CompletableFuture<Void> runDue(Instant now);
}
