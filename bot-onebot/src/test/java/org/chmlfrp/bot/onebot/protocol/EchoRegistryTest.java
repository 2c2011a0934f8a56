package org.chmlfrp.bot.onebot.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Echo matching whatever its JSON type, timeouts, and the action frame the caller writes. */
class EchoRegistryTest {
    private final EchoRegistry registry = new EchoRegistry("t-");

    @Test
    void stringEchoMatchesStringAndNumberAnswers() throws Exception {
        EchoRegistry.Pending p = registry.register(TextNode.valueOf("17"), "get_status", Duration.ofSeconds(5));
        assertThat(registry.complete(IntNode.valueOf(17), ActionResult.ok(null)))
                .contains("get_status");
        assertThat(p.future().get(1, TimeUnit.SECONDS).ok()).isTrue();
        assertThat(registry.size()).isZero();
    }

    @Test
    void numberEchoMatchesStringAnswer() throws Exception {
        EchoRegistry.Pending p = registry.register(IntNode.valueOf(42), "x", Duration.ofSeconds(5));
        assertThat(registry.complete(TextNode.valueOf("42"), ActionResult.failed(1200)))
                .isPresent();
        assertThat(p.future().get(1, TimeUnit.SECONDS).retcode()).isEqualTo(1200);
    }

    @Test
    void objectEchoMatchesTheSameObject() throws Exception {
        ObjectNode echo = Json.MAPPER.createObjectNode().put("seq", 3).put("who", "bot");
        EchoRegistry.Pending p = registry.register(echo, "x", Duration.ofSeconds(5));
        JsonNode answered = Json.MAPPER.readTree("{\"seq\":3,\"who\":\"bot\"}");
        assertThat(registry.complete(Json.MAPPER.readTree("{\"seq\":4,\"who\":\"bot\"}"), ActionResult.ok(null)))
                .isEmpty();
        assertThat(registry.complete(answered, ActionResult.ok(null))).isPresent();
        assertThat(p.future().isDone()).isTrue();
    }

    @Test
    void generatedEchoesAreUniqueStrings() {
        EchoRegistry.Pending a = registry.register("a", Duration.ofSeconds(5));
        EchoRegistry.Pending b = registry.register("b", Duration.ofSeconds(5));
        assertThat(a.echo().isTextual()).isTrue();
        assertThat(a.echo()).isNotEqualTo(b.echo());
        assertThat(registry.size()).isEqualTo(2);
    }

    @Test
    void unknownMissingAndLateEchoesAreDropped() {
        assertThat(registry.complete(TextNode.valueOf("nobody"), ActionResult.ok(null)))
                .isEmpty();
        assertThat(registry.complete(null, ActionResult.ok(null))).isEmpty();
        EchoRegistry.Pending p = registry.register("x", Duration.ofMillis(50));
        assertThatThrownBy(() -> p.future().get(2, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(ActionTimeoutException.class);
        assertThat(registry.complete(p.echo(), ActionResult.ok(null))).isEmpty();
        assertThat(registry.size()).isZero();
    }

    @Test
    void failAllFailsEveryWaitingCall() {
        EchoRegistry.Pending a = registry.register("a", Duration.ofSeconds(5));
        EchoRegistry.Pending b = registry.register("b", Duration.ofSeconds(5));
        registry.failAll(new IllegalStateException("closed"));
        assertThat(a.future()).isCompletedExceptionally();
        assertThat(b.future()).isCompletedExceptionally();
        assertThat(registry.size()).isZero();
    }

    @Test
    void callerWritesActionParamsAndEchoAndCompletesOnTheAnswer() throws Exception {
        List<String> frames = new CopyOnWriteArrayList<>();
        ActionCaller caller = new ActionCaller(
                b -> frames.add(new String(b, StandardCharsets.UTF_8)), registry, Duration.ofSeconds(5));
        ObjectNode params = Json.MAPPER.createObjectNode().put("group_id", 5000);
        CompletableFuture<ActionResult> f = caller.call("send_group_msg", params);
        JsonNode frame = Json.MAPPER.readTree(frames.get(0));
        assertThat(frame.get("action").asText()).isEqualTo("send_group_msg");
        assertThat(frame.get("params").get("group_id").asLong()).isEqualTo(5000);
        assertThat(frame.get("echo").isTextual()).isTrue();
        assertThat(f).isNotDone();
        registry.complete(frame.get("echo"), ActionResult.ok(null));
        assertThat(f.get(1, TimeUnit.SECONDS).ok()).isTrue();
    }

    @Test
    void callerFailsAtOnceWhenTheFrameCannotBeWritten() {
        ActionCaller caller = new ActionCaller(
                s -> {
                    throw new IllegalStateException("socket closed");
                },
                registry,
                Duration.ofSeconds(5));
        assertThat(caller.call("get_status", (ObjectNode) null)).isCompletedExceptionally();
        assertThat(registry.size()).isZero();
    }

    @Test
    void callOkFailsOnANonZeroRetcode() {
        List<String> frames = new CopyOnWriteArrayList<>();
        ActionCaller caller = new ActionCaller(
                b -> frames.add(new String(b, StandardCharsets.UTF_8)), registry, Duration.ofSeconds(5));
        CompletableFuture<ActionResult> f = caller.callOk("delete_msg", null);
        registry.complete(readEcho(frames.get(0)), ActionResult.failed(100));
        assertThatThrownBy(() -> f.get(1, TimeUnit.SECONDS)).hasCauseInstanceOf(ActionFailedException.class);
    }

    @Test
    void aCallThatIsNeverAnsweredTimesOut() {
        ActionCaller caller = new ActionCaller(s -> {}, registry, Duration.ofMillis(100));
        long start = System.nanoTime();
        assertThatThrownBy(
                        () -> caller.call("get_login_info", (ObjectNode) null).get(5, TimeUnit.SECONDS))
                .hasCauseInstanceOf(ActionTimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    private static JsonNode readEcho(String frame) {
        try {
            return Json.MAPPER.readTree(frame).get("echo");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
