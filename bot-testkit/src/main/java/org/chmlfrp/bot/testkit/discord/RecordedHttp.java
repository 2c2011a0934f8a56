package org.chmlfrp.bot.testkit.discord;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One REST call the bot made to the fake, with the fake's answer.
 *
 * @param at       when it arrived
 * @param method   {@code GET}, {@code POST}, ...
 * @param path     the full path, e.g. {@code /api/v10/channels/123/messages}
 * @param route    the path after the API version prefix, e.g. {@code channels/123/messages}
 *                 (no leading slash, as JDA's {@code Route} spells it)
 * @param query    query parameters (last value wins)
 * @param headers  request headers, names lower-cased
 * @param body     the raw body bytes (empty for none)
 * @param json     the JSON body; for {@code multipart/form-data} the {@code payload_json} part;
 *                 null when there is neither
 * @param files    the file parts of a multipart body, in order; empty otherwise
 * @param status   the HTTP status the fake answered
 * @param response the JSON the fake answered, null for 204
 */
public record RecordedHttp(
        Instant at,
        String method,
        String path,
        String route,
        Map<String, String> query,
        Map<String, List<String>> headers,
        byte[] body,
        JsonNode json,
        List<UploadedFile> files,
        int status,
        JsonNode response) {

    public RecordedHttp {
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
        files = List.copyOf(files);
    }

    /** The first value of a request header (case-insensitive), or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public boolean isMultipart() {
        String type = header("content-type");
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    /** The uploaded file with that filename, if any. */
    public Optional<UploadedFile> file(String filename) {
        return files.stream().filter(f -> f.filename().equals(filename)).findFirst();
    }

    @Override
    public String toString() {
        return method + " " + route + (query.isEmpty() ? "" : " " + query) + " -> " + status
                + (json == null ? "" : " " + json) + (files.isEmpty() ? "" : " " + files);
    }
}
