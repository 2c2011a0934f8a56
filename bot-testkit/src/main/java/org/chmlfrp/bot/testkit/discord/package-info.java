/**
 * A local Discord double for driving a real JDA: REST API v10 and the gateway on loopback.
 *
 * <p>{@link org.chmlfrp.bot.testkit.discord.FakeDiscord} is the entry point. It answers
 * login (GET /gateway/bot, /users/@me, /applications/@me), command registration (bulk
 * overwrite), interaction callbacks and webhook edits/followups, channel messages and DMs;
 * dispatches READY, GUILD_CREATE and INTERACTION_CREATE (slash commands, buttons,
 * autocomplete, modal submits) as Discord shapes them; and records every request, with
 * multipart uploads split into {@code payload_json} and file bytes.
 */
package org.chmlfrp.bot.testkit.discord;
