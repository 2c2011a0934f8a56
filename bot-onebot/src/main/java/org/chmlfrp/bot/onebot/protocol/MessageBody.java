package org.chmlfrp.bot.onebot.protocol;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * A {@code message} (or {@code raw_message}) field as sent: a string — a CQ-code message, or
 * the plain text of an action answer or a notice — or segments (message/array.md). The CQ
 * string is parsed only when the segments are asked for. A JSON null is an empty message; a
 * value of any other type is empty too.
 */
@JsonDeserialize(using = MessageBody.Reader.class)
final class MessageBody {
    static final MessageBody EMPTY = new MessageBody("", List.of());

    private final String text;
    /** Null for a string: parsed from {@link #text} when asked for. */
    private final List<Segment> segments;

    private MessageBody(String text, List<Segment> segments) {
        this.text = text;
        this.segments = segments;
    }

    /** The text as sent; "" when the field held segments. */
    String text() {
        return text;
    }

    /** The segments: as sent, or parsed from the CQ string (unescaped per message/string.md). */
    List<Segment> segments() {
        return segments != null ? segments : CqCode.parse(text);
    }

    /** Reads a string, an array of segments (non-objects skipped) or a single segment object. */
    static final class Reader extends StdDeserializer<MessageBody> implements ResolvableDeserializer {
        private JsonDeserializer<Object> segmentList;
        private JsonDeserializer<Object> segment;

        Reader() {
            super(MessageBody.class);
        }

        /** Looks the segment readers up once, not per message. */
        @Override
        public void resolve(DeserializationContext ctxt) throws JsonMappingException {
            JavaType list = ctxt.getTypeFactory().constructCollectionType(List.class, Segment.class);
            segmentList = ctxt.findRootValueDeserializer(list);
            segment = ctxt.findRootValueDeserializer(ctxt.constructType(Segment.class));
        }

        @Override
        public MessageBody deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            switch (p.currentToken()) {
                case VALUE_STRING:
                    return new MessageBody(p.getText(), null);
                case START_ARRAY: {
                    @SuppressWarnings("unchecked")
                    List<Segment> read = (List<Segment>) segmentList.deserialize(p, ctxt);
                    read.removeIf(Objects::isNull);
                    return new MessageBody("", read);
                }
                case START_OBJECT: {
                    Segment one = (Segment) segment.deserialize(p, ctxt);
                    return one == null ? EMPTY : new MessageBody("", List.of(one));
                }
                default:
                    p.skipChildren();
                    return EMPTY;
            }
        }

        @Override
        public MessageBody getNullValue(DeserializationContext ctxt) {
            return EMPTY;
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            return null;
        }
    }
}
