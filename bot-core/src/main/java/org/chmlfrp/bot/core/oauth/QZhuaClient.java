package org.chmlfrp.bot.core.oauth;

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
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import org.chmlfrp.bot.core.support.Failures;
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
    private final ObjectMapper mapper = new ObjectMapper(); // the answers' records ignore unknown fields

    public QZhuaClient(OAuthSettings settings, Duration timeout) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.timeout = timeout;
    }

    /** Starts a device flow: the codes and where the user goes. */
    public CompletableFuture<DeviceAuthorization> authorizeDevice() {
        return post("/oauth2/device_authorization", "client_id", settings.clientId(), "scope", settings.scope())
                .thenApply(answer -> success(answer, DeviceAuthorization.class));
    }

    /** One poll of a device flow. A network failure or an unexpected error fails the future. */
    public CompletableFuture<PollResult> poll(String deviceCode) {
        return token(DEVICE_GRANT, "device_code", deviceCode).thenApply(answer -> {
            if (answer.status == 200) {
                return new PollResult.Granted(read(answer.body, TokenGrant.class));
            }
            String error = errorOf(answer.body);
            return switch (error == null ? "" : error) {
                case "authorization_pending" -> new PollResult.Pending();
                case "slow_down" -> new PollResult.SlowDown();
                case "access_denied" -> new PollResult.Denied();
                case "expired_token", "invalid_grant" -> new PollResult.Expired();
                default -> throw refusal(answer);
            };
        });
    }

    /** New tokens for a refresh token (which dies: store the new one). Fails with {@link OAuthException}. */
    public CompletableFuture<TokenGrant> refresh(String refreshToken) {
        return token("refresh_token", "refresh_token", refreshToken)
                .thenApply(answer -> success(answer, TokenGrant.class));
    }

    /** {@code POST /oauth2/token}: the grant type, its one parameter, the client id. */
    private CompletableFuture<Answer> token(String grantType, String name, String value) {
        return post("/oauth2/token", "grant_type", grantType, name, value, "client_id", settings.clientId());
    }

    /** @param form names and values, alternating, in the order they are sent */
    private CompletableFuture<Answer> post(String path, String... form) {
        StringJoiner body = new StringJoiner("&");
        for (int i = 0; i < form.length; i += 2) {
            body.add(encode(form[i]) + "=" + encode(form[i + 1]));
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.baseUrl() + path))
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).handle((response, failure) -> {
            if (failure != null) {
                Throwable cause = Failures.unwrap(failure);
                log.debug("QZhua POST {} failed: {}", path, cause.getClass().getSimpleName());
                throw new OAuthException(
                        null,
                        "QZhua " + path + " unreachable: " + cause.getClass().getSimpleName(),
                        cause);
            }
            log.debug("QZhua POST {} -> {}", path, response.statusCode());
            return new Answer(path, response.statusCode(), response.body());
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

    /** The answer as a {@code type}: the only success is a 200. */
    private <T> T success(Answer answer, Class<T> type) {
        if (answer.status != 200) {
            throw refusal(answer);
        }
        return read(answer.body, type);
    }

    private OAuthException refusal(Answer answer) {
        String error = errorOf(answer.body);
        return new OAuthException(
                error,
                "QZhua " + answer.path + " answered " + answer.status + (error == null ? "" : " " + error),
                null);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private record Answer(String path, int status, byte[] body) {}
}
