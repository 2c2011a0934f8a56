package org.chmlfrp.bot.core.store;

/**
 * A database operation failed. Unchecked; the message says what was being done and never
 * contains a token or a sealed value.
 */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
