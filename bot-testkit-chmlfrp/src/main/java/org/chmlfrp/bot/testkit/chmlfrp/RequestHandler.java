package org.chmlfrp.bot.testkit.chmlfrp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one {@link HttpHandler} of the fake: records the request, applies the path's faults,
 * routes it and writes the answer.
 */
final class RequestHandler implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(RequestHandler.class);

    private final Router router;
    private final FakeFaults faults;
    private final RequestLog log;
    private final ResponseWriter writer;
    private final Clock clock;

    RequestHandler(Router router, FakeFaults faults, RequestLog log, ResponseWriter writer, Clock clock) {
        this.router = router;
        this.faults = faults;
        this.log = log;
        this.writer = writer;
        this.clock = clock;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            RecordedRequest request = read(exchange);
            log.add(request);
            Optional<FakeFaults.PathFault> fault = faults.take(request.path());
            if (fault.isPresent() && fault.get().delay() != null) {
                Thread.sleep(fault.get().delay().toMillis());
            }
            if (fault.isPresent() && fault.get().response() != null) {
                writer.write(exchange, fault.get().response());
                return;
            }
            writer.write(exchange, dispatch(request));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOG.debug("client went away: {}", e.toString());
        } catch (RuntimeException e) {
            LOG.error("fake ChmlFrp server failed on {}", exchange.getRequestURI(), e);
            try {
                writer.write(
                        exchange,
                        SpringErrors.internalError(exchange.getRequestURI().getPath(), clock));
            } catch (IOException | RuntimeException ignored) {
                // the answer had already begun; closing the exchange is all that is left
            }
        } finally {
            exchange.close();
        }
    }

    private ApiResponse dispatch(RecordedRequest request) {
        Optional<Map<String, Endpoint>> methods = router.methodsOf(request.path());
        if (methods.isEmpty()) {
            return SpringErrors.notFound(request.path(), clock);
        }
        Endpoint endpoint = methods.get().get(request.method());
        if (endpoint == null) {
            return SpringErrors.methodNotAllowed(request.path(), clock);
        }
        ApiRequest apiRequest;
        try {
            apiRequest = parse(request);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return SpringErrors.badRequest(request.path(), clock);
        }
        try {
            return endpoint.handle(apiRequest);
        } catch (ApiError e) {
            return ApiResponse.fail(e);
        }
    }

    private static ApiRequest parse(RecordedRequest request) throws JsonProcessingException {
        String contentType = request.header("content-type").orElse("").toLowerCase(Locale.ROOT);
        Optional<ObjectNode> json = Optional.empty();
        Map<String, String> form = Map.of();
        if (contentType.startsWith("application/x-www-form-urlencoded")) {
            form = QueryString.parse(request.body());
        } else if (!request.body().isBlank()) {
            json = Json.parseObject(request.body());
        }
        return ApiRequest.of(request, json, form);
    }

    private static RecordedRequest read(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, List<String>> headers = new HashMap<>();
        exchange.getRequestHeaders()
                .forEach((name, values) -> headers.merge(name.toLowerCase(Locale.ROOT), List.copyOf(values), (a, b) -> {
                    List<String> all = new ArrayList<>(a);
                    all.addAll(b);
                    return List.copyOf(all);
                }));
        return new RecordedRequest(
                exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                exchange.getRequestURI().getPath(),
                QueryString.parse(exchange.getRequestURI().getRawQuery()),
                headers,
                body);
    }
}
