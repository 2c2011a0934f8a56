package org.chmlfrp.bot.onebot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.chmlfrp.bot.testkit.chmlfrp.FakeChmlFrpServer;
import org.chmlfrp.bot.testkit.onebot.ActionResult;
import org.chmlfrp.bot.testkit.onebot.FakeOneBot;
import org.chmlfrp.bot.testkit.onebot.SentMessage;

/**
 * Everything outside the bot in {@link OneBotLoadBenchmark}, run in a JVM of its own so that its
 * allocation, JIT and pauses are not the bot's: the ChmlFrp API ({@link FakeChmlFrpServer}) and a
 * {@link FakeOneBot} (actions answered, not recorded). Prints {@code api <url>}; forward
 * ({@code -Dbench.mode=forward}, default) it listens and prints {@code url <ws-url>} for the bot to
 * dial, reverse it reads {@code dial <ws-url>} from stdin and dials the bot. Once connected it runs
 * a warm-up and the measured closed loop of {@code /node list} messages and prints the figures.
 * {@code -Dbench.chat=private|group|groups} picks who sends them (see {@link Chat}).
 */
public final class OneBotLoadDriver {
    static final long GROUP = 5000L;
    static final long BOT = 10000L;
    static final String URL_LINE = "url ";
    static final String API_LINE = "api ";
    /** Reverse mode: the bot's reverse server, written by the benchmark on the driver's stdin. */
    static final String DIAL_LINE = "dial ";

    private OneBotLoadDriver() {}

    public static void main(String[] args) throws Exception {
        int users = Integer.getInteger("bench.users", 50);
        int perUser = Integer.getInteger("bench.messages", 2000);
        int inFlight = Integer.getInteger("bench.inFlight", 50);
        int warmup = Integer.getInteger("bench.warmup", 100_000);
        Chat chat = Chat.valueOf(System.getProperty("bench.chat", "private").toUpperCase(Locale.ROOT));
        int groups = Integer.getInteger("bench.groups", 200);
        boolean inGroup = chat != Chat.PRIVATE;

        boolean reverse = "reverse".equals(System.getProperty("bench.mode", "forward"));

        try (FakeChmlFrpServer api = FakeChmlFrpServer.builder().start();
                FakeOneBot peer = reverse ? dialTheBot(api) : listenForTheBot(api)) {
            if (!peer.awaitConnected(Duration.ofSeconds(30))) {
                System.out.println("the bot did not connect within 30 s");
                System.exit(1);
            }
            Loop loop = new Loop(peer, users, inFlight, chat, groups);
            peer.answer(inGroup ? "send_group_msg" : "send_private_msg", loop::onReply);
            loop.run(warmup);
            Result r = loop.run(users * perUser);

            System.out.printf(
                    Locale.ROOT,
                    "/node list over OneBot (%s): %d users x %d messages, %s, %d in flight, send-rate 0%n",
                    reverse ? "reverse" : "forward",
                    users,
                    perUser,
                    switch (chat) {
                        case PRIVATE -> "each user in a private chat";
                        case GROUP -> "all in one group";
                        case GROUPS -> "each message from a new user, in " + groups + " rotating groups";
                    },
                    inGroup ? inFlight : users);
            System.out.printf(
                    Locale.ROOT,
                    "throughput: %.0f msg/s (%d messages in %.2f s)%n",
                    r.count / r.seconds,
                    r.count,
                    r.seconds);
            System.out.printf(Locale.ROOT, "latency: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", r.p50, r.p99, r.max);
            String first = loop.firstReply.get();
            System.out.println("first reply: "
                    + (first == null ? "(none)" : first.lines().findFirst().orElse("")));
            System.out.printf(
                    Locale.ROOT,
                    "upstream calls: /node %d, /node_stats %d (cached and coalesced)%n",
                    api.requests("/node").size(),
                    api.requests("/node_stats").size());
        }
        System.exit(0);
    }

    /** Forward: the fake is the server; prints the ChmlFrp API's and its own URL for the bot. */
    private static FakeOneBot listenForTheBot(FakeChmlFrpServer api) {
        FakeOneBot peer = FakeOneBot.forward()
                .selfId(BOT)
                .recordActions(false)
                .heartbeatInterval(Duration.ofSeconds(30))
                .start();
        System.out.println(API_LINE + api.baseUrl());
        System.out.println(URL_LINE + peer.url());
        System.out.flush();
        return peer;
    }

