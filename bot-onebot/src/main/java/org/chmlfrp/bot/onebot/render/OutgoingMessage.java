package org.chmlfrp.bot.onebot.render;

import java.util.ArrayList;
import java.util.List;
import org.chmlfrp.bot.onebot.protocol.Segment;

/**
 * One message to send: its segments, and the same message with every image replaced by its
 * alt text, sent when the implementation refuses the image.
 */
public record OutgoingMessage(List<Segment> segments, List<Segment> textOnly) {
    public OutgoingMessage {
        segments = List.copyOf(segments);
        textOnly = List.copyOf(textOnly);
    }

    public static OutgoingMessage text(String text) {
        List<Segment> s = List.of(Segment.text(text));
        return new OutgoingMessage(s, s);
    }

    public boolean hasImage() {
        return segments.stream().anyMatch(s -> s.is("image"));
    }

    /** The text segments' text, concatenated (for tests; never logged). */
    public String plainText() {
        StringBuilder b = new StringBuilder();
        segments.stream().filter(Segment::isText).forEach(s -> b.append(s.get("text")));
        return b.toString();
    }

    /** Adjacent text segments merged into one. */
    static List<Segment> mergeText(List<Segment> in) {
        List<Segment> out = new ArrayList<>();
        for (Segment s : in) {
            if (s.isText() && !out.isEmpty() && out.get(out.size() - 1).isText()) {
                Segment last = out.remove(out.size() - 1);
                out.add(Segment.text(last.get("text") + s.get("text")));
            } else {
                out.add(s);
            }
        }
        return out;
    }
}
