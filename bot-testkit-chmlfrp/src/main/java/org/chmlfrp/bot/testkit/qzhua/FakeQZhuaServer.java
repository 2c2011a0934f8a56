package org.chmlfrp.bot.testkit.qzhua;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.chmlfrp.bot.testkit.chmlfrp.AccessTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fake of the QZhua account service's OAuth 2.0 device authorization grant (RFC 8628) over real
 * HTTP on {@code 127.0.0.1}: {@code POST /oauth2/device_authorization} and {@code POST /oauth2/token}
 * (device-code and refresh-token grants; refresh tokens rotate, a used one is {@code invalid_grant};
 * errors are {@code 400 {error, error_description}}). Access tokens are JWT-shaped and expire after
 * {@link Builder#accessTtl} (10 minutes by default).
 *
 * <p>Tests play the user with {@link #approve}, {@link #deny}, {@link #expire}, {@link #slowDown} and
 * {@link #revoke}. Hand it to {@code FakeChmlFrpServer.state().acceptAccessTokensFrom(qzhua)} and the fake
 * ChmlFrp API takes its access tokens as Bearer for the approved account.
 *
 * <p>With {@link Builder#demoAccount} set, {@code GET /device?user_code=…} is a page with an
 * "approve" link that approves the code for that account: the {@code --demo} flow, end to end.
 */
public final class FakeQZhuaServer implements AccessTokens, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FakeQZhuaServer.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor;
    private final Grants grants;
    private final URI baseUrl;
    private final String clientId;
    private final int interval;
    private final Integer demoAccount;
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private volatile Duration tokenDelay = Duration.ZERO;

    private FakeQZhuaServer(Builder b) {
        this.grants = new Grants(MAPPER, b.clock, b.deviceTtl, b.accessTtl);
        this.clientId = b.clientId;
        this.interval = b.interval;
        this.demoAccount = b.demoAccount;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the fake QZhua server", e);
        }
        AtomicInteger n = new AtomicInteger();
        executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "fake-qzhua-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        baseUrl = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        server.createContext("/", this::handle);
        server.setExecutor(executor);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The service root, e.g. {@code http://127.0.0.1:41235} (no trailing slash): {@code oauth.base-url}. */
    public URI baseUrl() {
        return baseUrl;
    }

    /** The user approves the request with this user code, signing in as ChmlFrp user {@code account}. */
    public void approve(String userCode, int account) {
        grants.approve(userCode, account);
    }

    /** The user denies the request: the next poll answers {@code access_denied}. */
    public void deny(String userCode) {
        grants.deny(userCode);
    }

    /** The device code expires now: the next poll answers {@code expired_token}. */
    public void expire(String userCode) {
        grants.expire(userCode);
    }

    /** The next {@code times} polls for this code answer {@code slow_down}. */
    public void slowDown(String userCode, int times) {
        grants.slowDown(userCode, times);
    }

    /** Revokes every refresh and access token of the account (the user signed the bot out at QZhua). */
    public void revoke(int account) {
        grants.revoke(account);
    }

    /** The user code of the latest device authorization. */
    public String lastUserCode() {
        return grants.lastUserCode();
    }

    /** Whether the request with this user code still waits for the user. */
    public boolean pending(String userCode) {
        return grants.pending(userCode);
    }

    /** {@code /oauth2/token} answers only after this delay (to make two requests overlap); zero by default. */
    public void delayTokenAnswers(Duration delay) {
        tokenDelay = Objects.requireNonNull(delay, "delay");
    }

    /** How many refresh-token grants succeeded. */
    public int refreshes() {
        return grants.refreshes();
    }

    /** How many requests reached {@code /oauth2/token}. */
    public int tokenRequests() {
        return tokenRequests.get();
    }

    @Override
    public OptionalInt accountOf(String accessToken) {
        return grants.accountOf(accessToken);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    @Override
    public String toString() {
        return "FakeQZhuaServer[" + baseUrl + "]";
    }

    private FakeQZhuaServer started() {
        server.start();
        LOG.info("fake QZhua OAuth server listening on {}", baseUrl);
        return this;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if ("POST".equals(method) && path.equals("/oauth2/device_authorization")) {
                deviceAuthorization(exchange, form(exchange));
            } else if ("POST".equals(method) && path.equals("/oauth2/token")) {
                tokenRequests.incrementAndGet();
                Map<String, String> form = form(exchange);
                pause(tokenDelay);
                token(exchange, form);
            } else if ("GET".equals(method) && path.equals("/device") && demoAccount != null) {
                String code = query(exchange).getOrDefault("user_code", "");
                html(
                        exchange,
                        200,
                        "<p>Approve chmlfrp-bot for ChmlFrp user " + demoAccount + "?</p>"
                                + "<p><a href=\"/device/approve?user_code="
                                + URLEncoder.encode(code, StandardCharsets.UTF_8)
                                + "\">Approve</a></p>");
            } else if ("GET".equals(method) && path.equals("/device/approve") && demoAccount != null) {
                String code = query(exchange).getOrDefault("user_code", "");
                try {
                    grants.approve(code, demoAccount);
                    html(exchange, 200, "<p>Approved. Go back to the chat.</p>");
                } catch (java.util.NoSuchElementException e) {
                    html(exchange, 404, "<p>No such code.</p>");
                }
            } else {
                json(exchange, 404, MAPPER.createObjectNode().put("error", "not_found"));
            }
        } catch (RuntimeException e) {
            LOG.warn("fake QZhua server failed on {}", exchange.getRequestURI().getPath(), e);
        }
    }

    private void deviceAuthorization(HttpExchange exchange, Map<String, String> form) throws IOException {
        if (!clientId.equals(form.get("client_id"))) {
            json(exchange, 401, error("invalid_client", "unknown client"));
            return;
        }
        String[] codes = grants.authorize();
        String verification = baseUrl + "/device";
        ObjectNode body = MAPPER.createObjectNode()
                .put("device_code", codes[0])
                .put("user_code", codes[1])
                .put("verification_uri", verification)
                .put("verification_uri_complete", verification + "?user_code=" + codes[1])
                .put("expires_in", grants.deviceTtlSeconds())
                .put("interval", interval);
        json(exchange, 200, body);
    }

    private void token(HttpExchange exchange, Map<String, String> form) throws IOException {
        if (!clientId.equals(form.get("client_id"))) {
            json(exchange, 401, error("invalid_client", "unknown client"));
            return;
        }
        String grantType = form.getOrDefault("grant_type", "");
        Grants.TokenAnswer answer;
        if (Grants.DEVICE_GRANT.equals(grantType)) {
            answer = grants.pollDevice(form.getOrDefault("device_code", ""));
        } else if ("refresh_token".equals(grantType)) {
            answer = grants.refresh(form.getOrDefault("refresh_token", ""));
        } else {
            json(exchange, 400, error("unsupported_grant_type", grantType));
            return;
        }
        if (answer.error() != null) {
            json(exchange, 400, error(answer.error(), answer.description()));
            return;
        }
        json(
                exchange,
                200,
                MAPPER.createObjectNode()
                        .put("access_token", answer.accessToken())
                        .put("token_type", "Bearer")
                        .put("expires_in", answer.expiresIn())
                        .put("refresh_token", answer.refreshToken())
                        .put("scope", "profile email offline_access chmlfrp_api"));
    }

    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ObjectNode error(String error, String description) {
        return MAPPER.createObjectNode().put("error", error).put("error_description", description);
    }

    private static Map<String, String> form(HttpExchange exchange) throws IOException {
        return parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static Map<String, String> query(HttpExchange exchange) {
        return parse(exchange.getRequestURI().getRawQuery());
    }

    private static Map<String, String> parse(String raw) {
        Map<String, String> result = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return result;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            result.putIfAbsent(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return result;
    }

    private static void json(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        send(exchange, status, MAPPER.writeValueAsBytes(body));
    }

    private static void html(HttpExchange exchange, int status, String body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/html;charset=UTF-8");
        send(
                exchange,
                status,
                ("<!doctype html><meta charset=\"utf-8\"><title>QZhua (fake)</title>" + body)
                        .getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Configures and starts a {@link FakeQZhuaServer}. */
    public static final class Builder {
        private String clientId = "chmlfrp-bot-test";
        private int interval = 5;
        private Duration deviceTtl = Duration.ofMinutes(15);
        private Duration accessTtl = Duration.ofMinutes(10);
        private Clock clock = Clock.systemUTC();
        private Integer demoAccount;

        private Builder() {}

        /** The one client id it knows (default {@code chmlfrp-bot-test}); others get {@code invalid_client}. */
        public Builder clientId(String value) {
            clientId = Objects.requireNonNull(value, "clientId");
            return this;
        }

        /** The polling interval it asks for, in seconds (default 5). */
        public Builder interval(int seconds) {
            interval = seconds;
            return this;
        }

        /** How long a device code lives (default 15 minutes). */
        public Builder deviceTtl(Duration value) {
            deviceTtl = Objects.requireNonNull(value, "deviceTtl");
            return this;
        }

        /** How long an access token lives (default 10 minutes). */
        public Builder accessTtl(Duration value) {
            accessTtl = Objects.requireNonNull(value, "accessTtl");
            return this;
        }

        /** Its clock, for expiries (default: system clock). */
        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** Serves the {@code /device} approval page, approving as this ChmlFrp user ({@code --demo}). */
        public Builder demoAccount(int chmlfrpUserId) {
            demoAccount = chmlfrpUserId;
            return this;
        }

        public FakeQZhuaServer start() {
            return new FakeQZhuaServer(this).started();
        }
    }
}
