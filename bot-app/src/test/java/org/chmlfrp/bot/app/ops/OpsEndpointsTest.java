package org.chmlfrp.bot.app.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chmlfrp.bot.app.Launcher;
import org.chmlfrp.bot.testkit.chmlfrp.FakeChmlFrpServer;
import org.chmlfrp.bot.testkit.onebot.FakeOneBot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code server.listen} end to end: the launcher runs the bot (store, OneBot through the
 * FakeOneBot, ChmlFrp through its fake) and this test scrapes {@code /health} and
 * {@code /metrics} over real HTTP, as Prometheus and a container probe would.
 */
class OpsEndpointsTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String CHMLFRP_TOKEN = "ChmlFrpDemoToken227";
    private static final String ACCESS_TOKEN = "onebot-access-5ecret";
    private static final long USER = 734_219_865L;

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private FakeChmlFrpServer chmlfrp;
    private FakeOneBot onebot;
    private Launcher launcher;
    private CompletableFuture<Integer> exit;

    @AfterEach
    void stop() throws Exception {
        if (launcher != null) {
            launcher.requestStop();
        }
        if (onebot != null) {
            onebot.close();
        }
        if (chmlfrp != null) {
            chmlfrp.close();
        }
    }

    private URI start() throws Exception {
        chmlfrp = FakeChmlFrpServer.builder().start();
        onebot = FakeOneBot.forward().accessToken(ACCESS_TOKEN).start();
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path config = dir.resolve("config.yml");
        Files.writeString(config, """
                chmlfrp: {base-url: "%s", timeout: 5s}
                storage:
                  url: "jdbc:h2:file:%s"
                  key-file: "%s"
                onebot:
                  enabled: true
                  connections:
                    - {mode: forward, url: "%s", access-token: "%s"}
                server: {listen: "127.0.0.1:%d"}
                """.formatted(
                        chmlfrp.baseUrl(),
                        dir.resolve("db/bot").toString().replace('\\', '/'),
                        dir.resolve("secret.key").toString().replace('\\', '/'),
                        onebot.url(),
                        ACCESS_TOKEN,
                        port));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        launcher = new Launcher(
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of());
        exit = CompletableFuture.supplyAsync(() -> launcher.run(new String[] {"--config", config.toString()}));
        return URI.create("http://127.0.0.1:" + port);
    }

    @Test
    void healthIsUpThenNamesTheConnectionThatWentAwayAndMetricsCountCommandsWithoutPrivateLabels() throws Exception {
        URI base = start();

        HttpResponse<String> healthy = poll(base.resolve("/health"), r -> r.statusCode() == 200);
        JsonNode up = json.readTree(healthy.body());
        assertThat(up.get("status").asText()).isEqualTo("up");
        assertThat(up.get("store").asText()).isEqualTo("open");
        assertThat(up.get("connections").get("onebot[0]").asText()).isEqualTo("up");
        assertThat(healthy.headers().firstValue("Content-Type")).hasValue("application/json");

        onebot.privateMessage(USER, "/bind " + CHMLFRP_TOKEN);
        onebot.awaitAction("send_private_msg", p -> p.path("user_id").asLong() == USER, WAIT);
        onebot.privateMessage(USER, "/nosuchcommand " + CHMLFRP_TOKEN);
        onebot.awaitActions("send_private_msg", 2, WAIT);

        HttpResponse<String> metrics = poll(
                base.resolve("/metrics"), r -> r.statusCode() == 200 && r.body().contains("outcome=\"unknown\""));
        String text = metrics.body();
        assertThat(metrics.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain; version=0.0.4");
        assertThat(text)
                .containsPattern("chmlbot_commands_total\\{command=\"bind\",outcome=\"ok\"} 1")
                .containsPattern("chmlbot_commands_total\\{command=\"\\(unmatched\\)\",outcome=\"unknown\"} 1")
                .contains("chmlbot_command_latency_seconds_bucket{command=\"bind\"")
                .containsPattern("chmlbot_chmlfrp_calls_seconds_count\\{endpoint=\"user_info\",error=\"none\"} [1-9]")
                .contains("chmlbot_chat_connection_up{connection=\"onebot[0]\"} 1")
                .contains("chmlbot_onebot_send_queue_depth{connection=\"onebot[0]\"}")
                .contains("chmlbot_onebot_send_queue_oldest_seconds{connection=\"onebot[0]\"}")
                .contains("chmlbot_broadcast_outbox_depth ")
                .contains("chmlbot_broadcast_lag_seconds_count ")
                .contains("jvm_memory_used_bytes")
                .contains("process_cpu_usage");
        List<String> labelValues = labelValues(text);
        assertThat(labelValues)
                .isNotEmpty()
                .allSatisfy(v -> assertThat(v)
                        .doesNotContain(CHMLFRP_TOKEN, ACCESS_TOKEN, Long.toString(USER), "ws://", "http://"));

        onebot.close();
        HttpResponse<String> unhealthy = poll(base.resolve("/health"), r -> r.statusCode() == 503);
        JsonNode down = json.readTree(unhealthy.body());
        assertThat(down.get("status").asText()).isEqualTo("down");
        assertThat(down.get("down")).extracting(JsonNode::asText).containsExactly("onebot[0]");
        assertThat(unhealthy.body()).doesNotContain(ACCESS_TOKEN, "ws://", "127.0.0.1");

        launcher.requestStop();
        assertThat(exit.get(15, TimeUnit.SECONDS)).isEqualTo(Launcher.OK);
        launcher = null;
        assertThatThrownBy(() -> http.send(
                        HttpRequest.newBuilder(base.resolve("/health")).build(), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(ConnectException.class);
    }

    @Test
    void onlyGetOfTheTwoPathsIsServed() throws Exception {
        URI base = start();
        poll(base.resolve("/health"), r -> r.statusCode() == 200);

        assertThat(send(HttpRequest.newBuilder(base.resolve("/health/x")).build())
                        .statusCode())
                .isEqualTo(404);
        assertThat(send(HttpRequest.newBuilder(base.resolve("/")).build()).statusCode())
                .isEqualTo(404);
        assertThat(send(HttpRequest.newBuilder(base.resolve("/metrics"))
                                .POST(HttpRequest.BodyPublishers.ofString("x"))
                                .build())
                        .statusCode())
                .isEqualTo(405);
    }

    /** Every label value of the scrape ({@code name{k="v",...} value} lines). */
    private static List<String> labelValues(String scrape) {
        List<String> values = new ArrayList<>();
        Matcher m = Pattern.compile("[a-z_]+=\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(scrape.replaceAll("(?m)^#.*$", ""));
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }

    private HttpResponse<String> poll(URI uri, Predicate<HttpResponse<String>> done) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        HttpResponse<String> last = null;
        IOException failure = null;
        while (System.nanoTime() < deadline) {
            try {
                last = send(HttpRequest.newBuilder(uri).build());
                if (done.test(last)) {
                    return last;
                }
            } catch (IOException e) {
                failure = e;
            }
            assertThat(exit.isDone())
                    .as("the bot stopped: %s", exit.getNow(null))
                    .isFalse();
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new AssertionError("no matching answer from " + uri + " within " + WAIT + "; last: "
                + (last == null ? failure : last.statusCode() + " " + last.body()));
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
