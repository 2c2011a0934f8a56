package org.chmlfrp.bot.core.oauth;

/** One poll of the token endpoint during a device flow (RFC 8628 §3.5). */
public sealed interface PollResult {
    /** The user approved: the tokens. */
    record Granted(TokenGrant tokens) implements PollResult {}

    /** {@code authorization_pending}: ask again after the interval. */
    record Pending() implements PollResult {}

    /** {@code slow_down}: ask again, 5 seconds more apart. */
    record SlowDown() implements PollResult {}

    /** {@code access_denied}: the user said no. */
    record Denied() implements PollResult {}

    /** {@code expired_token} (or the code is gone): the user must start again. */
    record Expired() implements PollResult {}
}
