package org.chmlfrp.bot.onebot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.chmlfrp.bot.onebot.protocol.Json;

/**
 * What a small test OneBot implementation does with action frames: records them and
 * answers (or not). Shared by the raw server and client peers and the in-memory channel.
 */
public final class PeerLogic {
    private final long selfId;
    private final List<RecordedCall> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Function<JsonNode, ObjectNode>> answers = new ConcurrentHashMap<>();
    private final AtomicLong messageIds = new AtomicLong(1000);

    public PeerLogic(long selfId) {
        this.selfId = selfId;
    }

    /** Custom answer for an action: a function from params to the full response (without echo), or null = never answer. */
    public void answer(String action, Function<JsonNode, ObjectNode> answer) {
        answers.put(action, answer);
    }

    public void ignore(String action) {
        answers.put(action, p -> null);
    }

    /** The response frame for an action frame (echo copied with its JSON type), or null for no answer. */
    public String onFrame(String frame) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(frame);
        } catch (Exception e) {
            throw new AssertionError("bot sent non-JSON frame", e);
        }
        String action = node.path("action").asText();
        calls.add(new RecordedCall(action, node.get("params"), node.get("echo"), System.nanoTime()));
        Function<JsonNode, ObjectNode> custom = answers.get(action);
        ObjectNode response = custom != null ? custom.apply(node.get("params")) : defaultAnswer(action);
        if (response == null) {
            return null;
        }
        if (node.has("echo")) {
            response.set("echo", node.get("echo"));
        }
        return response.toString();
    }

    private ObjectNode defaultAnswer(String action) {
        ObjectNode data = Json.MAPPER.createObjectNode();
        switch (action) {
            case "get_login_info":
                data.put("user_id", selfId);
                data.put("nickname", "TestBot");
                return ok(data);
            case "send_private_msg":
            case "send_group_msg":
            case "send_msg":
                data.put("message_id", messageIds.incrementAndGet());
                return ok(data);
            case "delete_msg":
                return ok(null);
            default:
                return failed(1404);
        }
    }

    public static ObjectNode ok(JsonNode data) {
        ObjectNode r = Json.MAPPER.createObjectNode();
        r.put("status", "ok");
        r.put("retcode", 0);
        r.set("data", data);
        return r;
    }

    public static ObjectNode failed(int retcode) {
        ObjectNode r = Json.MAPPER.createObjectNode();
        r.put("status", "failed");
        r.put("retcode", retcode);
        r.putNull("data");
        return r;
    }

    public List<RecordedCall> calls() {
        return List.copyOf(calls);
    }

    public List<RecordedCall> calls(String action) {
        List<RecordedCall> out = new ArrayList<>();
        for (RecordedCall c : calls) {
            if (c.action().equals(action)) {
                out.add(c);
            }
        }
        return out;
    }

    public void clear() {
        calls.clear();
    }

    /** Waits for the {@code n}-th (1-based) call of {@code action} matching {@code filter}. */
    public RecordedCall await(String action, Predicate<RecordedCall> filter, Duration timeout) {
        return awaitCount(action, filter, 1, timeout).get(0);
    }

    public List<RecordedCall> awaitCount(String action, Predicate<RecordedCall> filter, int n, Duration timeout) {
        Supplier<List<RecordedCall>> matching = () -> calls.stream()
                .filter(c -> c.action().equals(action) && filter.test(c))
                .toList();
        if (!Waits.reached(() -> matching.get().size() >= n, timeout)) {
            throw new AssertionError("expected " + n + " " + action + " call(s), saw "
                    + matching.get().size() + "; all calls: "
                    + calls.stream().map(RecordedCall::action).toList());
        }
        return matching.get();
    }
}
