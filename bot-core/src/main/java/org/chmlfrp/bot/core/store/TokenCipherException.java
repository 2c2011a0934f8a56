package org.chmlfrp.bot.core.store;

/**
 * A sealed value could not be opened: it was altered, is not one of ours, or was sealed
 * with another key. The message never contains the value, the plaintext or the key.
 */
public class TokenCipherException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TokenCipherException(String message) {
        super(message);
    }
}
