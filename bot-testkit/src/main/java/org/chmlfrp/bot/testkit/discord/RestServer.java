package org.chmlfrp.bot.testkit.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discord's REST API on {@code 127.0.0.1:<free port>} over the JDK's {@link HttpServer}: parses
 * each request (JSON or multipart with {@code payload_json}), lets {@link RestRoutes} answer it,
 * records it, then writes the answer. Also serves uploaded files under {@code /attachments/}.
 */
final class RestServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RestServer.class);
    private static final Pattern VERSIONED = Pattern.compile("^/api/v(\\d+)/(.*)$");

    /** A parsed request on its way through the routes. */
    static final class Request {
        final String method;
        final String path;
        final String route;
        final String[] segments;
        final Map<String, String> query;
        final Map<String, List<String>> headers;
        final byte[] body;
        final JsonNode json;
        final List<UploadedFile> files;
        private final List<Consumer<RecordedHttp>> afterRecording = new ArrayList<>();

        Request(
                String method,
                String path,
                String route,
                Map<String, String> query,
                Map<String, List<String>> headers,
                byte[] body,
                JsonNode json,
                List<UploadedFile> files) {
            this.method = method;
            this.path = path;
            this.route = route;
            this.segments = route.isEmpty() ? new String[0] : route.split("/", -1);
            this.query = query;
            this.headers = headers;
            this.body = body;
            this.json = json;
            this.files = files;
        }

        String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        /** Runs once the request is recorded, before the answer is written. */
        void afterRecording(Consumer<RecordedHttp> hook) {
            afterRecording.add(hook);
        }
    }

    /** An answer: a status and a JSON body (null for none, e.g. 204). */
    record Reply(int status, JsonNode body) {
        static Reply ok(JsonNode body) {
            return new Reply(200, body);
        }

        static Reply noContent() {
            return new Reply(204, null);
        }

        static Reply error(int status, String message, int code) {
            return new Reply(status, DiscordJson.error(message, code));
        }
    }

    private final RestRoutes routes;
    private final RequestLog log;
    private final Map<String, UploadedFile> served = new ConcurrentHashMap<>();
    private final HttpServer server;
    private final ExecutorService pool;

    RestServer(RestRoutes routes, RequestLog log) {
        this.routes = routes;
        this.log = log;
        try {
            this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("fake Discord could not listen on 127.0.0.1", e);
        }
        AtomicInteger threads = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(4, task -> {
            Thread thread = new Thread(task, "fake-discord-rest-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(pool);
        server.createContext("/", this::handle);
    }

    void start() {
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Makes an uploaded file downloadable at {@code /attachments/<key>}. */
    void serve(String key, UploadedFile file) {
        served.put(key, file);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            String path = exchange.getRequestURI().getRawPath();
            if (path.startsWith("/attachments/")) {
                serveAttachment(exchange, path.substring("/attachments/".length()));
                return;
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Map<String, List<String>> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders()
                    .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            Matcher versioned = VERSIONED.matcher(path);
            String route = versioned.matches() ? decode(versioned.group(2)) : decode(path.replaceFirst("^/", ""));

            Reply reply;
            Request request = null;
            JsonNode json = null;
            List<UploadedFile> files = List.of();
            try {
                String contentType = first(headers, "content-type");
                String boundary = Multipart.boundary(contentType);
                if (boundary != null) {
                    files = new ArrayList<>();
                    for (Multipart.Part part : Multipart.parse(body, boundary)) {
                        if (part.name().equals("payload_json")) {
                            json = DiscordJson.parse(part.bytes());
                        } else if (part.filename() != null) {
                            files.add(new UploadedFile(part.name(), part.filename(), part.contentType(), part.bytes()));
                        }
                    }
                } else if (body.length > 0) {
                    json = DiscordJson.parse(body);
                }
                request = new Request(method, path, route, query, headers, body, json, files);
                reply = versioned.matches() ? routes.answer(request) : Reply.error(404, "404: Not Found", 0);
            } catch (IllegalArgumentException e) {
                LOG.debug("malformed request {} {}", method, path, e);
                reply = new Reply(400, malformed(e.getMessage()));
            } catch (RuntimeException e) {
                LOG.warn("fake Discord failed on {} {}", method, path, e);
                reply = Reply.error(500, "500: Internal Server Error (fake Discord: " + e + ")", 0);
            }

            RecordedHttp recorded = new RecordedHttp(
                    Instant.now(),
                    method,
                    path,
                    route,
                    query,
                    headers,
                    body,
                    json,
                    files,
                    reply.status(),
                    reply.body());
            log.add(recorded, reply.status() == 404 && request != null && routes.isUnknownRoute(request));
            if (request != null) {
                for (Consumer<RecordedHttp> hook : request.afterRecording) {
                    hook.accept(recorded);
                }
            }
            LOG.debug("{}", recorded);
            write(exchange, reply);
        }
    }

    private static JsonNode malformed(String detail) {
        com.fasterxml.jackson.databind.node.ObjectNode error = DiscordJson.error("Invalid Form Body", 50035);
        error.putObject("errors").putObject("_errors").put("detail", String.valueOf(detail));
        return error;
    }

    private void serveAttachment(HttpExchange exchange, String key) throws IOException {
        exchange.getRequestBody().readAllBytes();
        UploadedFile file = served.get(decode(key));
        if (file == null) {
            exchange.sendResponseHeaders(404, -1);
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", file.contentType());
        byte[] bytes = file.bytes();
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void write(HttpExchange exchange, Reply reply) throws IOException {
        // No X-RateLimit-* headers: JDA then treats every bucket as unlimited.
        if (reply.body() == null) {
            exchange.sendResponseHeaders(reply.status(), -1);
            return;
        }
        byte[] bytes = DiscordJson.bytes(reply.body());
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            query.put(decode(key), decode(value));
        }
        return query;
    }

    private static String decode(String raw) {
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
