package org.chmlfrp.bot.core.store;

/**
 * What the bot holds to act for a ChmlFrp account: a usertoken today, OAuth tokens later.
 * Implementations never print their secrets from {@code toString()}.
 */
public sealed interface Credential permits UserToken, OAuthTokens {}
