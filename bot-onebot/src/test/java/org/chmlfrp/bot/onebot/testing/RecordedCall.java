package org.chmlfrp.bot.onebot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.chmlfrp.bot.onebot.protocol.Segment;

/** An action frame the bot sent: {@code {action, params, echo}}. */
public record RecordedCall(String action, JsonNode params, JsonNode echo, long atNanos) {

    /** The message param as segments; fails the test if the bot sent a CQ string. */
    public List<Segment> segments() {
        JsonNode m = params.get("message");
        if (m == null || !m.isArray()) {
            throw new AssertionError("message is not a segment array: " + m);
        }
        List<Segment> out = new ArrayList<>();
        m.forEach(s -> out.add(Segment.fromJson(s)));
        return out;
    }

    /** All text segments' text. */
    public String text() {
        StringBuilder b = new StringBuilder();
        segments().stream().filter(Segment::isText).forEach(s -> b.append(s.get("text")));
        return b.toString();
    }

    public boolean hasImage() {
        return segments().stream().anyMatch(s -> s.is("image"));
    }
}
