package org.chmlfrp.bot.core.chmlfrp;

/** What went wrong with an API call, as a chat needs to tell it apart. */
public enum ApiErrorKind {
    /** The token is dead or wrong ({@code 无效的Token}, {@code 错误的token}): the link should be renewed. */
    INVALID_TOKEN,
    /** The path or the thing asked for does not exist (HTTP or body code 404, Spring's 404 shape). */
    NOT_FOUND,
    /** The API refused the request: a bad or conflicting value, a permission it lacks (4xx, or any other failing body). */
    VALIDATION,
    /** The API failed on its side (5xx with its own JSON). */
    SERVER_ERROR,
    /**
     * Something in front of the API answered instead of it: a non-JSON 403, 502–504 or 52x page
     * of a CDN (the service down, or this address blocked).
     */
    UNAVAILABLE,
    /** The API could not be reached. */
    NETWORK,
    /** No answer within {@code chmlfrp.timeout}. */
    TIMEOUT,
    /** An answer that is not the API's JSON envelope (plain text, an unknown shape). */
    MALFORMED
}
