package org.chmlfrp.bot.testkit.chmlfrp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** A tiny real-HTTP client for the tests: GET with a query, POST with a JSON body, any headers. */
final class ApiClient {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;

    ApiClient(URI base) {
        this.base = base;
    }

    /** An HTTP answer. */
    record Answer(int status, String contentType, String body) {

        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        int code() {
            return json().path("code").asInt();
        }

        String msg() {
            return json().path("msg").asText();
        }

        JsonNode data() {
            return json().get("data");
        }
    }

    /** Query parameters in order: {@code query("a", "1", "b", "2")}. */
    static Map<String, String> query(String... keyValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    Answer get(String path) {
        return get(path, Map.of());
    }

    Answer get(String path, Map<String, String> query, String... headers) {
        return send(HttpRequest.newBuilder(uri(path, query)).GET(), headers);
    }

    /** GET with {@code Authorization: Bearer token}. */
    Answer getAuthed(String token, String path, String... keyValues) {
        return get(path, query(keyValues), "Authorization", "Bearer " + token);
    }

    /** POST a JSON body (a map or a JSON string). */
    Answer post(String path, Object body, String... headers) {
        String json;
        try {
            json = body instanceof String s ? s : MAPPER.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path, Map.of()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        return send(b, headers);
    }

    /** POST with parameters in the query and no body (the document's sendmailcode/deletetunnel form). */
    Answer postQuery(String path, Map<String, String> query, String... headers) {
        return send(HttpRequest.newBuilder(uri(path, query)).POST(HttpRequest.BodyPublishers.noBody()), headers);
    }

    Answer send(HttpRequest.Builder builder, String... headers) {
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> r = HTTP.send(
                    builder.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(
                    r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI uri(String path, Map<String, String> query) {
        StringJoiner q = new StringJoiner("&");
        query.forEach((k, v) -> q.add(enc(k) + "=" + enc(v)));
        return URI.create(base + path + (query.isEmpty() ? "" : "?" + q));
    }

    static HttpClient http() {
        return HTTP;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
