package org.chmlfrp.bot.onebot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.chmlfrp.bot.core.BotSettings;
import org.chmlfrp.bot.core.CoreModule;
import org.chmlfrp.bot.core.broadcast.BroadcastSettings;
import org.chmlfrp.bot.core.chat.BotLocale;
import org.chmlfrp.bot.core.chat.ChatAdapter;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpSettings;
import org.chmlfrp.bot.core.command.BotAdmins;
import org.chmlfrp.bot.core.command.RateLimit;
import org.chmlfrp.bot.core.store.Database;
import org.chmlfrp.bot.core.store.StorageSettings;
import org.chmlfrp.bot.core.store.TokenCipher;
import org.chmlfrp.bot.onebot.OneBotAdapter;
import org.chmlfrp.bot.onebot.OneBotModule;
import org.chmlfrp.bot.onebot.OneBotSettings;
import org.chmlfrp.bot.testkit.chmlfrp.FakeChmlFrpServer;
import org.chmlfrp.bot.testkit.onebot.ActionResult;
import org.chmlfrp.bot.testkit.onebot.FakeOneBot;
import org.chmlfrp.bot.testkit.onebot.SentMessage;

/**
 * Load benchmark (not a test): N users send M {@code /node list} group messages each through
 * {@link FakeOneBot} over loopback WebSocket to the real bot wiring (core + OneBot adapter,
 * {@code send-rate: 0}, no rate limit) against {@link FakeChmlFrpServer}. A closed loop keeps
 * {@code inFlight} messages outstanding; latency runs from the event being sent to the bot's
 * {@code send_group_msg} (which quotes the message id) arriving at the peer.
 *
 * <p>Run: {@code ./mvnw -B -q -Pbench -pl bot-onebot -am verify -DskipTests}
 * (arguments: {@code -Dbench.users=50 -Dbench.messages=400 -Dbench.inFlight=50 -Dbench.warmup=20000
 * -Dbench.chat=private|group}: {@code private} (default) — each user talks to the bot in a private chat with one
 * message in flight, 50 users = 50 in flight; {@code group} — every message in one group, {@code inFlight} outstanding).
 */
public final class OneBotLoadBenchmark {
    private static final long GROUP = 5000L;
    private static final long BOT = 10000L;

    private OneBotLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int users = Integer.getInteger("bench.users", 50);
        int perUser = Integer.getInteger("bench.messages", 400);
        int inFlight = Integer.getInteger("bench.inFlight", 50);
        int warmup = Integer.getInteger("bench.warmup", 20_000);
        boolean inGroup = "group".equals(System.getProperty("bench.chat", "private"));

        try (FakeChmlFrpServer api = FakeChmlFrpServer.builder().start();
             FakeOneBot peer = FakeOneBot.forward().selfId(BOT).heartbeatInterval(Duration.ofSeconds(30)).start()) {
            long t0 = System.nanoTime();
            Injector injector = Guice.createInjector(
                    new CoreModule(ChmlFrpSettings.of(api.baseUrl()),
                            new StorageSettings("jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1", "", Path.of("unused.key")),
                            new BotSettings(BotLocale.ZH_CN, BotAdmins.none(), RateLimit.UNLIMITED, List.of("/", "#")),
                            BroadcastSettings.defaults(), TokenCipher.ephemeral()),
                    new OneBotModule(new OneBotSettings(true, List.of("/", "#"), RateLimit.UNLIMITED,
                            List.of(new OneBotSettings.Forward(peer.url().toString(), "")))));
            Set<ChatAdapter> adapters = injector.getInstance(Key.get(new TypeLiteral<Set<ChatAdapter>>() { }));
            for (ChatAdapter a : adapters) {
                a.start();
            }
            OneBotAdapter adapter = injector.getInstance(OneBotAdapter.class);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (adapter.sessions().find(BOT).isEmpty() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            double startMs = (System.nanoTime() - t0) / 1e6;

            Loop loop = new Loop(peer, users, inFlight, inGroup);
            peer.answer(inGroup ? "send_group_msg" : "send_private_msg", loop::onReply);
            loop.run(warmup);
            peer.clearActions();
            Result r = loop.run(users * perUser);

            System.out.printf(Locale.ROOT, "start-to-connected: %.0f ms (injector, store, adapters, dial, get_login_info)%n", startMs);
            System.out.printf(Locale.ROOT, "/node list over OneBot: %d users x %d messages, %s, %d in flight, send-rate 0%n",
                    users, perUser, inGroup ? "all in one group" : "each user in a private chat", inGroup ? inFlight : users);
            System.out.printf(Locale.ROOT, "throughput: %.0f msg/s (%d messages in %.2f s)%n",
                    r.count / r.seconds, r.count, r.seconds);
            System.out.printf(Locale.ROOT, "latency: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", r.p50, r.p99, r.max);
            System.out.printf(Locale.ROOT, "upstream calls: /node %d, /node_stats %d (cached and coalesced)%n",
                    api.requests("/node").size(), api.requests("/node_stats").size());
            for (ChatAdapter a : adapters) {
                a.stop();
            }
            injector.getInstance(Database.class).close();
        }
        System.exit(0);
    }

