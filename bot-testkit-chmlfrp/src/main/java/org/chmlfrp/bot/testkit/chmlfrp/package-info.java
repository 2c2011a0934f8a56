/**
 * A stateful, in-memory fake of the ChmlFrp API v2 over real HTTP.
 *
 * <p>{@link org.chmlfrp.bot.testkit.chmlfrp.FakeChmlFrpServer} is the entry point: it binds
 * {@code 127.0.0.1} on a free port and answers every endpoint of the API document with the
 * document's shapes and quirks ({@code data.id: null} after {@code create_tunnel},
 * {@code "data": null} for an empty tunnel list, string booleans, business errors as HTTP 200
 * with a failing body, Spring's 404 shape for unknown paths, megabytes of
 * {@code node_status_info}), plus what current official clients use beyond the document
 * ({@code POST /login} with a JSON body, {@code /offline_tunnel}, {@code /message/list}). Its world is a {@link org.chmlfrp.bot.testkit.chmlfrp.FakeSeed}
 * turned into a live, thread-safe {@link org.chmlfrp.bot.testkit.chmlfrp.FakeState} that
 * tests may read and change; {@link org.chmlfrp.bot.testkit.chmlfrp.FakeFaults} injects
 * failures and delays per path.
 */
package org.chmlfrp.bot.testkit.chmlfrp;
