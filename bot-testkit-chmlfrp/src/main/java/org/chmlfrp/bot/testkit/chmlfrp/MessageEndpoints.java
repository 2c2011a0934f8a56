package org.chmlfrp.bot.testkit.chmlfrp;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * {@code GET /message/list?page&size&priority}: the system announcements, newest first, paged
 * as {@code {messages, total, page, size, totalPages}}; {@code "data": null} when there are none.
 * Needs a token. {@code priority}, when given, keeps the announcements of at least that priority.
 */
final class MessageEndpoints {

    static final int DEFAULT_SIZE = 10;

    private final FakeState state;
    private final Auth auth;

    MessageEndpoints(FakeState state) {
        this.state = state;
        this.auth = new Auth(state);
    }

    void register(Router router) {
        router.get("/message/list", this::list);
    }

    private ApiResponse list(ApiRequest request) {
        auth.user(request);
        int page = request.integer("page", "页码必须是数字").orElse(1);
        int size = request.integer("size", "每页数量必须是数字").orElse(DEFAULT_SIZE);
        int priority = request.integer("priority", "优先级必须是数字").orElse(Integer.MIN_VALUE);
        if (page < 1 || size < 1 || size > 100) {
            throw ApiError.badRequest("分页参数错误");
        }
        List<FakeAnnouncement> all = state.announcements().stream()
                .filter(a -> a.priority() >= priority)
                .toList();
        if (all.isEmpty()) {
            return ApiResponse.ok("获取成功", NullNode.getInstance());
        }
        ObjectNode data = Json.object();
        ArrayNode messages = data.putArray("messages");
        all.stream().skip((long) (page - 1) * size).limit(size).forEach(a -> messages.add(ApiShapes.announcement(a)));
        data.put("total", all.size());
        data.put("page", page);
        data.put("size", size);
        data.put("totalPages", (all.size() + size - 1) / size);
        return ApiResponse.ok("获取成功", data);
    }
}
