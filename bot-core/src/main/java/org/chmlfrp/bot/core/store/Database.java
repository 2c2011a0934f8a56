package org.chmlfrp.bot.core.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.chmlfrp.bot.core.support.Failures;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's connection pool (HikariCP) on any JDBC URL, its schema migrated by Flyway
 * from {@code classpath:db/migration} when it opens.
 *
 * <p>Crash safety: connections are handed out in auto-commit mode, so every write the
 * repositories make is its own committed statement; and on H2, whose MVStore otherwise
 * writes commits to the file only every {@code WRITE_DELAY} (500 ms) and so loses them all
 * on {@code kill -9}, each write is followed by a {@code CHECKPOINT} (under a millisecond).
 * A crash therefore loses at most the command in hand.
 *
 * <p>For H2 files the parent directory is created. Unless the URL says otherwise, H2's own
 * shutdown hook is turned off ({@code DB_CLOSE_ON_EXIT=FALSE}) so that the application decides
 * when the store closes, and an in-memory database is kept while the JVM lives
 * ({@code DB_CLOSE_DELAY=-1}) rather than while some pooled connection happens to be open.
 */
public final class Database implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Database.class);
    static final String MIGRATIONS = "classpath:db/migration";

    /** The pool once open (and checked); failed with what opening threw. */
    private final CompletableFuture<HikariDataSource> pool;

    private final String redactedUrl;
    private volatile boolean checkpointAfterWrite;

    private Database(CompletableFuture<HikariDataSource> pool, String jdbcUrl) {
        this.pool = pool;
        this.redactedUrl = JdbcUrls.redact(jdbcUrl);
        this.checkpointAfterWrite = JdbcUrls.isH2(jdbcUrl) && !JdbcUrls.isH2InMemory(jdbcUrl);
    }

    /** Opens the database {@code storage.url} names and brings its schema up to date. */
    public static Database open(StorageSettings settings) {
        return open(settings.jdbcUrl());
    }

    /**
     * Opens a pool on {@code jdbcUrl} and migrates the schema.
     *
     * @throws StorageConfigException if the H2 data directory cannot be created
     * @throws StoreException         if the database cannot be reached or migrated
     */
    public static Database open(String jdbcUrl) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        return new Database(CompletableFuture.completedFuture(openPool(jdbcUrl)), jdbcUrl);
    }

    /**
     * Returns at once and opens the store on a thread of its own (connecting and migrating take
     * most of a second at start, which the rest of the bot can use). Then {@code check} runs on
     * the open store before anything else may use it (the secret-key check); until both are done
     * every use waits, and if either fails every use throws what it threw — see {@link #awaitOpen()}.
     */
    public static Database openInBackground(StorageSettings settings, Consumer<Database> check) {
        String jdbcUrl = settings.jdbcUrl();
        CompletableFuture<HikariDataSource> ready = new CompletableFuture<>();
        Thread opener = new Thread(
                () -> {
                    try {
                        HikariDataSource dataSource = openPool(jdbcUrl);
                        try {
                            check.accept(new Database(CompletableFuture.completedFuture(dataSource), jdbcUrl));
                        } catch (RuntimeException | Error e) {
                            dataSource.close();
                            throw e;
                        }
                        ready.complete(dataSource);
                    } catch (Throwable e) {
                        ready.completeExceptionally(e);
                    }
                },
                "chmlfrp-store-open");
        opener.setDaemon(true);
        opener.start();
        return new Database(ready, jdbcUrl);
    }

    /**
     * Waits until the store is open and checked.
     *
     * @return this
     * @throws StorageConfigException, StoreException or whatever else opening or the check threw
     */
    public Database awaitOpen() {
        pool();
        return this;
    }

    private HikariDataSource pool() {
        try {
            return pool.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static HikariDataSource openPool(String jdbcUrl) {
        String redacted = JdbcUrls.redact(jdbcUrl);
        JdbcUrls.h2FilePath(jdbcUrl).ifPresent(Database::createParentDirectory);

        HikariConfig config = new HikariConfig();
        config.setPoolName("chmlfrp-store");
        config.setJdbcUrl(JdbcUrls.withH2Defaults(jdbcUrl));
        config.setAutoCommit(true);
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(10_000);

        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("cannot open the store at " + redacted + ": " + describe(e), e);
        }
        try {
            MigrateResult result = Flyway.configure()
                    .dataSource(dataSource)
                    .locations(MIGRATIONS)
                    .load()
                    .migrate();
            log.info(
                    "Store open at {} (schema version {}, {} migration(s) applied now)",
                    redacted,
                    currentVersion(result),
                    result.migrationsExecuted);
        } catch (RuntimeException e) {
            dataSource.close();
            throw new StoreException("cannot migrate the store at " + redacted + ": " + describe(e), e);
        }
        return dataSource;
    }

    /** The pool (waiting for it while the store opens); connections are in auto-commit mode. */
    public DataSource dataSource() {
        return pool();
    }

    /** A connection from the pool (waiting for it while the store opens); close it to give it back. */
    Connection connection() throws SQLException {
        return pool().getConnection();
    }

    /**
     * Makes a committed write survive a crash of this process: a {@code CHECKPOINT} on H2
     * (see the class comment); nothing elsewhere, where a commit is durable already.
     * Called by the repositories after each write that changed rows.
     */
    void afterWrite(Connection connection) {
        if (!checkpointAfterWrite) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT");
        } catch (SQLException e) {
            // e.g. a user without admin rights: the write stands, only its crash safety is weaker.
            checkpointAfterWrite = false;
            log.warn(
                    "The store cannot CHECKPOINT ({}); a hard kill may lose the last half second of writes.",
                    e.getMessage());
        }
    }

    /** Open, migrated and checked, and not closed since; never waits (what {@code GET /health} asks). */
    public boolean isOpen() {
        return pool.isDone() && !pool.isCompletedExceptionally() && !pool.join().isClosed();
    }

    /** Closed, or never opened because opening failed. */
    public boolean isClosed() {
        return pool.isCompletedExceptionally() || pool.isDone() && pool.join().isClosed();
    }

    /**
     * Closes the pool (first waiting for a store still opening); an embedded H2 database closes
     * (and is flushed) with its last connection.
     */
    @Override
    public void close() {
        HikariDataSource dataSource = pool.exceptionally(failedToOpen -> null).join();
        if (dataSource != null && !dataSource.isClosed()) {
            dataSource.close();
            log.info("Store at {} closed", redactedUrl);
        }
    }

    @Override
    public String toString() {
        return "Database[" + redactedUrl + "]";
    }

    private static void createParentDirectory(Path databasePath) {
        Path parent = databasePath.toAbsolutePath().normalize().getParent();
        if (parent == null || Files.isDirectory(parent)) {
            return;
        }
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new StorageConfigException(
                    "storage.url",
                    "cannot create the data directory " + parent + " ("
                            + e.getClass().getSimpleName() + ")",
                    e);
        }
    }

    private static String currentVersion(MigrateResult result) {
        return result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
    }

    /** The root cause's message: H2 says "Database may be already in use" there, for one. */
    private static String describe(Throwable e) {
        Throwable root = Failures.rootCause(e);
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message;
    }
}
