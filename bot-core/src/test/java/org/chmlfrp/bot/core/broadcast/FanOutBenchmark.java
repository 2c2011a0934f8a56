package org.chmlfrp.bot.core.broadcast;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.Arrays;
import org.chmlfrp.bot.core.command.RateLimit;
import org.chmlfrp.bot.core.store.SubscriptionKind;
import org.chmlfrp.bot.core.testing.StoreEngine;

/**
 * Broadcast fan-out to many subscribed groups (BENCHMARKS.md): the whole core (BroadcastRig) on
 * H2 in memory or, with {@code -Dbench.db=postgres}, on the PostgreSQL of {@code CHMLBOT_TEST_POSTGRES_URL}.
 * A node goes offline; the poll that sees it is timed from the {@code /node_stats} call to the
 * last outbox row committed ("time to queue"), with the heap retained after it and the bytes
 * allocated meanwhile. Then the outbox is drained at an unlimited send rate for
 * {@code bench.drain} messages (claim, send to a recording sink, mark done: the per-message cost).
 *
 * <pre>./mvnw -B -q -Pbench -pl bot-core -am verify -DskipTests [-Dbench.groups=10000] [-Dbench.db=h2|postgres]</pre>
 */
public final class FanOutBenchmark {
    private FanOutBenchmark() {}

    public static void main(String[] args) {
        int groups = Integer.getInteger("bench.groups", 10_000);
        int drain = Integer.getInteger("bench.drain", 2_000);
        StoreEngine engine =
                "postgres".equals(System.getProperty("bench.db")) ? StoreEngine.POSTGRESQL : StoreEngine.H2;
        System.out.printf("fan-out benchmark: %,d groups, %s%n", groups, engine);
        try (BroadcastRig rig = BroadcastRig.start(engine, RateLimit.UNLIMITED)) {
            for (int i = 0; i < groups; i++) {
                rig.subscribe(String.valueOf(100_000_000 + i), SubscriptionKind.NODES, BroadcastRig.BOT);
            }
            for (int i = 0; i < 5 && rig.state().get(NodeStatePoller.STATES).isEmpty(); i++) {
                rig.poll(); // learn the states
            }
            rig.fake().state().setNodeState("湖南娄底", false);
            rig.clock().advance(BroadcastRig.POLL);
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            long heapBefore = memory.getHeapMemoryUsage().getUsed();
            long allocatedBefore = allocatedBytes();
            int callsBefore = rig.fake().requests("/node_stats").size();
            long start = System.nanoTime();
            rig.runDue();
            long queuedNanos = System.nanoTime() - start;
            long allocated = allocatedBytes() - allocatedBefore;
            int queued = rig.scheduler().pendingMessages();
            System.gc();
            long retained = memory.getHeapMemoryUsage().getUsed() - heapBefore;
            System.out.printf(
                    "queued %,d messages in %,d ms with %d /node_stats call(s); allocated %,d KiB,"
                            + " retained %,d KiB after GC%n",
                    queued,
                    queuedNanos / 1_000_000,
                    rig.fake().requests("/node_stats").size() - callsBefore,
                    allocated / 1024,
                    retained / 1024);

            long drainStart = System.nanoTime();
            while (rig.sink().attempts().size() < Math.min(drain, queued)) {
                rig.clock().advance(Duration.ofSeconds(1));
                rig.runDue();
            }
            long drainNanos = System.nanoTime() - drainStart;
            int sent = rig.sink().attempts().size();
            System.out.printf(
                    "sent %,d in %,d ms: %,.0f messages/s, %.2f ms per message (claim, send, mark done)%n",
                    sent, drainNanos / 1_000_000, sent * 1e9 / drainNanos, drainNanos / 1e6 / sent);
        }
    }

    /** Bytes allocated so far by the live threads (HotSpot). */
    private static long allocatedBytes() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] ids = threads.getAllThreadIds();
        return Arrays.stream(threads.getThreadAllocatedBytes(ids))
                .filter(b -> b > 0)
                .sum();
    }
}
