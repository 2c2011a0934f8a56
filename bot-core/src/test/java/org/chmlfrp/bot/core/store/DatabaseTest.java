package org.chmlfrp.bot.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chmlfrp.bot.core.store.TestStores.T0;
import static org.chmlfrp.bot.core.store.TestStores.discord;
import static org.chmlfrp.bot.core.store.TestStores.qq;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.chmlfrp.bot.core.chat.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void migratesAnEmptyFileDatabaseCreatingItsDirectory() throws Exception {
        Path data = dir.resolve("data/deeper");
        String url = "jdbc:h2:file:" + data.resolve("chmlfrp-bot");
        try (Database database = Database.open(url)) {
            assertThat(data.resolve("chmlfrp-bot.mv.db")).exists();
            try (Connection connection = database.dataSource().getConnection();
                    Statement statement = connection.createStatement()) {
                assertThat(connection.getAutoCommit()).isTrue();
                for (String table : List.of("account_link", "subscription", "watch", "broadcast_state")) {
                    try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                        assertThat(rows.next()).isTrue();
                        assertThat(rows.getInt(1)).as(table).isZero();
                    }
                }
                try (ResultSet rows = statement.executeQuery(
                        "SELECT COUNT(*) FROM \"flyway_schema_history\""
                                + " WHERE \"version\" = '1' AND \"script\" = 'V1__initial_schema.sql' AND \"success\" = TRUE")) {
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getInt(1)).isEqualTo(1);
                }
            }
        }
    }

    @Test
    void aRestartKeepsLinksSubscriptionsWatchesAndState() {
        String url = "jdbc:h2:file:" + dir.resolve("restart/db");
        TokenCipher cipher = TokenCipher.ephemeral();
        AccountLink link = new AccountLink(qq("10001"), new UserToken("token-alice"), 42, "alice", T0);
        Subscription subscription =
                Subscription.of(Platform.ONEBOT, "5550001", SubscriptionKind.NODES, "3330001", "10001", T0);
        Watch watch = Watch.of(discord("900"), null, T0);

        try (Database database = Database.open(url)) {
            new AccountLinks(database, cipher).save(link);
            new Subscriptions(database).add(subscription);
            new Watches(database).start(watch);
            new BroadcastState(database, CLOCK).put("daily.last-sent", "2026-11-25");
        }
        try (Database database = Database.open(url)) {
            assertThat(new AccountLinks(database, cipher).all()).containsExactly(link);
            assertThat(new Subscriptions(database).byKind(SubscriptionKind.NODES))
                    .containsExactly(subscription);
            assertThat(new Watches(database).active()).containsExactly(watch);
            assertThat(new BroadcastState(database, CLOCK).get("daily.last-sent"))
                    .contains("2026-11-25");
        }
    }

    @Test
    void aStoredTokenNeverReachesTheDatabaseFileNorTheLogs() throws Exception {
        String token = "tok" + Long.toHexString(Double.doubleToLongBits(Math.random())) + "PRIVACY";
        String refresh = "refresh" + Long.toHexString(System.nanoTime()) + "PRIVACY";
        String access = "access" + Long.toHexString(System.nanoTime()) + "PRIVACY";
        String visibleName = "control" + Long.toHexString(System.nanoTime()) + "NAME";
        Path db = dir.resolve("privacy/chmlfrp-bot");
        TokenCipher cipher = TokenCipher.ephemeral();

        List<String> sealed;
        List<String> logged;
        try (LogCapture logs = new LogCapture();
                Database database = Database.open("jdbc:h2:file:" + db)) {
            AccountLinks links = new AccountLinks(database, cipher);
            links.save(new AccountLink(qq("10001"), new UserToken(token), 42, visibleName, T0));
            links.save(new AccountLink(qq("10002"), new UserToken(token), 42, visibleName, T0));
            links.save(new AccountLink(discord("900"), new OAuthTokens(refresh, access, T0), 42, visibleName, T0));
            links.save(new AccountLink(qq("10001"), new UserToken(token), 42, visibleName, T0)); // replace
            assertThat(links.find(qq("10001")).orElseThrow().credential()).isEqualTo(new UserToken(token));
            assertThat(links.all()).hasSize(3);
            sealed = sealedValues(database);
            database.close();
            logged = logs.texts();
        }

        assertThat(logged).as("log events captured").isNotEmpty();
        for (String text : logged) {
            for (String secret : List.of(token, refresh, access)) {
                assertThat(text).doesNotContain(secret);
            }
            for (String value : sealed) {
                assertThat(text).doesNotContain(value);
            }
        }

        byte[] file = Files.readAllBytes(dir.resolve("privacy/chmlfrp-bot.mv.db"));
        // Control: the scan does see what H2 stores in clear, so the absence below means something.
        assertThat(DiskBytes.contains(file, visibleName))
                .as("the unsealed username is on disk")
                .isTrue();
        try (var files = Files.walk(dir)) {
            for (Path path : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(path);
                for (String secret : List.of(token, refresh, access)) {
                    assertThat(DiskBytes.contains(bytes, secret))
                            .as(secret + " in " + path)
                            .isFalse();
                }
            }
        }
    }

    private static List<String> sealedValues(Database database) throws Exception {
        List<String> values = new java.util.ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT sealed_secret, sealed_access FROM account_link")) {
            while (rows.next()) {
                values.add(rows.getString(1));
                if (rows.getString(2) != null) {
                    values.add(rows.getString(2));
                }
            }
        }
        assertThat(values).hasSize(4);
        return values;
    }

    @Test
    void aHardKillRightAfterAWriteLosesNothing() throws Exception {
        Path db = dir.resolve("crash/db");
        String url = "jdbc:h2:file:" + db;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(
                        java, "-cp", System.getProperty("java.class.path"), HardKillWriter.class.getName(), url)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile())
                .start();
        assertThat(child.waitFor())
                .as("exit code of a process that halted itself; see child.log")
                .isEqualTo(HardKillWriter.EXIT_CODE);

        try (Database database = Database.open(url)) {
            assertThat(new Subscriptions(database).byKind(SubscriptionKind.NODES))
                    .extracting(Subscription::chatId)
                    .containsExactly("5550001", "5550002");
            assertThat(new Watches(database).active())
                    .extracting(Watch::identity)
                    .containsExactly(qq("10001"));
            assertThat(new BroadcastState(database, CLOCK).get("daily.last-sent"))
                    .contains("2026-11-25");
        }
    }

    @Test
    void anUnusableUrlFailsWithAStoreExceptionThatHidesItsOptions() {
        assertThatThrownBy(() -> Database.open("jdbc:nosuchdb://db/bot;password=hunter2"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("jdbc:nosuchdb://db/bot;…")
                .message()
                .doesNotContain("hunter2");
    }

    @Test
    void opensWithStorageSettingsAndCloses() {
        Database database = Database.open(new StorageSettings(TestStores.memoryUrl(), "", dir.resolve("k")));
        assertThat(database.isClosed()).isFalse();
        assertThat(database.toString()).startsWith("Database[jdbc:h2:mem:store-");
        database.close();
        database.close(); // twice is fine
        assertThat(database.isClosed()).isTrue();
    }

    @Test
    void aStoreOpenedInTheBackgroundRunsItsCheckFirstThenServesEveryUse() {
        StorageSettings settings = new StorageSettings(TestStores.memoryUrl(), "", dir.resolve("k"));
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Database database = Database.openInBackground(settings, store -> {
            new BroadcastState(store, CLOCK).put("checked", "yes");
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        java.util.concurrent.CompletableFuture<java.util.Optional<String>> early =
                java.util.concurrent.CompletableFuture.supplyAsync(
                        () -> new BroadcastState(database, CLOCK).get("checked"));
        assertThat(early).isNotDone(); // a use waits while the check runs

        release.countDown();

        assertThat(early.join()).contains("yes");
        assertThat(database.awaitOpen()).isSameAs(database);
        assertThat(database.isClosed()).isFalse();
        database.close();
        assertThat(database.isClosed()).isTrue();
    }

    @Test
    void aFailedBackgroundCheckIsWhatEveryUseThrowsAndLeavesNothingOpen() {
        StorageSettings settings = new StorageSettings(TestStores.memoryUrl(), "", dir.resolve("k"));
        Database database = Database.openInBackground(settings, store -> {
            throw new StorageConfigException("storage.key-file", "is not the key");
        });
        assertThatThrownBy(database::awaitOpen)
                .isInstanceOf(StorageConfigException.class)
                .hasMessageStartingWith("storage.key-file");
        assertThatThrownBy(() -> new BroadcastState(database, CLOCK).get("x"))
                .isInstanceOf(StorageConfigException.class);
        assertThat(database.isClosed()).isTrue();
        database.close(); // nothing to close
    }
}
