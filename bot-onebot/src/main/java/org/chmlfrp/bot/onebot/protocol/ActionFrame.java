package org.chmlfrp.bot.onebot.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Encodes one action call, {@code {"action":…,"params":{…},"echo":"…"}}, as the UTF-8 bytes of
 * a text frame: written by a streaming generator, never through a tree or a {@code String}.
 */
public final class ActionFrame {
    private ActionFrame() {}

    public static byte[] encode(String action, ActionParams params, String echo) {
        try (ByteArrayBuilder bytes = new ByteArrayBuilder(256);
                JsonGenerator out = Json.MAPPER.getFactory().createGenerator(bytes)) {
            out.writeStartObject();
            out.writeStringField("action", action);
            out.writeFieldName("params");
            params.writeTo(out);
            out.writeStringField("echo", echo);
            out.writeEndObject();
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode " + action, e);
        }
    }
}
