package org.chmlfrp.bot.onebot.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * An action's {@code params} object, written straight into the outgoing frame: the send path
 * streams its segments instead of building a JSON tree per message.
 */
@FunctionalInterface
public interface ActionParams {

    /** Writes the params as one JSON object at the generator's current position. */
    void writeTo(JsonGenerator out) throws IOException;

    /** Params given as a tree ({@code null} = empty object). */
    static ActionParams of(ObjectNode params) {
        if (params == null) {
            return out -> {
                out.writeStartObject();
                out.writeEndObject();
            };
        }
        return out -> out.writeTree(params);
    }
}
