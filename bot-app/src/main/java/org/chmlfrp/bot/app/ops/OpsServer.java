package org.chmlfrp.bot.app.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's HTTP endpoint on {@code server.listen} (the JDK's own HTTP server, one thread):
 * {@code GET /health} — 200 and JSON when the store is open and every chat connection is up,
 * else 503 and JSON naming what is down — and {@code GET /metrics} in the Prometheus text format.
 * Nothing else; no request ever reaches the bot's commands.
 */
public final class OpsServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(OpsServer.class);
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final HttpServer server;
    private final ExecutorService executor;

    private OpsServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Binds and starts serving.
     *
     * @throws IOException when the address cannot be bound (in use, not this host's)
     */
    public static OpsServer start(ServerSettings settings, HealthCheck health, PrometheusMeterRegistry registry)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 16);
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "ops-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        ObjectMapper json = new ObjectMapper();
        server.createContext("/health", only("/health", exchange -> {
            HealthCheck.Status status = health.check();
            ObjectNode body = json.createObjectNode();
            body.put("status", status.up() ? "up" : "down");
            body.put("store", status.storeOpen() ? "open" : "not open");
            ObjectNode connections = body.putObject("connections");
            status.connections().forEach((name, up) -> connections.put(name, up ? "up" : "down"));
            status.down().forEach(body.withArray("down")::add);
            send(exchange, status.up() ? 200 : 503, "application/json", json.writeValueAsBytes(body));
        }));
        server.createContext(
                "/metrics",
                only(
                        "/metrics",
                        exchange -> send(
                                exchange,
                                200,
                                PROMETHEUS_TEXT,
                                registry.scrape().getBytes(StandardCharsets.UTF_8))));
        server.start();
        OpsServer ops = new OpsServer(server, executor);
        log.info("Serving /health and /metrics on {}:{}", settings.host(), ops.port());
        return ops;
    }

    /** The port bound (the actual one when configured as 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops answering at once (requests in flight get a second) and frees the port. */
    @Override
    public void close() {
        server.stop(1);
        executor.shutdownNow();
    }

    /** GET (and HEAD) of exactly {@code path}: 404 for anything below it, 405 for other methods. */
    private static HttpHandler only(String path, HttpHandler handler) {
        return exchange -> {
            try (exchange) {
                if (!exchange.getRequestURI().getPath().equals(path)) {
                    send(exchange, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
                } else if (!exchange.getRequestMethod().equals("GET")
                        && !exchange.getRequestMethod().equals("HEAD")) {
                    exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                    send(exchange, 405, "text/plain; charset=utf-8", "GET only\n".getBytes(StandardCharsets.UTF_8));
                } else {
                    handler.handle(exchange);
                }
            } catch (IOException | RuntimeException e) {
                log.debug("ops request failed: {}", e.toString());
            }
        };
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
