package org.chmlfrp.bot.core.store;

/**
 * The {@code storage.*} configuration cannot be used. The message names the key
 * ({@code storage.url}, {@code storage.secret-key}, {@code storage.key-file}) and the
 * problem, never a secret.
 */
public class StorageConfigException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String key;

    public StorageConfigException(String key, String problem) {
        super(key + ": " + problem);
        this.key = key;
    }

    public StorageConfigException(String key, String problem, Throwable cause) {
        super(key + ": " + problem, cause);
        this.key = key;
    }

    /** The configuration key at fault, e.g. {@code storage.secret-key}. */
    public String key() {
        return key;
    }
}
