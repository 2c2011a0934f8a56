package org.chmlfrp.bot.testkit.onebot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chmlfrp.bot.testkit.onebot.BotClient.WAIT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ForwardActionsTest {

    private FakeOneBot peer;
    private BotClient bot;
    private int echoes;

    @BeforeEach
    void connect() {
        peer = FakeOneBot.forward()
                .selfId(10000L)
                .sendLifecycle(false)
                .heartbeatInterval(Duration.ZERO)
                .start();
        bot = BotClient.connect(peer.url());
        assertThat(peer.awaitConnected(WAIT)).isTrue();
    }

    @AfterEach
    void close() {
        bot.close();
        peer.close();
    }

    private JsonNode nextEcho() {
        return JsonNodeFactory.instance.textNode("e" + ++echoes);
    }

    private JsonNode call(String action, JsonNode params) {
        return bot.callAndAwait(action, params, nextEcho());
    }

    private ObjectNode groupSend(String text) {
        ObjectNode params = bot.params().put("group_id", 5000L);
        params.putArray("message").add(Segment.text(text).toJson());
        return params;
    }

    @Test
    void echoesComeBackVerbatimWhateverTheirJsonType() {
        for (String echo : List.of("\"abc\"", "42", "1.5", "{\"seq\":7,\"tags\":[\"a\",null]}", "[1,\"x\"]", "true")) {
            JsonNode echoNode = bot.parse(echo);
            JsonNode response = bot.callAndAwait("get_status", null, echoNode);
            assertThat(response.get("echo").toString()).isEqualTo(echo);
            assertThat(response.get("echo").getNodeType()).isEqualTo(echoNode.getNodeType());
        }
        bot.call("get_login_info", null, null);
        JsonNode answer = bot.frames().await(frame -> frame.path("data").has("nickname"), WAIT);
        assertThat(answer.has("echo")).isFalse();
    }

    @Test
    void aFakeThatDoesNotRecordStillAnswersButKeepsNothing() {
        try (FakeOneBot quiet = FakeOneBot.forward()
                        .recordActions(false)
                        .sendLifecycle(false)
                        .heartbeatInterval(Duration.ZERO)
                        .start();
                BotClient client = BotClient.connect(quiet.url())) {
            assertThat(quiet.awaitConnected(WAIT)).isTrue();
            quiet.answer(
                    "send_private_msg",
                    p -> ActionResult.ok(JsonNodeFactory.instance.objectNode().put("message_id", 7)));
            ObjectNode params = client.params().put("user_id", 20000L);
            params.putArray("message").add(Segment.text("hi").toJson());

            JsonNode response = client.callAndAwait("send_private_msg", params, nextEcho());

            assertThat(response.path("data").path("message_id").asInt()).isEqualTo(7);
            assertThat(quiet.actions()).isEmpty();
        }
    }

    @Test
    void recordsEachActionWithParamsEchoAndTime() {
        JsonNode echo = bot.parse("{\"id\":1}");
        Instant before = Instant.now();
        bot.callAndAwait("send_group_msg", groupSend("hello"), echo);

        RecordedAction recorded =
                peer.awaitAction("send_group_msg", p -> p.path("group_id").asLong() == 5000L, WAIT);
        assertThat(recorded.echo()).isEqualTo(echo);
        assertThat(recorded.param("group_id")).isEqualTo("5000");
        assertThat(recorded.at()).isBetween(before, Instant.now());
        assertThat(SentMessage.of(recorded).text()).isEqualTo("hello");
        assertThat(peer.actions()).hasSize(1);
        assertThat(peer.actions("send_group_msg")).containsExactly(recorded);
        assertThat(peer.actions("send_private_msg")).isEmpty();

        peer.clearActions();
        assertThat(peer.actions()).isEmpty();
    }

    @Test
    void defaultAnswersOfAHealthyImplementation() {
        JsonNode login = call("get_login_info", null);
        assertThat(login.get("status").asText()).isEqualTo("ok");
        assertThat(login.get("retcode").asInt()).isZero();
        assertThat(login.get("data").get("user_id").asLong()).isEqualTo(10000L);
        assertThat(login.get("data").get("nickname").asText()).isEqualTo("FakeBot");

        long first = call("send_group_msg", groupSend("a"))
                .get("data")
                .get("message_id")
                .asLong();
        ObjectNode privateSend = bot.params().put("user_id", 10001L).put("message", "b");
        long second = call("send_private_msg", privateSend)
                .get("data")
                .get("message_id")
                .asLong();
        assertThat(second).isGreaterThan(first);
        ObjectNode anySend =
                bot.params().put("message_type", "group").put("group_id", 5000L).put("message", "c");
        assertThat(call("send_msg", anySend).get("data").has("message_id")).isTrue();

        assertThat(call("delete_msg", bot.params().put("message_id", first))
                        .get("data")
                        .isObject())
                .isTrue();
        assertThat(call("get_status", null).get("data").get("online").asBoolean())
                .isTrue();
        assertThat(call("get_version_info", null)
                        .get("data")
                        .get("protocol_version")
                        .asText())
                .isEqualTo("v11");
        assertThat(call(
                                "upload_private_file",
                                bot.params()
                                        .put("user_id", 10001L)
                                        .put("file", "/tmp/x.zip")
                                        .put("name", "x.zip"))
                        .get("status")
                        .asText())
                .isEqualTo("ok");
    }

    @Test
    void memberInfoRoleFollowsTheGroupMessagesTheFakeSent() {
        peer.groupMessage(5000L, 10001L, "admin", "/node list");
        peer.memberRole(5000L, 10002L, "owner");

        ObjectNode admin = bot.params().put("group_id", 5000L).put("user_id", 10001L);
        assertThat(call("get_group_member_info", admin).get("data").get("role").asText())
                .isEqualTo("admin");
        ObjectNode owner = bot.params().put("group_id", 5000L).put("user_id", 10002L);
        assertThat(call("get_group_member_info", owner).get("data").get("role").asText())
                .isEqualTo("owner");
        ObjectNode stranger = bot.params().put("group_id", 5000L).put("user_id", 10003L);
        assertThat(call("get_group_member_info", stranger)
                        .get("data")
                        .get("role")
                        .asText())
                .isEqualTo("member");
    }

    @Test
    void unknownActionsAndBadRequestsFail() {
        JsonNode unknown = call("set_group_kick_everyone", null);
        assertThat(unknown.get("status").asText()).isEqualTo("failed");
        assertThat(unknown.get("retcode").asInt()).isEqualTo(1404);
        assertThat(unknown.get("data").isNull()).isTrue();

        JsonNode noTarget = call("send_group_msg", bot.params().put("message", "x"));
        assertThat(noTarget.get("retcode").asInt()).isEqualTo(1400);

        bot.sendText("not json");
        JsonNode garbage =
                bot.frames().await(frame -> frame.path("retcode").asInt() == 1400 && !frame.has("echo"), WAIT);
        assertThat(garbage.get("status").asText()).isEqualTo("failed");
    }

    @Test
    void customAnswerReplacesTheDefault() {
        peer.answer(
                "get_group_member_info",
                params -> ActionResult.ok(JsonNodeFactory.instance
                        .objectNode()
                        .put("user_id", params.get("user_id").asLong())
                        .put("role", "owner")
                        .put("card", "群主")));
        peer.answer("get_friend_list", params -> ActionResult.ok(JsonNodeFactory.instance.arrayNode()));

        JsonNode member =
                call("get_group_member_info", bot.params().put("group_id", 1).put("user_id", 7));
        assertThat(member.get("data").get("card").asText()).isEqualTo("群主");
        assertThat(member.get("data").get("user_id").asLong()).isEqualTo(7);
        assertThat(call("get_friend_list", null).get("data").isArray()).isTrue();

        peer.resetActions();
        assertThat(call("get_friend_list", null).get("retcode").asInt()).isEqualTo(1404);
    }

    @Test
    void failActionFailsTheNextCallsOnly() {
        peer.failAction("send_group_msg", 1200, 2);

        for (int i = 0; i < 2; i++) {
            JsonNode failed = call("send_group_msg", groupSend("img"));
            assertThat(failed.get("status").asText()).isEqualTo("failed");
            assertThat(failed.get("retcode").asInt()).isEqualTo(1200);
        }
        assertThat(call("send_group_msg", groupSend("img")).get("status").asText())
                .isEqualTo("ok");
        assertThat(peer.actions("send_group_msg")).hasSize(3);
    }

    @Test
    void failWhenFailsOnlyMatchingCalls() {
        peer.failWhen("send_group_msg", params -> SentMessage.of(params).hasImage(), 1200);

        ObjectNode withImage = bot.params().put("group_id", 5000L);
        withImage.putArray("message").add(Segment.image("base64://AAAA").toJson());
        assertThat(call("send_group_msg", withImage).get("retcode").asInt()).isEqualTo(1200);
        assertThat(call("send_group_msg", groupSend("text only")).get("retcode").asInt())
                .isZero();
        assertThat(call("send_group_msg", withImage).get("retcode").asInt()).isEqualTo(1200);
    }

    @Test
    void ignoredActionsAreRecordedButNeverAnswered() {
        peer.ignoreAction("get_login_info");
        JsonNode ignoredEcho = nextEcho();
        bot.call("get_login_info", null, ignoredEcho);
        call("get_status", null); // answered after the ignored call was handled on the same connection

        assertThat(bot.frames().all()).noneMatch(Frames.response(ignoredEcho));
        assertThat(peer.actions("get_login_info")).hasSize(1);
    }

    @Test
    void delayedAnswersDoNotHoldUpOtherActions() {
        Duration delay = Duration.ofMillis(300);
        peer.delayAction("send_group_msg", delay);
        JsonNode slowEcho = nextEcho();

        long sentAt = System.nanoTime();
        bot.call("send_group_msg", groupSend("slow"), slowEcho);
        call("get_status", null);
        assertThat(bot.frames().all()).noneMatch(Frames.response(slowEcho));

        JsonNode slow = bot.frames().await(Frames.response(slowEcho), WAIT);
        assertThat(Duration.ofNanos(System.nanoTime() - sentAt)).isGreaterThanOrEqualTo(delay);
        assertThat(slow.get("status").asText()).isEqualTo("ok");
    }

    @Test
    void awaitActionWaitsForALateCallAndFailsOnTimeout() {
        Thread caller = new Thread(() ->
                bot.call("send_private_msg", bot.params().put("user_id", 10001L).put("message", "late"), nextEcho()));
        caller.start();
        RecordedAction late = peer.awaitAction(
                "send_private_msg", p -> p.path("message").asText().equals("late"), WAIT);
        assertThat(late.param("user_id")).isEqualTo("10001");

        assertThatThrownBy(() -> peer.awaitAction("send_group_msg", p -> true, Duration.ofMillis(100)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("send_group_msg")
                .hasMessageContaining("send_private_msg");
    }

    @Test
    void actionsFromSeveralThreadsAreAllAnswered() throws InterruptedException {
        int threads = 4;
        int perThread = 25;
        List<Thread> callers = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            callers.add(new Thread(() -> {
                for (int i = 0; i < perThread; i++) {
                    bot.call("send_group_msg", groupSend("m"), JsonNodeFactory.instance.numberNode(thread * 1000 + i));
                }
            }));
        }
        callers.forEach(Thread::start);
        for (Thread caller : callers) {
            caller.join();
        }
        List<RecordedAction> sends = peer.awaitActions("send_group_msg", threads * perThread, WAIT);
        assertThat(sends).hasSize(threads * perThread);
        List<JsonNode> answers = bot.frames().awaitCount(frame -> frame.has("retcode"), threads * perThread, WAIT);
        assertThat(answers)
                .extracting(frame -> frame.get("data").get("message_id").asLong())
                .doesNotHaveDuplicates();
    }
}
