package org.chmlfrp.bot.app.config;

/** A configuration problem: the key and what is wrong with it. Exit code 2. */
public final class ConfigException extends RuntimeException {
    private final String key;

    public ConfigException(String key, String problem) {
        super(key + ": " + problem);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
