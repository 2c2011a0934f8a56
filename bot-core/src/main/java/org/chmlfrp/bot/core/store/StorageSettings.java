package org.chmlfrp.bot.core.store;

import java.nio.file.Path;

/**
 * The {@code storage} section of the configuration.
 *
 * @param jdbcUrl         {@code storage.url}: any JDBC URL, H2 embedded by default
 * @param secretKeyBase64 {@code storage.secret-key}: base64 of a 32-byte AES key; empty
 *                        (or null) to use {@code keyFile}
 * @param keyFile         {@code storage.key-file}: where the key is kept when
 *                        {@code secretKeyBase64} is empty; generated on first use
 */
public record StorageSettings(String jdbcUrl, String secretKeyBase64, Path keyFile) {

    public static final String DEFAULT_JDBC_URL = "jdbc:h2:file:./data/chmlfrp-bot";
    public static final Path DEFAULT_KEY_FILE = Path.of("./data/secret.key");

    public StorageSettings {
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            throw new StorageConfigException("storage.url", "must not be empty");
        }
        jdbcUrl = jdbcUrl.strip();
        if (!jdbcUrl.startsWith("jdbc:")) {
            throw new StorageConfigException(
                    "storage.url", "must be a JDBC URL starting with jdbc: (e.g. " + DEFAULT_JDBC_URL + ")");
        }
        secretKeyBase64 = secretKeyBase64 == null ? "" : secretKeyBase64.strip();
        if (secretKeyBase64.isEmpty() && keyFile == null) {
            throw new StorageConfigException("storage.key-file", "must be set when storage.secret-key is empty");
        }
    }

    /** The documented defaults: H2 file under {@code ./data}, key generated into {@code ./data/secret.key}. */
    public static StorageSettings defaults() {
        return new StorageSettings(DEFAULT_JDBC_URL, "", DEFAULT_KEY_FILE);
    }

    /** Whether the key comes from {@code storage.secret-key} rather than the key file. */
    public boolean hasSecretKey() {
        return !secretKeyBase64.isEmpty();
    }

    /** Never the secret key, and the URL without its options (they may hold a password). */
    @Override
    public String toString() {
        return "StorageSettings[jdbcUrl=" + JdbcUrls.redact(jdbcUrl)
                + ", secretKey=" + (hasSecretKey() ? "***" : "(empty)")
                + ", keyFile=" + keyFile + "]";
    }
}
