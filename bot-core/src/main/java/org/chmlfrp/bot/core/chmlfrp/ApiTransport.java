package org.chmlfrp.bot.core.chmlfrp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.chmlfrp.bot.core.support.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends an {@link ApiRequest} over {@link HttpClient}: GET parameters in the query, POST
 * parameters as a JSON body (or a form body where the endpoint wants one), the token where
 * {@code chmlfrp.token-in} says (an OAuth access token always as a Bearer), and a User-Agent that names the bot and its project page. Pure reads are
 * retried once on a connect failure or a 5xx; nothing else is. Network failures become
 * {@link ApiException}s. Logs name the path and status only: never a query, a body or a token.
 */
final class ApiTransport {
    private static final Logger log = LoggerFactory.getLogger(ApiTransport.class);
    /** The project page the User-Agent points the API's operators to. */
    static final String PROJECT_URL = "https://github.com/chmlfrp-bot/chmlfrp-bot";
    /** {@code chmlfrp-bot/0.1.0 (+https://github.com/chmlfrp-bot/chmlfrp-bot)}; the version from the jar's manifest. */
    static final String USER_AGENT = "chmlfrp-bot/" + version() + " (+" + PROJECT_URL + ")";

    private final CompletableFuture<HttpClient> client;
    private final ChmlFrpSettings settings;
    private final ObjectMapper mapper;

    /** @param client the client, or its construction still under way (the first request waits for it) */
    ApiTransport(CompletableFuture<HttpClient> client, ChmlFrpSettings settings, ObjectMapper mapper) {
        this.client = client;
        this.settings = settings;
        this.mapper = mapper;
    }

    /**
     * The default client, built on a thread of its own: building one loads the JDK's TLS stack
     * and trust store (~0.3–0.4 s), which has no business delaying the bot's start.
     */
    static CompletableFuture<HttpClient> defaultClientInBackground(ChmlFrpSettings settings) {
        boolean tls = "https".equalsIgnoreCase(settings.baseUrl().getScheme());
        Supplier<HttpClient> build = () -> HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .version(tls ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
                .build();
        return CompletableFuture.supplyAsync(build, task -> {
            Thread thread = new Thread(task, "chmlfrp-http-init");
            thread.setDaemon(true);
            thread.start();
        });
    }

    private static String version() {
        String v = ApiTransport.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? "dev" : v;
    }

    CompletableFuture<HttpResponse<byte[]>> sendForBytes(ApiRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofByteArray(), true);
    }

    CompletableFuture<HttpResponse<InputStream>> sendForStream(ApiRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofInputStream(), true);
    }

    private <T> CompletableFuture<HttpResponse<T>> send(
            ApiRequest request, HttpResponse.BodyHandler<T> handler, boolean mayRetry) {
        HttpRequest http;
        try {
            http = build(request);
        } catch (JsonProcessingException e) {
            return CompletableFuture.failedFuture(
                    new ApiException(ApiErrorKind.MALFORMED, request.endpoint().path(), 0, null, null, e));
        }
        long started = System.nanoTime();
        Endpoint endpoint = request.endpoint();
        return client.thenCompose(c -> c.sendAsync(http, handler))
                .handle((response, failure) -> {
                    long ms = (System.nanoTime() - started) / 1_000_000;
                    boolean retry = mayRetry && endpoint.retryable();
                    if (failure != null) {
                        Throwable cause = Failures.unwrap(failure);
                        boolean connectFailure =
                                cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException;
                        log.debug(
                                "ChmlFrp {} {} failed after {} ms: {}",
                                endpoint.verb().method(),
                                endpoint.path(),
                                ms,
                                cause.getClass().getSimpleName());
                        if (retry && connectFailure) {
                            return send(request, handler, false);
                        }
                        ApiErrorKind kind =
                                cause instanceof HttpTimeoutException ? ApiErrorKind.TIMEOUT : ApiErrorKind.NETWORK;
                        return CompletableFuture.<HttpResponse<T>>failedFuture(
                                new ApiException(kind, endpoint.path(), 0, null, null, cause));
                    }
                    log.debug(
                            "ChmlFrp {} {} -> {} in {} ms",
                            endpoint.verb().method(),
                            endpoint.path(),
                            response.statusCode(),
                            ms);
                    if (retry && response.statusCode() >= 500) {
                        discard(response);
                        return send(request, handler, false);
                    }
                    return CompletableFuture.completedFuture(response);
                })
                .thenCompose(f -> f);
    }

    private static void discard(HttpResponse<?> response) {
        if (response.body() instanceof InputStream in) {
            try {
                in.close();
            } catch (IOException ignored) {
                // closing a body we do not want
            }
        }
    }

    private HttpRequest build(ApiRequest request) throws JsonProcessingException {
        Endpoint endpoint = request.endpoint();
        String token = request.token();
        // an OAuth access token (a JWT) is only ever a Bearer; chmlfrp.token-in is for usertokens
        TokenPlacement placement = isJwt(token) ? TokenPlacement.HEADER : settings.tokenIn();

        boolean post = endpoint.verb() != Endpoint.HttpVerb.GET;
        Map<String, Object> query = new LinkedHashMap<>(post ? Map.of() : request.params());
        Map<String, Object> body = new LinkedHashMap<>(post ? request.params() : Map.of());
        query.putAll(request.queryOnly());
        if (token != null && placement.inParameters()) {
            (post ? body : query).put("token", token);
        }

        HttpRequest.Builder b = HttpRequest.newBuilder(uri(endpoint.path(), query))
                .timeout(settings.timeout())
                .header("Accept", "application/json")
                .header("User-Agent", USER_AGENT);
        if (token != null && placement.inHeader()) {
            b.header("Authorization", "Bearer " + token);
        }
        if (endpoint.verb() == Endpoint.HttpVerb.POST_FORM) {
            b.header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(formOf(body), StandardCharsets.UTF_8));
        } else if (post) {
            b.header("Content-Type", "application/json;charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(body)));
        } else {
            b.GET();
        }
        return b.build();
    }

    /** Three dot-separated base64url parts: a JWT (QZhua's access tokens). ChmlFrp usertokens have no dots. */
    static boolean isJwt(String token) {
        return token != null
                && token.chars().filter(c -> c == '.').count() == 2
                && token.chars().allMatch(c -> c == '.' || c == '-' || c == '_' || Character.isLetterOrDigit(c));
    }

    private URI uri(String path, Map<String, Object> query) {
        String q = formOf(query);
        return URI.create(settings.baseUrl() + path + (q.isEmpty() ? "" : "?" + q));
    }

    /** {@code a=1&b=x%20y}: a query string or a form body. */
    private static String formOf(Map<String, Object> params) {
        StringJoiner j = new StringJoiner("&");
        params.forEach((k, v) -> j.add(encode(k) + "=" + encode(String.valueOf(v))));
        return j.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
