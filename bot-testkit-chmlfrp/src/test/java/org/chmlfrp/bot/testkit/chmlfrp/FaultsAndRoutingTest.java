package org.chmlfrp.bot.testkit.chmlfrp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class FaultsAndRoutingTest extends FakeServerTest {

    @Test
    void statusFaultAnswersEveryMethodOnThePathUntilCleared() {
        server.faults().status("/tunnel", 503, "{\"msg\":\"服务维护中\",\"code\":503,\"state\":\"fail\"}");
        server.faults().status("/create_tunnel", 502, "<html>Bad Gateway</html>");

        ApiClient.Answer get = api.getAuthed(VIP_TOKEN, "/tunnel");
        ApiClient.Answer post = api.post("/create_tunnel", Map.of("token", VIP_TOKEN));
        ApiClient.Answer other = api.getAuthed(VIP_TOKEN, "/userinfo");
        server.faults().clear("/tunnel");
        ApiClient.Answer cleared = api.getAuthed(VIP_TOKEN, "/tunnel");

        assertThat(get.status()).isEqualTo(503);
        assertThat(get.contentType()).startsWith("application/json");
        assertThat(get.msg()).isEqualTo("服务维护中");
        assertThat(post.status()).isEqualTo(502);
        assertThat(post.contentType()).startsWith("text/plain");
        assertThat(post.body()).isEqualTo("<html>Bad Gateway</html>");
        assertThat(other.status()).isEqualTo(200);
        assertThat(cleared.code()).isEqualTo(200);
    }

    @Test
    void plainTextFault() {
        server.faults().plainText("/node_stats", "好像挂了emm...");

        ApiClient.Answer a = api.get("/node_stats");

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).isEqualTo("text/plain;charset=UTF-8");
        assertThat(a.body()).isEqualTo("好像挂了emm...");
    }

    @Test
    void delayMakesAClientTimeOut() throws Exception {
        server.faults().delay("/node", Duration.ofMillis(1500));
        HttpRequest request = HttpRequest.newBuilder(api.uri("/node", Map.of()))
                .timeout(Duration.ofMillis(200))
                .build();

        assertThatThrownBy(() -> ApiClient.http().send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);
        server.faults().clearAll();
        assertThat(api.get("/node").code()).isEqualTo(200);
    }

    @Test
    void delayThenAnswerNormally() {
        server.faults().delay("/panelinfo", Duration.ofMillis(300));

        long start = System.nanoTime();
        ApiClient.Answer a = api.get("/panelinfo");
        long tookMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(a.code()).isEqualTo(200);
        assertThat(tookMs).isGreaterThanOrEqualTo(290);
    }

    @Test
    void faultsLimitedToSomeRequests() {
        server.faults().status("/userinfo", 500, "boom").times("/userinfo", 2);

        assertThat(api.getAuthed(VIP_TOKEN, "/userinfo").status()).isEqualTo(500);
        assertThat(api.getAuthed(VIP_TOKEN, "/userinfo").status()).isEqualTo(500);
        assertThat(api.getAuthed(VIP_TOKEN, "/userinfo").code()).isEqualTo(200);
    }

    @Test
    void unknownPathIsSprings404() {
        ApiClient.Answer a = api.get("/app_version", ApiClient.query("Loader", "Fabric"));

        assertThat(a.status()).isEqualTo(404);
        assertThat(a.contentType()).isEqualTo("application/json;charset=UTF-8");
        assertThat(AuthAndEnvelopeTest.fieldNames(a.json())).containsExactly("timestamp", "status", "error", "path");
        assertThat(a.json().path("timestamp").asText()).isEqualTo("2024-12-21T11:00:12.000+00:00");
        assertThat(a.json().path("status").asInt()).isEqualTo(404);
        assertThat(a.json().path("error").asText()).isEqualTo("Not Found");
        assertThat(a.json().path("path").asText()).isEqualTo("/app_version");
    }

    @Test
    void wrongMethodAndBrokenJsonAreSpringErrors() {
        ApiClient.Answer wrongMethod = api.get("/create_tunnel", ApiClient.query("token", VIP_TOKEN));
        ApiClient.Answer brokenJson = api.post("/create_tunnel", "{not json");

        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.json().path("error").asText()).isEqualTo("Method Not Allowed");
        assertThat(brokenJson.status()).isEqualTo(400);
        assertThat(brokenJson.json().path("error").asText()).isEqualTo("Bad Request");
    }

    @Test
    void requestLogKeepsEveryRequestInOrder() {
        api.get("/node");
        api.getAuthed(VIP_TOKEN, "/tunnel", "x", "1");
        api.post("/create_tunnel", Map.of("token", FREE_TOKEN, "tunnelname", "a"), "X-Trace", "t1");
        api.get("/nope");

        List<RecordedRequest> all = server.requests();
        assertThat(all)
                .extracting(RecordedRequest::path)
                .containsExactly("/node", "/tunnel", "/create_tunnel", "/nope");
        RecordedRequest tunnel = server.requests("/tunnel").get(0);
        assertThat(tunnel.method()).isEqualTo("GET");
        assertThat(tunnel.query()).containsEntry("x", "1");
        assertThat(tunnel.headers()).containsKey("authorization");
        assertThat(tunnel.token()).contains(VIP_TOKEN);
        RecordedRequest create = server.requests("/create_tunnel").get(0);
        assertThat(create.method()).isEqualTo("POST");
        assertThat(create.header("X-Trace")).contains("t1");
        assertThat(create.body()).contains("\"tunnelname\":\"a\"");
        assertThat(create.token()).contains(FREE_TOKEN);

        server.clearRequests();
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void servesConcurrentRequests() {
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String path = i % 2 == 0 ? "/node_stats" : "/userinfo";
            calls.add(ApiClient.http()
                    .sendAsync(
                            HttpRequest.newBuilder(api.uri(path, Map.of()))
                                    .header("Authorization", "Bearer " + VIP_TOKEN)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString()));
        }

        assertThat(calls).allSatisfy(c -> assertThat(c.join().statusCode()).isEqualTo(200));
        assertThat(server.requests()).hasSize(24);
    }

    @Test
    void closeStopsListening() {
        FakeChmlFrpServer other = FakeChmlFrpServer.builder().start();
        ApiClient client = new ApiClient(other.baseUrl());
        assertThat(client.get("/node").code()).isEqualTo(200);
        assertThat(other.baseUrl().toString()).matches("http://127\\.0\\.0\\.1:\\d+");

        other.close();

        assertThatThrownBy(() -> client.get("/node")).isInstanceOf(RuntimeException.class);
    }
}
