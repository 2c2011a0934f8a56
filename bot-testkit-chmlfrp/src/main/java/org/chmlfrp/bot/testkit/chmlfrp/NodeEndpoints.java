package org.chmlfrp.bot.testkit.chmlfrp;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Node endpoints: {@code /node}, {@code /nodeinfo}, {@code /node_stats}, {@code /node_uptime},
 * {@code /node_status_info}. All public but {@code /nodeinfo}.
 */
final class NodeEndpoints {

    private static final String CANNOT_CONNECT = "无法连接至服务器";

    private final FakeState state;
    private final ServerOptions options;
    private final Auth auth;

    NodeEndpoints(FakeState state, ServerOptions options) {
        this.state = state;
        this.options = options;
        this.auth = new Auth(state);
    }

    void register(Router router) {
        router.get("/node", this::list)
                .get("/nodeinfo", this::info)
                .get("/node_stats", this::stats)
                .get("/node_uptime", this::uptime)
                .get("/node_status_info", this::statusInfo);
    }

    private ApiResponse list(ApiRequest request) {
        ArrayNode data = Json.array();
        state.nodes().forEach(n -> data.add(ApiShapes.nodeSummary(n)));
        return ApiResponse.ok("获取成功", data);
    }

    /** Bad token: {@code 401 错误的token}; a VIP node for a free user: {@code 403 权限不足}. */
    private ApiResponse info(ApiRequest request) {
        FakeUser user = auth.user(request, Auth.WRONG_TOKEN);
        String name = request.required("node", "节点名称不能为空").trim();
        FakeNode node = state.node(name).orElseThrow(() -> ApiError.notFound("节点不存在"));
        if (node.isVip() && !user.isVip()) {
            throw new ApiError(403, "权限不足");
        }
        return ApiResponse.ok("获取成功", ApiShapes.nodeInfo(node));
    }

    private ApiResponse stats(ApiRequest request) {
        ArrayNode data = Json.array();
        state.nodes().forEach(n -> data.add(ApiShapes.nodeStats(n)));
        return ApiResponse.ok("节点统计数据获取成功", data);
    }

    /** {@code time} 1–90 days; {@code node} optional (all nodes without it). */
    private ApiResponse uptime(ApiRequest request) {
        String badTime = "time参数必须是1到90之间的整数";
        int days = request.requiredInt("time", badTime, badTime);
        if (days < 1 || days > UptimeHistory.DAYS) {
            throw ApiError.badRequest(badTime);
        }
        Optional<String> only = request.text("node").map(String::trim);
        LocalDate today = ApiTime.today(options.clock());
        return state.locked(w -> {
            List<FakeNode> nodes = only.isPresent()
                    ? List.of(w.node(only.get()).orElseThrow(() -> ApiError.notFound("节点不存在")))
                    : w.nodes();
            ArrayNode data = Json.array();
            nodes.forEach(n -> data.add(ApiShapes.nodeUptime(n, w.uptime(n.name()), today, days)));
            return ApiResponse.ok("获取节点uptime信息成功", data);
        });
    }

    /** Megabytes, streamed: see {@link NodeStatusStream}. Unknown node: {@code 404 无法连接至服务器}. */
    private ApiResponse statusInfo(ApiRequest request) {
        String name = request.required("nodename", "节点名称不能为空").trim();
        FakeNode node = state.node(name).orElseThrow(() -> ApiError.notFound(CANNOT_CONNECT));
        return new ApiResponse.StreamedJson(new NodeStatusStream(
                node, options.statusListSize(), options.clock().instant()));
    }
}
