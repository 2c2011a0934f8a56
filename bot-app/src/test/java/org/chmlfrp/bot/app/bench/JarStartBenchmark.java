package org.chmlfrp.bot.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.chmlfrp.bot.testkit.chmlfrp.FakeChmlFrpServer;
import org.chmlfrp.bot.testkit.onebot.FakeOneBot;

/**
 * Start-up benchmark (not a test): the shaded jar as a user runs it, {@code java -jar
 * chmlfrp-bot.jar --config config.yml} with one forward OneBot connection, timed from starting the
 * process to the fake OneBot implementation receiving {@code get_login_info} (the bot knows its
 * QQ account and takes commands). This JVM holds the fakes; each start is a new process.
 *
 * <p>Three kinds of start, {@code bench.starts} of each (default 5): the first start ever (new
 * store: created and migrated, key generated), a restart (store and key exist), and a restart
 * with an application class-data archive made by one earlier run with
 * {@code -XX:ArchiveClassesAtExit} (README, "Faster start").
 *
 * <p>Run: {@code ./mvnw -B -q -Pbench -pl bot-app -am verify -DskipTests}
 */
public final class JarStartBenchmark {
    private static final long BOT = 10000L;

    private JarStartBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(System.getProperty("chmlfrp.bot.jar", "bot-app/target/chmlfrp-bot.jar"))
                .toAbsolutePath();
        int starts = Integer.getInteger("bench.starts", 5);
        Path work = Files.createTempDirectory("chmlfrp-bot-start");
        Path archive = work.resolve("chmlfrp-bot.jsa");
        try (FakeChmlFrpServer api = FakeChmlFrpServer.builder().start();
                FakeOneBot peer = FakeOneBot.forward()
                        .selfId(BOT)
                        .heartbeatInterval(Duration.ZERO)
                        .start()) {
            Files.writeString(work.resolve("config.yml"), """
                    chmlfrp:
                      base-url: "%s"
                    storage:
                      url: "jdbc:h2:file:./data/bot"
                    onebot:
                      enabled: true
                      connections:
                        - mode: forward
                          url: "%s"
                    """.formatted(api.baseUrl(), peer.url()));
            List<Long> first = new ArrayList<>();
            List<Long> restart = new ArrayList<>();
            List<Long> withArchive = new ArrayList<>();
            for (int i = 0; i < starts; i++) {
                deleteTree(work.resolve("data"));
                first.add(start(jar, work, peer, List.of()));
                restart.add(start(jar, work, peer, List.of()));
            }
            start(jar, work, peer, List.of("-XX:ArchiveClassesAtExit=" + archive));
            for (int i = 0; i < starts; i++) {
                withArchive.add(start(jar, work, peer, List.of("-XX:SharedArchiveFile=" + archive)));
            }
            System.out.printf(
                    Locale.ROOT,
                    "process start -> connected (java -jar, one forward OneBot connection, %d starts each):%n",
                    starts);
            report("first start (new store)", first);
            report("restart", restart);
            report("restart, class-data archive", withArchive);
        } finally {
            deleteTree(work);
        }
        System.exit(0);
    }

    /** One start: the bot process until the peer gets get_login_info, then a clean stop. */
    private static long start(Path jar, Path work, FakeOneBot peer, List<String> jvmOptions) throws Exception {
        peer.clearActions();
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-Dchmlbot.log=WARN", "-jar", jar.toString(), "--config", "config.yml"));
        long t0 = System.nanoTime();
        Process bot = new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectErrorStream(true)
                .start();
        try {
            peer.awaitAction("get_login_info", p -> true, Duration.ofSeconds(30));
            return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        } finally {
            bot.destroy(); // SIGTERM: the bot's shutdown hook stops it cleanly (and the JVM writes the archive)
            if (!bot.waitFor(20, TimeUnit.SECONDS)) {
                bot.destroyForcibly();
            }
            peer.awaitDisconnected(Duration.ofSeconds(10));
        }
    }

    private static void report(String what, List<Long> millis) {
        long[] sorted = millis.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(
                Locale.ROOT,
                "  %-30s median %,d ms (min %,d, max %,d) %s%n",
                what + ":",
                sorted[sorted.length / 2],
                sorted[0],
                sorted[sorted.length - 1],
                Arrays.toString(sorted));
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p :
                    paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
