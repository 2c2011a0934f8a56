package org.chmlfrp.bot.core.oauth;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The QZhua account service's OAuth endpoints over {@link HttpClient}: the device authorization
 * request, device-code polls and refresh-token grants (form bodies, JSON answers). Asynchronous
 * throughout; logs name the endpoint and status only, never a code or a token.
 */
public final class QZhuaClient {
    private static final Logger log = LoggerFactory.getLogger(QZhuaClient.class);
    static final String DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";

    private final OAuthSettings settings;
    private final HttpClient http;
    private final Duration timeout;
    private final ObjectMapper mapper =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public QZhuaClient(OAuthSettings settings, HttpClient http, Duration timeout) {
        this.settings = settings;
        this.http = http;
        this.timeout = timeout;
    }

    public QZhuaClient(OAuthSettings settings, Duration timeout) {
        this(settings, HttpClient.newBuilder().connectTimeout(timeout).build(), timeout);
    }

    /** Starts a device flow: the codes and where the user goes. */
    public CompletableFuture<DeviceAuthorization> authorizeDevice() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("client_id", settings.clientId());
        form.put("scope", settings.scope());
        return post("/oauth2/device_authorization", form).thenApply(answer -> {
            if (answer.status != 200) {
                throw refusal("/oauth2/device_authorization", answer);
            }
            return read(answer.body, DeviceAuthorization.class);
        });
    }

    /** One poll of a device flow. A network failure or an unexpected error fails the future. */
    public CompletableFuture<PollResult> poll(String deviceCode) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", DEVICE_GRANT);
        form.put("device_code", deviceCode);
        form.put("client_id", settings.clientId());
        return post("/oauth2/token", form).thenApply(answer -> {
            if (answer.status == 200) {
                return new PollResult.Granted(read(answer.body, TokenGrant.class));
            }
            String error = errorOf(answer.body);
            return switch (error == null ? "" : error) {
                case "authorization_pending" -> new PollResult.Pending();
                case "slow_down" -> new PollResult.SlowDown();
                case "access_denied" -> new PollResult.Denied();
                case "expired_token", "invalid_grant" -> new PollResult.Expired();
                default -> throw refusal("/oauth2/token", answer);
            };
        });
    }

    /** New tokens for a refresh token (which dies: store the new one). Fails with {@link OAuthException}. */
    public CompletableFuture<TokenGrant> refresh(String refreshToken) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
        form.put("client_id", settings.clientId());
        return post("/oauth2/token", form).thenApply(answer -> {
            if (answer.status != 200) {
                throw refusal("/oauth2/token", answer);
            }
            return read(answer.body, TokenGrant.class);
        });
    }

    private CompletableFuture<Answer> post(String path, Map<String, String> form) {
        StringJoiner body = new StringJoiner("&");
        form.forEach((k, v) -> body.add(encode(k) + "=" + encode(v)));
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.baseUrl() + path))
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).handle((response, failure) -> {
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause()
                        : failure;
                log.debug("QZhua POST {} failed: {}", path, cause.getClass().getSimpleName());
                throw new OAuthException(
                        null,
                        "QZhua " + path + " unreachable: " + cause.getClass().getSimpleName(),
                        cause);
            }
            log.debug("QZhua POST {} -> {}", path, response.statusCode());
            return new Answer(response.statusCode(), response.body());
        });
    }

    private <T> T read(byte[] body, Class<T> type) {
        try {
            return mapper.readValue(body, type);
        } catch (IOException e) {
            throw new OAuthException(null, "QZhua answered something that is not " + type.getSimpleName(), null);
        }
    }

    private String errorOf(byte[] body) {
        try {
            JsonNode node = mapper.readTree(body);
            return node != null && node.hasNonNull("error") ? node.get("error").asText() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private OAuthException refusal(String path, Answer answer) {
        String error = errorOf(answer.body);
        return new OAuthException(
                error, "QZhua " + path + " answered " + answer.status + (error == null ? "" : " " + error), null);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private record Answer(int status, byte[] body) {}
}
