package org.chmlfrp.bot.core.oauth;

/**
 * The authorization server refused ({@code error} is its RFC 6749 code, e.g. {@code invalid_grant}),
 * or could not be reached ({@code error} null). The message never holds a token.
 */
public final class OAuthException extends RuntimeException {
    private final String error;

    public OAuthException(String error, String message, Throwable cause) {
        super(message, cause);
        this.error = error;
    }

    /** The server's {@code error} code, or null for a network failure or an unreadable answer. */
    public String error() {
        return error;
    }

    /** {@code invalid_grant}: the refresh token is dead (revoked, already used, expired). */
    public boolean grantRefused() {
        return "invalid_grant".equals(error);
    }
}
