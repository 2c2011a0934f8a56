package org.chmlfrp.bot.onebot.bench;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
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
import org.chmlfrp.bot.core.store.StoreStart;
import org.chmlfrp.bot.core.store.TokenCipher;
import org.chmlfrp.bot.onebot.OneBotAdapter;
import org.chmlfrp.bot.onebot.OneBotModule;
import org.chmlfrp.bot.onebot.OneBotSettings;

/**
 * Load benchmark (not a test): N users send M {@code /node list} messages each through
 * {@link org.chmlfrp.bot.testkit.onebot.FakeOneBot} over loopback WebSocket to the real bot
 * wiring (core + OneBot adapter, one forward or reverse connection, {@code send-rate: 0}, no rate limit
 * unless {@code -Dbench.rateLimit=10/min}) against
 * {@link org.chmlfrp.bot.testkit.chmlfrp.FakeChmlFrpServer}. This JVM is the bot and nothing else;
 * the load driver ({@link OneBotLoadDriver}, with both fakes) runs in a JVM of its own on the same
 * machine, keeps {@code inFlight} messages outstanding and measures latency from the event being
 * written to the bot's {@code send_*_msg} answering it arriving.
 *
 * <p>Run: {@code ./mvnw -B -q -Pbench -pl bot-onebot -am verify -DskipTests}
 * (arguments: {@code -Dbench.users=50 -Dbench.messages=2000 -Dbench.inFlight=50 -Dbench.warmup=100000
 * -Dbench.chat=private|group|groups -Dbench.groups=200 -Dbench.rateLimit=0 -Dbench.mode=forward|reverse
 * -Dbench.driverJvm="-Xms512m -Xmx512m"}:
 * {@code forward} (default) — the bot dials the driver, {@code reverse} — the driver dials the bot's
 * reverse server; {@code private} (default) — each
 * user talks to the bot in a private chat with one message in flight, 50 users = 50 in flight;
 * {@code group} — every message in one group, {@code inFlight} outstanding; {@code groups} — every
 * message from a new user, in {@code bench.groups} rotating groups, {@code inFlight} outstanding).
 */
public final class OneBotLoadBenchmark {

    private static final List<String> FORWARDED = List.of(
            "bench.users",
            "bench.messages",
            "bench.inFlight",
            "bench.warmup",
            "bench.chat",
            "bench.groups",
            "bench.mode");
    private static final String REVERSE_PATH = "/onebot/v11/ws";

    private OneBotLoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("guice_bytecode_gen_option", "DISABLED"); // as bot-app's Main does
        Process driver = startDriver();
        BufferedReader out = new BufferedReader(new InputStreamReader(driver.getInputStream(), StandardCharsets.UTF_8));
        boolean reverse = "reverse".equals(System.getProperty("bench.mode", "forward"));
        RateLimit rateLimit = RateLimit.parse(System.getProperty("bench.rateLimit", "0"))
                .orElseThrow(() -> new IllegalArgumentException("bench.rateLimit: a rate like 10/min, or 0"));
        String apiUrl = awaitLine(out, driver, OneBotLoadDriver.API_LINE);
        OneBotSettings.Connection connection = reverse
                ? new OneBotSettings.Reverse("127.0.0.1", 0, REVERSE_PATH, "")
                : new OneBotSettings.Forward(awaitLine(out, driver, OneBotLoadDriver.URL_LINE), "");

        {
            Injector injector = Guice.createInjector(
                    new CoreModule(
                            ChmlFrpSettings.of(URI.create(apiUrl)),
                            new BotSettings(BotLocale.ZH_CN, BotAdmins.none(), rateLimit, List.of("/", "#")),
                            BroadcastSettings.defaults(),
                            StoreStart.inBackground(
                                    new StorageSettings(
                                            "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1", "", Path.of("unused.key")),
                                    TokenCipher.ephemeral())),
                    new OneBotModule(
                            new OneBotSettings(true, List.of("/", "#"), RateLimit.UNLIMITED, List.of(connection))));
            Set<ChatAdapter> adapters = injector.getInstance(Key.get(new TypeLiteral<Set<ChatAdapter>>() {}));
            for (ChatAdapter a : adapters) {
                a.start();
            }
            OneBotAdapter adapter = injector.getInstance(OneBotAdapter.class);
            if (reverse) {
                Writer toDriver = new OutputStreamWriter(driver.getOutputStream(), StandardCharsets.UTF_8);
                toDriver.write(OneBotLoadDriver.DIAL_LINE + "ws://127.0.0.1:"
                        + adapter.reversePorts().get(0) + REVERSE_PATH + "\n");
                toDriver.flush();
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (adapter.sessions().find(OneBotLoadDriver.BOT).isEmpty() && System.nanoTime() < deadline) {
                LockSupport.parkNanos(100_000);
            }
            if (adapter.sessions().find(OneBotLoadDriver.BOT).isEmpty()) {
                throw new IllegalStateException("the bot did not connect to the load driver within 10 s");
            }

            List<String> figures = new ArrayList<>();
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                figures.add(line);
            }
            int exit = driver.waitFor();

            figures.forEach(System.out::println);
            System.out.println(
                    "bot.rate-limit: " + (rateLimit.unlimited() ? "0 (off)" : System.getProperty("bench.rateLimit")));
            for (ChatAdapter a : adapters) {
                a.stop();
            }
            injector.getInstance(Database.class).close();
            if (exit != 0) {
                System.out.println("the load driver failed (exit " + exit + ")");
                System.exit(1);
            }
        }
        System.exit(0);
    }

    /** The driver: same java, same classpath, its own heap; its stderr goes straight to ours. */
    private static Process startDriver() throws java.io.IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        for (String option : System.getProperty("bench.driverJvm", "-Xms512m -Xmx512m")
                .trim()
                .split("\\s+")) {
            if (!option.isEmpty()) {
                command.add(option);
            }
        }
        for (String name : FORWARDED) {
            String value = System.getProperty(name);
            if (value != null && !value.isEmpty() && !value.startsWith("${")) {
                command.add("-D" + name + "=" + value);
            }
        }
        command.add("-Dchmlbot.log=WARN");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(OneBotLoadDriver.class.getName());
        return new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    private static String awaitLine(BufferedReader out, Process driver, String prefix) throws java.io.IOException {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith(prefix)) {
                return line.substring(prefix.length()).trim();
            }
            System.out.println(line);
        }
        driver.destroy();
        throw new IllegalStateException("the load driver ended before listening");
    }
}
