package org.chmlfrp.bot.testkit.onebot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CQ-code string format of OneBot v11 ({@code message/string.md}).
 *
 * <p>Plain text escapes {@code &} as {@code &amp;}, {@code [} as {@code &#91;} and {@code ]} as
 * {@code &#93;}; parameter values inside a CQ code also escape {@code ,} as {@code &#44;}.
 * Decoding undoes all four everywhere and is lenient: a {@code [} that does not open a well-formed
 * {@code [CQ:...]} stays text.
 */
public final class CqCode {

    private static final String OPEN = "[CQ:";

    private CqCode() {}

    /** Escapes plain text: {@code & [ ]}. */
    public static String escapeText(String text) {
        return text.replace("&", "&amp;").replace("[", "&#91;").replace("]", "&#93;");
    }

    /** Escapes a CQ-code parameter value: {@code & [ ] ,}. */
    public static String escapeValue(String value) {
        return escapeText(value).replace(",", "&#44;");
    }

    /** Undoes {@link #escapeValue} (and so {@link #escapeText}). */
    public static String unescape(String escaped) {
        return escaped.replace("&#44;", ",")
                .replace("&#91;", "[")
                .replace("&#93;", "]")
                .replace("&amp;", "&");
    }

    /** One segment as CQ code; a text segment is its escaped text. */
    public static String encode(Segment segment) {
        if (segment.isText()) {
            return escapeText(segment.data().getOrDefault("text", ""));
        }
        StringBuilder out = new StringBuilder(OPEN).append(segment.type());
        segment.data()
                .forEach((key, value) -> out.append(',').append(key).append('=').append(escapeValue(value)));
        return out.append(']').toString();
    }

    public static String encode(List<Segment> segments) {
        StringBuilder out = new StringBuilder();
        for (Segment segment : segments) {
            out.append(encode(segment));
        }
        return out.toString();
    }

    /** Parses a CQ string into segments; runs of text become one text segment each. */
    public static List<Segment> decode(String message) {
        List<Segment> segments = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int at = 0;
        while (at < message.length()) {
            int open = message.indexOf(OPEN, at);
            int close = open < 0 ? -1 : message.indexOf(']', open);
            Segment code = close < 0 ? null : parseCode(message.substring(open + OPEN.length(), close));
            if (code == null) {
                int textEnd = open < 0 ? message.length() : open + 1;
                text.append(message, at, textEnd);
                at = textEnd;
                continue;
            }
            text.append(message, at, open);
            flushText(text, segments);
            segments.add(code);
            at = close + 1;
        }
        flushText(text, segments);
        return segments;
    }

    private static void flushText(StringBuilder text, List<Segment> segments) {
        if (text.length() > 0) {
            segments.add(Segment.text(unescape(text.toString())));
            text.setLength(0);
        }
    }

    /** {@code type,k=v,k=v} (the inside of {@code [CQ:...]}), or null if malformed. */
    private static Segment parseCode(String inside) {
        String[] parts = inside.split(",", -1);
        String type = parts[0];
        if (type.isEmpty() || type.contains("[")) {
            return null;
        }
        Map<String, String> data = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            if (eq <= 0) {
                return null;
            }
            data.put(parts[i].substring(0, eq), unescape(parts[i].substring(eq + 1)));
        }
        return new Segment(type, data);
    }
}