    /** Reverse: prints the ChmlFrp API's URL, reads where the bot listens, and dials it. */
    private static FakeOneBot dialTheBot(FakeChmlFrpServer api) throws IOException {
        System.out.println(API_LINE + api.baseUrl());
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.startsWith(DIAL_LINE)) {
                return FakeOneBot.reverse(
                                URI.create(line.substring(DIAL_LINE.length()).trim()))
                        .selfId(BOT)
                        .recordActions(false)
                        .heartbeatInterval(Duration.ofSeconds(30))
                        .start();
            }
        }
        throw new IllegalStateException("the benchmark never said where the bot listens");
    }

    private record Result(int count, double seconds, double p50, double p99, double max) {}

    /**
     * {@code private}: each of the users in a private chat; {@code group}: the users in one group;
     * {@code groups}: every message, warm-up included, from a user never seen before, in
     * {@code bench.groups} groups taken in turn (the users count only sets the number measured).
     */
    private enum Chat {
        PRIVATE,
        GROUP,
        GROUPS
    }

    /** Keeps {@code inFlight} messages outstanding; each reply releases the next send. */
    private static final class Loop {
        private final FakeOneBot peer;
        private final int users;
        private final int inFlight;
        private final Chat chat;
        private final int groups;
        private final boolean inGroup;
        private final ExecutorService sender = Executors.newSingleThreadExecutor();
        private final ConcurrentHashMap<Long, Long> sentAt = new ConcurrentHashMap<>();
        private final AtomicInteger remaining = new AtomicInteger();
        private final AtomicLong next = new AtomicLong();
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicReference<String> firstReply = new AtomicReference<>();
        private long[] latencies;
        private CountDownLatch finished;

        Loop(FakeOneBot peer, int users, int inFlight, Chat chat, int groups) {
            this.peer = peer;
            this.users = users;
            this.chat = chat;
            this.groups = groups;
            this.inGroup = chat != Chat.PRIVATE;
            this.inFlight = inGroup ? inFlight : users;
        }

        Result run(int count) throws InterruptedException {
            if (count <= 0) {
                return new Result(0, 0, 0, 0, 0);
            }
            latencies = new long[count];
            done.set(0);
            remaining.set(count);
            finished = new CountDownLatch(1);
            long start = System.nanoTime();
            for (int i = 0; i < Math.min(inFlight, count); i++) {
                sendOne(20000 + i);
            }
            if (!finished.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the bot stopped answering after " + done.get() + " replies; sent "
                        + next.get() + ", unmatched " + sentAt.size());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long[] sorted = Arrays.copyOf(latencies, count);
            Arrays.sort(sorted);
            return new Result(
                    count,
                    seconds,
                    sorted[(int) (count * 0.50)] / 1e6,
                    sorted[Math.min(count - 1, (int) (count * 0.99))] / 1e6,
                    sorted[count - 1] / 1e6);
        }

        /**
         * Private: each user has one message in flight and its reply releases its next one. Group:
         * any member. Groups: a new user each time, in the next group.
         */
        private void sendOne(long user) {
            if (remaining.getAndDecrement() <= 0) {
                return;
            }
            sender.execute(() -> {
                try {
                    long sequence = next.getAndIncrement();
                    long before = System.nanoTime();
                    if (chat == Chat.GROUPS) {
                        long id =
                                peer.groupMessage(GROUP + sequence % groups, 20000 + sequence, "member", "/node list");
                        sentAt.put(id, before);
                    } else if (inGroup) {
                        long id = peer.groupMessage(GROUP, 20000 + sequence % users, "member", "/node list");
                        sentAt.put(id, before);
                    } else {
                        sentAt.put(user, before);
                        peer.privateMessage(user, "/node list");
                    }
                } catch (RuntimeException e) {
                    e.printStackTrace();
                    finished.countDown();
                }
            });
        }

        ActionResult onReply(JsonNode params) {
            long now = System.nanoTime();
            if (firstReply.get() == null) {
                firstReply.compareAndSet(null, SentMessage.of(params).text());
            }
            long user = inGroup ? 0 : params.get("user_id").asLong();
            Long at = inGroup ? sentAtOfQuoted(params) : sentAt.remove(user);
            int n = done.getAndIncrement();
            if (at != null && n < latencies.length) {
                latencies[n] = now - at;
            }
            if (n + 1 == latencies.length) {
                finished.countDown();
            } else {
                sendOne(user);
            }
            return ActionResult.ok(JsonNodeFactory.instance.objectNode().put("message_id", now));
        }

        /** A group reply quotes its command; the event may still be on its way into {@code sentAt}. */
        private Long sentAtOfQuoted(JsonNode params) {
            String id = SentMessage.of(params).replyTo().orElse(null);
            if (id == null) {
                return null;
            }
            Long at = null;
            for (int i = 0; i < 1000 && at == null; i++) {
                at = sentAt.remove(Long.parseLong(id));
                if (at == null) {
                    Thread.onSpinWait();
                }
            }
            return at;
        }
    }
}
