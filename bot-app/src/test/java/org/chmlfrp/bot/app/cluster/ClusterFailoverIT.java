package org.chmlfrp.bot.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.chmlfrp.bot.core.chat.Platform;
import org.chmlfrp.bot.core.store.Database;
import org.chmlfrp.bot.core.store.Subscription;
import org.chmlfrp.bot.core.store.SubscriptionKind;
import org.chmlfrp.bot.core.store.Subscriptions;
import org.chmlfrp.bot.testkit.chmlfrp.FakeChmlFrpServer;
import org.chmlfrp.bot.testkit.onebot.FakeOneBot;
import org.chmlfrp.bot.testkit.onebot.RecordedAction;
import org.chmlfrp.bot.testkit.postgres.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three bot processes (the shaded jar, so {@code kill -9} is real) with the same config on one
 * PostgreSQL, each with its own connection to one fake QQ account, and one fake ChmlFrp API. A
 * node goes offline with {@value #GROUPS} groups subscribed and a slow send rate; the leader is
 * killed mid-fan-out, between two sends. A follower takes over within the poll interval and
 * every group gets the message exactly once, counted at the fake OneBot.
 */
class ClusterFailoverIT {
    private static final int INSTANCES = 3;
    private static final int GROUPS = 30;
    private static final long SELF_ID = 10000L;
    private static final String NODE = "湖南娄底";
    private static final Duration POLL = Duration.ofSeconds(4);
    private static final Duration START = Duration.ofSeconds(60);

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path work;

    private final List<Process> bots = new ArrayList<>();

    @AfterEach
    void stopBots() throws InterruptedException {
        for (Process bot : bots) {
            bot.destroyForcibly();
            bot.waitFor();
        }
    }

    @Test
    void theLeaderDiesMidFanOutAndEveryGroupGetsTheChangeExactlyOnce() throws Exception {
        assumeTrue(TestPostgres.available(), TestPostgres.SKIP_REASON);
        String url = TestPostgres.freshSchemaUrl();
        try (FakeChmlFrpServer api = FakeChmlFrpServer.builder().start();
                FakeOneBot qq = FakeOneBot.forward().selfId(SELF_ID).start()) {
            subscribeGroups(url);
            Path config = writeConfig(url, api, qq);
            for (int i = 0; i < INSTANCES; i++) {
                bots.add(startBot(config, i));
            }
            assertThat(qq.awaitConnectionCount(INSTANCES, START))
                    .as("every instance connected")
                    .isTrue();
            Process leader = await(START, () -> leaseHolder(url).flatMap(this::botOf), "a leader");
            await(START, () -> storedNodeStates(url), "the leader learned the node states");

            api.state().setNodeState(NODE, false);
            int sentBeforeKill = await(
                    Duration.ofSeconds(30),
                    () -> {
                        int marked = count(url, "SELECT COUNT(*) FROM outbox_delivery WHERE sent_at IS NOT NULL");
                        // between two sends: what reached QQ is what the store says was sent
                        return marked >= 5 && marked == groupMessages(qq).size()
                                ? Optional.of(marked)
                                : Optional.empty();
                    },
                    "the fan-out under way");
            leader.destroyForcibly(); // SIGKILL
            Instant killedAt = Instant.now();
            leader.waitFor();

            String newLeader = await(
                    POLL.multipliedBy(3),
                    () -> leaseHolder(url)
                            .filter(h -> botOf(h).filter(p -> p != leader).isPresent()),
                    "a new leader");
            Duration takeover = Duration.between(killedAt, Instant.now());
            System.out.printf(
                    "leader killed after %d of %d sends; %s took over in %d ms%n",
                    sentBeforeKill, GROUPS, newLeader, takeover.toMillis());
            assertThat(takeover)
                    .as("taken over by %s within one poll interval", newLeader)
                    .isLessThanOrEqualTo(POLL);

            await(
                    Duration.ofSeconds(40),
                    () -> count(url, "SELECT COUNT(*) FROM outbox_delivery WHERE sent_at IS NULL") == 0
                                    && groupMessages(qq).size() >= GROUPS
                            ? Optional.of(true)
                            : Optional.empty(),
                    "the fan-out done");
            Map<String, Long> perGroup = groupMessages(qq).stream()
                    .collect(Collectors.groupingBy(a -> a.param("group_id"), Collectors.counting()));
            assertThat(perGroup)
                    .hasSize(GROUPS)
                    .allSatisfy((group, times) ->
                            assertThat(times).as("messages to group %s", group).isEqualTo(1L));
            assertThat(sentBeforeKill).as("the kill came mid-fan-out").isLessThan(GROUPS);
            assertThat(groupMessages(qq))
                    .allSatisfy(a -> assertThat(a.params().toString()).contains(NODE));
        }
    }

    private void subscribeGroups(String url) {
        try (Database database = Database.open(url)) {
            Subscriptions subscriptions = new Subscriptions(database);
            for (int i = 0; i < GROUPS; i++) {
                subscriptions.add(Subscription.of(
                        Platform.ONEBOT,
                        String.valueOf(800_000 + i),
                        SubscriptionKind.NODES,
                        String.valueOf(SELF_ID),
                        "10001",
                        Instant.now()));
            }
        }
    }

    private Path writeConfig(String url, FakeChmlFrpServer api, FakeOneBot qq) throws IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        String yaml = String.join(
                "\n",
                "chmlfrp:",
                "  base-url: \"" + api.baseUrl() + "\"",
                "  timeout: 5s",
                "storage:",
                "  url: \"" + url + "\"",
                "  secret-key: \"" + Base64.getEncoder().encodeToString(key) + "\"",
                "onebot:",
                "  enabled: true",
                "  send-rate: 0",
                "  connections:",
                "    - mode: forward",
                "      url: \"" + qq.url() + "\"",
                "broadcast:",
                "  poll-interval: " + POLL.toSeconds() + "s",
                "  send-rate: 4/s",
                "");
        Path config = work.resolve("config.yml");
        Files.writeString(config, yaml, StandardCharsets.UTF_8);
        return config;
    }

    private Process startBot(Path config, int index) throws IOException {
        Path jar = Path.of(System.getProperty("chmlfrp.bot.jar", "target/chmlfrp-bot.jar"))
                .toAbsolutePath();
        Path dir = Files.createDirectories(work.resolve("bot" + index));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java,
                        "-Djava.awt.headless=true",
                        "-Xmx256m",
                        "-jar",
                        jar.toString(),
                        "--config",
                        config.toString())
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("bot.log").toFile())
                .start();
    }

    /** The bot process whose pid the lease holder's name carries (host-pid-random). */
    private Optional<Process> botOf(String holder) {
        String[] parts = holder.split("-");
        String pid = parts.length >= 3 ? parts[parts.length - 2] : "";
        return bots.stream().filter(p -> String.valueOf(p.pid()).equals(pid)).findFirst();
    }

    private static List<RecordedAction> groupMessages(FakeOneBot qq) {
        return qq.actions("send_group_msg");
    }

    private static Optional<String> leaseHolder(String url) {
        return query(
                url,
                "SELECT holder FROM leader_lease WHERE name = 'broadcast' AND expires_at > "
                        + Instant.now().toEpochMilli(),
                rows -> rows.getString(1));
    }

    private static Optional<String> storedNodeStates(String url) {
        return query(
                url, "SELECT state_value FROM broadcast_state WHERE name = 'node-states'", rows -> rows.getString(1));
    }

    private static int count(String url, String sql) {
        return query(url, sql, rows -> rows.getInt(1)).orElse(0);
    }

    private interface Column<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private static <T> Optional<T> query(String url, String sql, Column<T> column) {
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery(sql)) {
            return rows.next() ? Optional.ofNullable(column.read(rows)) : Optional.empty();
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) {
                return Optional.empty(); // not migrated yet
            }
            throw new IllegalStateException(e);
        }
    }

    /** Polls until {@code probe} has a value; fails the test after {@code timeout}. */
    private <T> T await(Duration timeout, Supplier<Optional<T>> probe, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            for (Process bot : bots) {
                if (!bot.isAlive() && bot.exitValue() != 137) {
                    throw new AssertionError("a bot exited with " + bot.exitValue() + "; see " + work);
                }
            }
            Thread.sleep(5);
        }
        throw new AssertionError("timed out waiting for " + what + "; logs in " + work);
    }
}