    private record Result(int count, double seconds, double p50, double p99, double max) {
    }

    /** Keeps {@code inFlight} messages outstanding; each reply releases the next send. */
    private static final class Loop {
        private final FakeOneBot peer;
        private final int users;
        private final int inFlight;
        private final ExecutorService sender = Executors.newSingleThreadExecutor();
        private final ConcurrentHashMap<Long, Long> sentAt = new ConcurrentHashMap<>();
        private final AtomicInteger remaining = new AtomicInteger();
        private final AtomicLong next = new AtomicLong();
        private long[] latencies;
        private final AtomicInteger done = new AtomicInteger();
        private CountDownLatch finished;

        private final boolean inGroup;

        Loop(FakeOneBot peer, int users, int inFlight, boolean inGroup) {
            this.peer = peer;
            this.users = users;
            this.inFlight = inGroup ? inFlight : users;
            this.inGroup = inGroup;
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
                if (inGroup) {
                    sendOne();
                } else {
                    sendOne(20000 + i);
                }
            }
            if (Boolean.getBoolean("bench.debug") && !finished.await(5, TimeUnit.SECONDS)) {
                peer.actions().forEach(a -> System.out.println("action " + a.action() + " " + a.params()));
            }
            if (!finished.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the bot stopped answering after " + done.get() + " replies; sent "
                        + next.get() + ", send_group_msg seen by the peer " + peer.actions("send_group_msg").size()
                        + ", unmatched " + sentAt.size());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long[] sorted = Arrays.copyOf(latencies, count);
            Arrays.sort(sorted);
            return new Result(count, seconds, sorted[(int) (count * 0.50)] / 1e6,
                    sorted[Math.min(count - 1, (int) (count * 0.99))] / 1e6, sorted[count - 1] / 1e6);
        }

        private void sendOne() {
            sendOne(20000 + next.get() % users);
        }

        /** In private mode each user has one message in flight: its reply releases its next one. */
        private void sendOne(long user) {
            if (remaining.getAndDecrement() <= 0) {
                return;
            }
            sender.execute(() -> {
                try {
                    long sequence = next.getAndIncrement();
                    long from = inGroup ? 20000 + sequence % users : user;
                    long before = System.nanoTime();
                    if (inGroup) {
                        long id = peer.groupMessage(GROUP, from, "member", "/node list");
                        sentAt.put(id, before);
                    } else {
                        sentAt.put(from, before);
                        peer.privateMessage(from, "/node list");
                    }
                } catch (RuntimeException e) {
                    e.printStackTrace();
                    finished.countDown();
                }
            });
        }

        ActionResult onReply(JsonNode params) {
            long now = System.nanoTime();
            SentMessage m = SentMessage.of(params);
            if (!inGroup) {
                long user = params.get("user_id").asLong();
                Long at = sentAt.remove(user);
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
            if (Boolean.getBoolean("bench.debug")) {
                System.out.println("reply: " + params.toString().substring(0, Math.min(300, params.toString().length())));
            }
            m.replyTo().ifPresent(id -> {
                Long at = null;
                for (int i = 0; i < 1000 && at == null; i++) {
                    at = sentAt.remove(Long.parseLong(id));
                    if (at == null) {
                        Thread.onSpinWait();
                    }
                }
                int n = done.getAndIncrement();
                if (at != null && n < latencies.length) {
                    latencies[n] = now - at;
                }
                if (n + 1 == latencies.length) {
                    finished.countDown();
                } else {
                    sendOne();
                }
            });
            return ActionResult.ok(JsonNodeFactory.instance.objectNode().put("message_id", now));
        }
    }
}
