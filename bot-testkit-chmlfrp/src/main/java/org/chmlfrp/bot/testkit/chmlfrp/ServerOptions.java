package org.chmlfrp.bot.testkit.chmlfrp;

import java.time.Clock;

/**
 * How a {@link FakeChmlFrpServer} behaves beyond its world.
 *
 * @param httpStatusMirrorsCode business errors answer with HTTP status = body code (else HTTP 200)
 * @param requireCaptcha        {@code /sendmailcode} needs the four GeeTest fields
 * @param legacyDeleteOnly      {@code GET /delete_tunnel} is unknown (Spring 404); only {@code POST /deletetunnel} deletes
 * @param bareWriteAnswers      {@code /create_tunnel} and {@code /update_tunnel} answer without {@code data}
 * @param statusListSize        entries in {@code /node_status_info}'s {@code status_list}
 * @param clock                 the fake's notion of now (dates of uptime and traffic history, sign-ins)
 */
record ServerOptions(
        boolean httpStatusMirrorsCode,
        boolean requireCaptcha,
        boolean legacyDeleteOnly,
        boolean bareWriteAnswers,
        int statusListSize,
        Clock clock) {}
