package org.chmlfrp.bot.core.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** What the store needs to know about a JDBC URL without connecting. */
final class JdbcUrls {

    private static final String H2 = "jdbc:h2:";

    private JdbcUrls() {}

    /**
     * The URL fit for a log line or an error message: without options ({@code ;…}, {@code ?…})
     * and without user info ({@code //user:password@host}), either of which may hold a password.
     */
    static String redact(String url) {
        return url.replaceFirst("(?s)([;?]).*", "$1…").replaceFirst("//[^@]*@", "//…@");
    }

    static boolean isH2(String url) {
        return url.regionMatches(true, 0, H2, 0, H2.length());
    }

    /** {@code jdbc:h2:mem:…}: nothing on disk to flush. */
    static boolean isH2InMemory(String url) {
        return isH2(url) && url.regionMatches(true, H2.length(), "mem:", 0, 4);
    }

    /**
     * For an embedded H2 database in a file ({@code jdbc:h2:file:./data/x}, {@code jdbc:h2:./data/x},
     * {@code jdbc:h2:~/x}), the database path without H2's {@code .mv.db} suffix; empty for
     * in-memory, server and other URLs.
     */
    static Optional<Path> h2FilePath(String url) {
        if (!isH2(url)) {
            return Optional.empty();
        }
        String rest = url.substring(H2.length());
        int options = rest.indexOf(';');
        if (options >= 0) {
            rest = rest.substring(0, options);
        }
        String lower = rest.toLowerCase(Locale.ROOT);
        if (lower.startsWith("file:")) {
            rest = rest.substring("file:".length());
        } else if (rest.indexOf(':') > 1) {
            // a scheme (mem:, tcp:, ssl:, zip:, H2's other file systems), not a path (C:/data/x, ./x)
            return Optional.empty();
        }
        if (rest.isBlank()) {
            return Optional.empty();
        }
        if (rest.equals("~") || rest.startsWith("~/") || rest.startsWith("~\\")) {
            rest = System.getProperty("user.home") + rest.substring(1);
        }
        return Optional.of(Path.of(rest));
    }

    /**
     * The URL with the H2 defaults the store relies on, where the URL does not set them:
     * <ul>
     *   <li>{@code DB_CLOSE_ON_EXIT=FALSE}: H2's own shutdown hook must not close the
     *       database under commands still in flight; the application closes the store;</li>
     *   <li>in memory, {@code DB_CLOSE_DELAY=-1}: otherwise the database vanishes whenever
     *       the pool happens to retire its last open connection.</li>
     * </ul>
     * Server URLs ({@code tcp:}, {@code ssl:}) are left as they are.
     */
    static String withH2Defaults(String url) {
        if (!isH2(url)) {
            return url;
        }
        String rest = url.substring(H2.length()).toLowerCase(Locale.ROOT);
        if (rest.startsWith("tcp:") || rest.startsWith("ssl:")) {
            return url;
        }
        String upper = url.toUpperCase(Locale.ROOT);
        StringBuilder result = new StringBuilder(url);
        if (!upper.contains(";DB_CLOSE_ON_EXIT=")) {
            result.append(";DB_CLOSE_ON_EXIT=FALSE");
        }
        if (isH2InMemory(url) && !upper.contains(";DB_CLOSE_DELAY=")) {
            result.append(";DB_CLOSE_DELAY=-1");
        }
        return result.toString();
    }
}
