package org.chmlfrp.bot.testkit.qzhua;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.chmlfrp.bot.testkit.chmlfrp.FakeChmlFrpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeQZhuaServerTest {
    private static final String CLIENT = "chmlfrp-bot-test";
    private static final String DEVICE = "urn:ietf:params:oauth:grant-type:device_code";
    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final FakeQZhuaServer qzhua =
            FakeQZhuaServer.builder().interval(1).demoAccount(1001).start();
    private final FakeChmlFrpServer chmlfrp =
            FakeChmlFrpServer.builder().statusListSize(0).start();

    @AfterEach
    void stop() {
        qzhua.close();
        chmlfrp.close();
    }

    @Test
    void deviceFlowAnswersPendingSlowDownThenTokensTheChmlFrpFakeAccepts() throws Exception {
        chmlfrp.state().acceptAccessTokensFrom(qzhua);
        Answer auth = post("/oauth2/device_authorization", "client_id", CLIENT, "scope", "profile chmlfrp_api");
        assertThat(auth.status).isEqualTo(200);
        String deviceCode = auth.json.path("device_code").asText();
        String userCode = auth.json.path("user_code").asText();
        assertThat(userCode).matches("[A-Z]{4}-[A-Z]{4}");
        assertThat(auth.json.path("verification_uri_complete").asText()).endsWith("/device?user_code=" + userCode);
        assertThat(auth.json.path("interval").asInt()).isEqualTo(1);
        assertThat(auth.json.path("expires_in").asInt()).isEqualTo(900);

        assertThat(poll(deviceCode).json.path("error").asText()).isEqualTo("authorization_pending");
        qzhua.slowDown(userCode, 1);
        Answer slow = poll(deviceCode);
        assertThat(slow.status).isEqualTo(400);
        assertThat(slow.json.path("error").asText()).isEqualTo("slow_down");

        qzhua.approve(userCode, 227);
        Answer tokens = poll(deviceCode);
        assertThat(tokens.status).isEqualTo(200);
        String access = tokens.json.path("access_token").asText();
        assertThat(access.split("\\.")).hasSize(3);
        assertThat(tokens.json.path("expires_in").asInt()).isEqualTo(600);
        assertThat(poll(deviceCode).json.path("error").asText()).isEqualTo("invalid_grant");

        HttpResponse<String> me = http.send(
                HttpRequest.newBuilder(URI.create(chmlfrp.baseUrl() + "/userinfo"))
                        .header("Authorization", "Bearer " + access)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(mapper.readTree(me.body()).path("data").path("id").asInt()).isEqualTo(227);
    }

    @Test
    void deniedAndExpiredCodesSaySo() throws Exception {
        Answer a = post("/oauth2/device_authorization", "client_id", CLIENT, "scope", "x");
        qzhua.deny(a.json.path("user_code").asText());
        assertThat(poll(a.json.path("device_code").asText()).json.path("error").asText())
                .isEqualTo("access_denied");

        Answer b = post("/oauth2/device_authorization", "client_id", CLIENT, "scope", "x");
        qzhua.expire(b.json.path("user_code").asText());
        assertThat(poll(b.json.path("device_code").asText()).json.path("error").asText())
                .isEqualTo("expired_token");

        assertThat(post("/oauth2/device_authorization", "client_id", "someone-else").status)
                .isEqualTo(401);
    }

    @Test
    void refreshTokensRotateAndRevocationKillsThem() throws Exception {
        Answer a = post("/oauth2/device_authorization", "client_id", CLIENT, "scope", "x");
        qzhua.approve(a.json.path("user_code").asText(), 1001);
        String refresh = poll(a.json.path("device_code").asText())
                .json
                .path("refresh_token")
                .asText();

        Answer rotated =
                post("/oauth2/token", "client_id", CLIENT, "grant_type", "refresh_token", "refresh_token", refresh);
        assertThat(rotated.status).isEqualTo(200);
        String next = rotated.json.path("refresh_token").asText();
        assertThat(next).isNotEqualTo(refresh);
        Answer reused =
                post("/oauth2/token", "client_id", CLIENT, "grant_type", "refresh_token", "refresh_token", refresh);
        assertThat(reused.status).isEqualTo(400);
        assertThat(reused.json.path("error").asText()).isEqualTo("invalid_grant");
        assertThat(qzhua.accountOf(rotated.json.path("access_token").asText())).hasValue(1001);

        qzhua.revoke(1001);
        assertThat(qzhua.accountOf(rotated.json.path("access_token").asText())).isEmpty();
        assertThat(post("/oauth2/token", "client_id", CLIENT, "grant_type", "refresh_token", "refresh_token", next)
                        .json
                        .path("error")
                        .asText())
                .isEqualTo("invalid_grant");
        assertThat(qzhua.refreshes()).isEqualTo(1);
    }

    @Test
    void demoPageApprovesWithOneClick() throws Exception {
        Answer a = post("/oauth2/device_authorization", "client_id", CLIENT, "scope", "x");
        String userCode = a.json.path("user_code").asText();
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create(
                                a.json.path("verification_uri_complete").asText()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.body()).contains("/device/approve?user_code=" + userCode);
        http.send(
                HttpRequest.newBuilder(URI.create(qzhua.baseUrl() + "/device/approve?user_code=" + userCode))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(qzhua.pending(userCode)).isFalse();
        assertThat(poll(a.json.path("device_code").asText()).status).isEqualTo(200);
    }

    private Answer poll(String deviceCode) throws Exception {
        return post("/oauth2/token", "client_id", CLIENT, "grant_type", DEVICE, "device_code", deviceCode);
    }

    private Answer post(String path, String... pairs) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        StringJoiner body = new StringJoiner("&");
        form.forEach((k, v) -> body.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(qzhua.baseUrl() + path))
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), mapper.readTree(r.body()));
    }

    private record Answer(int status, JsonNode json) {}
}
