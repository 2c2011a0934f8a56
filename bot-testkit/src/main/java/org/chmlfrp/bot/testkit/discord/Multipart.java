package org.chmlfrp.bot.testkit.discord;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@code multipart/form-data} body (RFC 7578) as JDA (OkHttp) sends it: a {@code payload_json}
 * part and {@code files[n]} parts with CRLF line ends.
 */
final class Multipart {

    /** One part: its name, optional filename and content type, and bytes. */
    record Part(String name, String filename, String contentType, byte[] bytes) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private Multipart() {}

    /** The boundary of a {@code multipart/form-data} content type, or null if it is not one. */
    static String boundary(String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return null;
        }
        for (String param : contentType.split(";")) {
            String trimmed = param.trim();
            if (trimmed.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                String value = trimmed.substring("boundary=".length());
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value;
            }
        }
        throw new IllegalArgumentException("multipart/form-data without a boundary: " + contentType);
    }

    static List<Part> parse(byte[] body, String boundary) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        List<Part> parts = new ArrayList<>();
        int at = indexOf(body, delimiter, 0);
        if (at < 0) {
            throw new IllegalArgumentException("multipart body without its boundary " + boundary);
        }
        while (true) {
            int afterDelimiter = at + delimiter.length;
            if (afterDelimiter + 1 < body.length && body[afterDelimiter] == '-' && body[afterDelimiter + 1] == '-') {
                return parts; // closing delimiter
            }
            int headersStart = skipLineEnd(body, afterDelimiter);
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
            if (headersEnd < 0) {
                throw new IllegalArgumentException("multipart part without a header block");
            }
            Map<String, String> headers =
                    headers(new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8));
            int contentStart = headersEnd + 4;
            int next = indexOf(body, delimiter, contentStart);
            if (next < 0) {
                throw new IllegalArgumentException("multipart body is not closed");
            }
            int contentEnd = next;
            if (contentEnd >= 2 && body[contentEnd - 2] == '\r' && body[contentEnd - 1] == '\n') {
                contentEnd -= 2;
            }
            byte[] content = new byte[Math.max(0, contentEnd - contentStart)];
            System.arraycopy(body, contentStart, content, 0, content.length);
            Map<String, String> disposition = disposition(headers.getOrDefault("content-disposition", ""));
            parts.add(new Part(
                    disposition.getOrDefault("name", ""),
                    okHttpUnescape(disposition.get("filename")),
                    headers.getOrDefault("content-type", "application/octet-stream"),
                    content));
            at = next;
        }
    }

    /** OkHttp writes {@code "}, CR and LF in quoted parameters as %22, %0D and %0A. */
    private static String okHttpUnescape(String value) {
        return value == null
                ? null
                : value.replace("%22", "\"").replace("%0D", "\r").replace("%0A", "\n");
    }

    private static int skipLineEnd(byte[] body, int index) {
        int i = index;
        while (i < body.length && (body[i] == ' ' || body[i] == '\t')) {
            i++;
        }
        if (i + 1 < body.length && body[i] == '\r' && body[i + 1] == '\n') {
            return i + 2;
        }
        if (i < body.length && body[i] == '\n') {
            return i + 1;
        }
        return i;
    }

    private static Map<String, String> headers(String block) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : block.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(
                        line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).trim());
            }
        }
        return headers;
    }

    /** {@code form-data; name="files[0]"; filename="a.png"} to {name=files[0], filename=a.png}. */
    private static Map<String, String> disposition(String value) {
        Map<String, String> params = new LinkedHashMap<>();
        int i = 0;
        int n = value.length();
        while (i < n) {
            int semicolon = value.indexOf(';', i);
            if (semicolon < 0) {
                break;
            }
            i = semicolon + 1;
            while (i < n && value.charAt(i) == ' ') {
                i++;
            }
            int equals = value.indexOf('=', i);
            if (equals < 0) {
                break;
            }
            String key = value.substring(i, equals).trim().toLowerCase(Locale.ROOT);
            i = equals + 1;
            StringBuilder param = new StringBuilder();
            if (i < n && value.charAt(i) == '"') {
                i++;
                while (i < n && value.charAt(i) != '"') {
                    char c = value.charAt(i);
                    if (c == '\\' && i + 1 < n) {
                        i++;
                        c = value.charAt(i);
                    }
                    param.append(c);
                    i++;
                }
                i++; // closing quote
            } else {
                while (i < n && value.charAt(i) != ';') {
                    param.append(value.charAt(i));
                    i++;
                }
            }
            params.put(key, param.toString().trim());
        }
        return params;
    }

    static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
