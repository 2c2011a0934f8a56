package org.chmlfrp.bot.onebot.protocol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CQ-code string form of a message (OneBot v11 message/string.md): plain text with
 * {@code &}, {@code [}, {@code ]} escaped, and {@code [CQ:type,key=value,...]} codes whose
 * values also escape {@code ,}. Used to READ incoming string-format messages; the bot never
 * sends CQ strings. {@link #render} exists for tests and logs of structure.
 */
public final class CqCode {
    private static final String OPEN = "[CQ:";

    private CqCode() {}

    /** Escapes plain text: {@code & [ ]}. */
    public static String escapeText(String s) {
        return escape(s, false);
    }

    /** Escapes a CQ-code parameter value: {@code & [ ] ,}. */
    public static String escapeParam(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean comma) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&':
                    b.append("&amp;");
                    break;
                case '[':
                    b.append("&#91;");
                    break;
                case ']':
                    b.append("&#93;");
                    break;
                case ',':
                    b.append(comma ? "&#44;" : ",");
                    break;
                default:
                    b.append(c);
            }
        }
        return b.toString();
    }

    /** Reverses both escapes in one pass, so {@code &amp;#91;} becomes {@code &#91;}, not {@code [}. */
    public static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '&') {
                if (s.startsWith("&amp;", i)) {
                    b.append('&');
                    i += 5;
                    continue;
                }
                if (s.startsWith("&#91;", i)) {
                    b.append('[');
                    i += 5;
                    continue;
                }
                if (s.startsWith("&#93;", i)) {
                    b.append(']');
                    i += 5;
                    continue;
                }
                if (s.startsWith("&#44;", i)) {
                    b.append(',');
                    i += 5;
                    continue;
                }
            }
            b.append(c);
            i++;
        }
        return b.toString();
    }

    /**
     * Parses a CQ string into segments. Text between codes becomes (unescaped) text segments,
     * adjacent text merged; an unterminated {@code [CQ:} is kept as text.
     */
    public static List<Segment> parse(String message) {
        List<Segment> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < message.length()) {
            int open = message.indexOf(OPEN, i);
            if (open < 0) {
                text.append(message, i, message.length());
                break;
            }
            int close = message.indexOf(']', open);
            if (close < 0) {
                text.append(message, i, message.length());
                break;
            }
            text.append(message, i, open);
            Segment code = parseCode(message.substring(open + OPEN.length(), close));
            if (code == null) {
                text.append(message, open, close + 1);
            } else {
                flushText(out, text);
                out.add(code);
            }
            i = close + 1;
        }
        flushText(out, text);
        return out;
    }

    private static void flushText(List<Segment> out, StringBuilder escaped) {
        if (escaped.length() > 0) {
            out.add(Segment.text(unescape(escaped.toString())));
            escaped.setLength(0);
        }
    }

    /** {@code type,k=v,k=v} (between {@code [CQ:} and {@code ]}); null when the type is empty. */
    private static Segment parseCode(String body) {
        String[] parts = body.split(",", -1);
        String type = parts[0].trim();
        if (type.isEmpty()) {
            return null;
        }
        Map<String, String> data = new LinkedHashMap<>();
        for (int p = 1; p < parts.length; p++) {
            String kv = parts[p];
            int eq = kv.indexOf('=');
            if (eq < 0) {
                if (!kv.isEmpty()) {
                    data.put(kv, "");
                }
                continue;
            }
            data.put(kv.substring(0, eq), unescape(kv.substring(eq + 1)));
        }
        return new Segment(type, data);
    }

    /** The CQ string of segments: text escaped, codes with escaped values. */
    public static String render(List<Segment> segments) {
        StringBuilder b = new StringBuilder();
        for (Segment s : segments) {
            if (s.isText()) {
                b.append(escapeText(s.get("text")));
                continue;
            }
            b.append(OPEN).append(s.type());
            s.data().forEach((k, v) -> b.append(',').append(k).append('=').append(escapeParam(v)));
            b.append(']');
        }
        return b.toString();
    }
}
