/**
 * The bot's durable state: account links (chat identity to encrypted ChmlFrp credential),
 * broadcast subscriptions, tunnel watches and a small key/value for broadcast bookkeeping.
 *
 * <p>Plain JDBC over a HikariCP pool ({@link org.chmlfrp.bot.core.store.Database}); the schema
 * is managed by Flyway migrations in {@code db/migration} written in SQL that runs on H2 and
 * PostgreSQL alike. Every write is one auto-committed statement, so a crash loses at most
 * the command in hand.
 *
 * <p>Privacy: credentials are sealed with AES-256-GCM ({@link org.chmlfrp.bot.core.store.TokenCipher})
 * before they reach JDBC; the database never holds a token in clear, and no class here logs
 * a token or a sealed value, nor puts one in an exception message.
 */
package org.chmlfrp.bot.core.store;
