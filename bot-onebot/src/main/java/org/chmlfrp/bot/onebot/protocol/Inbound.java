package org.chmlfrp.bot.onebot.protocol;

import com.fasterxml.jackson.databind.JsonNode;

/** One frame from the implementation: an event, the answer to an action call, or something unreadable. */
public sealed interface Inbound permits Inbound.Event, Inbound.Response, Inbound.Unreadable {

    record Event(OneBotEvent event) implements Inbound {}

    /** {@code echo} exactly as received (any JSON type). */
    record Response(JsonNode echo, ActionResult result) implements Inbound {}

    /** Not JSON, or neither an event nor an answer; {@code reason} never holds the frame's content. */
    record Unreadable(String reason) implements Inbound {}
}
