package org.chmlfrp.bot.testkit.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The PostgreSQL server tests run against, when there is one: the JDBC URL in the environment
 * variable {@value #ENV} or the system property {@value #PROPERTY} (e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/chmlbot_test?user=chmlbot&password=chmlbot}; {@code .ci/run}
 * starts Debian's PostgreSQL and sets it). Without one, PostgreSQL variants are skipped with
 * {@link #SKIP_REASON}, so the test command still passes on a machine with only a JDK.
 *
 * <p>Each test gets a schema of its own ({@link #freshSchemaUrl()}), so tests never see each
 * other's rows and need no cleanup order.
 */
public final class TestPostgres {
    public static final String ENV = "CHMLBOT_TEST_POSTGRES_URL";
    public static final String PROPERTY = "chmlbot.test.postgres-url";
    public static final String SKIP_REASON = "PostgreSQL variant skipped: no test database (set " + ENV + " or -D"
            + PROPERTY + " to a jdbc:postgresql:// URL; .ci/run does)";

    private TestPostgres() {}

    /** The configured server's URL, if any. */
    public static Optional<String> baseUrl() {
        String url = System.getProperty(PROPERTY);
        if (url == null || url.isBlank()) {
            url = System.getenv(ENV);
        }
        return url == null || url.isBlank() ? Optional.empty() : Optional.of(url.strip());
    }

    public static boolean available() {
        return baseUrl().isPresent();
    }

    /**
     * Creates an empty schema with a random name and returns the server's URL with
     * {@code currentSchema} set to it: Flyway and every statement on that URL work in it alone.
     *
     * @throws IllegalStateException if no server is configured or it cannot be reached
     */
    public static String freshSchemaUrl() {
        String base = baseUrl().orElseThrow(() -> new IllegalStateException(SKIP_REASON));
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(base);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "cannot create a test schema on " + redact(base) + ": " + e.getMessage(), e);
        }
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** The URL without its query (which may hold a password). */
    public static String redact(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query) + "?…";
    }
}
