package org.chmlfrp.bot.testkit.chmlfrp;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Tunnel endpoints: {@code /tunnel}, {@code /create_tunnel}, {@code /update_tunnel},
 * {@code /delete_tunnel} (GET, current clients), {@code /deletetunnel} (POST, the document's
 * form), {@code /offline_tunnel}, {@code /tunnel_config}, {@code /tunnel/last7days},
 * {@code /flow_last_7_days}. With {@code bareWriteAnswers}, create and update answer a success
 * envelope without {@code data}, as the panel types them.
 */
final class TunnelEndpoints {

    static final String NOT_YOURS = "隧道不存在或不属于你";

    private final FakeState state;
    private final ServerOptions options;
    private final Auth auth;

    TunnelEndpoints(FakeState state, ServerOptions options) {
        this.state = state;
        this.options = options;
        this.auth = new Auth(state);
    }

    void register(Router router) {
        router.get("/tunnel", this::list)
                .post("/create_tunnel", this::create)
                .post("/update_tunnel", this::update)
                .post("/deletetunnel", this::delete)
                .post("/offline_tunnel", this::offline)
                .get("/tunnel_config", this::config)
                .get("/tunnel/last7days", this::lastSevenDays)
                .get("/flow_last_7_days", this::flowLastSevenDays);
        if (!options.legacyDeleteOnly()) {
            router.get("/delete_tunnel", this::delete);
        }
    }

    /** A user without tunnels gets {@code "data": null} (a real quirk). */
    private ApiResponse list(ApiRequest request) {
        FakeUser user = auth.user(request);
        return state.locked(w -> {
            List<FakeTunnel> tunnels = w.tunnelsOf(user.id());
            if (tunnels.isEmpty()) {
                return ApiResponse.ok("获取隧道数据成功", NullNode.getInstance());
            }
            ArrayNode data = Json.array();
            tunnels.forEach(t -> data.add(ApiShapes.tunnel(t, w.node(t.node()), ApiShapes.TunnelView.LISTED)));
            return ApiResponse.ok("获取隧道数据成功", data);
        });
    }

    /** Stores the tunnel with a fresh id but answers {@code "id": null} (a real quirk). */
    private ApiResponse create(ApiRequest request) {
        FakeUser user = auth.user(request);
        TunnelDraft draft = TunnelDraft.read(request, true);
        return state.locked(w -> {
            TunnelRules.check(w, w.user(user.id()), draft, null);
            FakeTunnel stored =
                    w.addTunnel(fromDraft(FakeTunnel.builder(0, draft.name(), user.id(), draft.node()), draft));
            return options.bareWriteAnswers()
                    ? ApiResponse.ok("隧道创建成功")
                    : ApiResponse.ok(
                            "隧道创建成功", ApiShapes.tunnel(stored, Optional.empty(), ApiShapes.TunnelView.CREATED));
        });
    }

    private ApiResponse update(ApiRequest request) {
        FakeUser user = auth.user(request);
        int tunnelId = request.requiredInt("tunnelid", "隧道ID不能为空", "隧道ID必须是数字");
        TunnelDraft draft = TunnelDraft.read(request, false);
        return state.locked(w -> {
            FakeTunnel current = w.tunnel(tunnelId).orElseThrow(() -> ApiError.notFound("隧道不存在"));
            if (current.userId() != user.id()) {
                throw ApiError.badRequest(NOT_YOURS);
            }
            TunnelRules.check(w, w.user(user.id()), draft, tunnelId);
            FakeTunnel updated = w.putTunnel(fromDraft(current.toBuilder(), draft));
            return options.bareWriteAnswers()
                    ? ApiResponse.ok("隧道更新成功")
                    : ApiResponse.ok(
                            "隧道更新成功", ApiShapes.tunnel(updated, Optional.empty(), ApiShapes.TunnelView.UPDATED));
        });
    }

    /** GET /delete_tunnel and POST /deletetunnel alike. */
    private ApiResponse delete(ApiRequest request) {
        FakeUser user = auth.user(request);
        int tunnelId = request.requiredInt("tunnelid", "隧道ID不能为空", "隧道ID必须是数字");
        return state.locked(w -> {
            boolean mine = w.tunnel(tunnelId).map(t -> t.userId() == user.id()).orElse(false);
            if (!mine) {
                throw ApiError.badRequest(NOT_YOURS);
            }
            w.removeTunnel(tunnelId);
            return ApiResponse.ok("删除成功");
        });
    }

    /**
     * Kicks the frpc running one of the user's tunnels ({@code tunnel_name}, a form or JSON field):
     * the tunnel goes offline, so a new frpc can connect. Unknown or not the user's: 400.
     */
    private ApiResponse offline(ApiRequest request) {
        FakeUser user = auth.user(request);
        String name = request.required("tunnel_name", "隧道名称不能为空").trim();
        return state.locked(w -> {
            FakeTunnel tunnel = w.tunnelsOf(user.id()).stream()
                    .filter(t -> t.name().equals(name))
                    .findFirst()
                    .orElseThrow(() -> ApiError.badRequest(NOT_YOURS));
            w.putTunnel(
                    tunnel.toBuilder().online(false).uptime(null).curConns(0).build());
            return ApiResponse.ok("隧道已下线");
        });
    }

    /** Every tunnel of the user on the node, or only the comma-separated {@code tunnel_names}. */
    private ApiResponse config(ApiRequest request) {
        FakeUser user = auth.user(request);
        String nodeName = request.required("node", "节点名称不能为空").trim();
        List<String> names = request.text("tunnel_names")
                .map(s -> Arrays.stream(s.split(","))
                        .map(String::trim)
                        .filter(n -> !n.isEmpty())
                        .toList())
                .orElse(List.of());
        return state.locked(w -> {
            FakeNode node = w.node(nodeName).orElseThrow(() -> ApiError.notFound("节点不存在"));
            List<FakeTunnel> onNode = w.tunnelsOf(user.id()).stream()
                    .filter(t -> t.node().equals(nodeName))
                    .toList();
            List<FakeTunnel> chosen;
            if (names.isEmpty()) {
                if (onNode.isEmpty()) {
                    throw ApiError.badRequest("你在该节点上没有隧道");
                }
                chosen = onNode;
            } else {
                chosen = new ArrayList<>();
                for (String name : names) {
                    chosen.add(onNode.stream()
                            .filter(t -> t.name().equals(name))
                            .findFirst()
                            .orElseThrow(() -> ApiError.badRequest("隧道" + name + "不存在或不在节点" + nodeName + "上")));
                }
            }
            return ApiResponse.ok("配置文件获取成功", TextNode.valueOf(FrpcConfig.ini(node, w.user(user.id()), chosen)));
        });
    }

    private ApiResponse lastSevenDays(ApiRequest request) {
        FakeUser user = auth.user(request);
        int tunnelId = request.requiredInt("tunnel_id", "隧道ID不能为空", "隧道ID必须是数字");
        FakeTunnel tunnel = state.tunnel(tunnelId)
                .filter(t -> t.userId() == user.id())
                .orElseThrow(() -> ApiError.badRequest(NOT_YOURS));
        TrafficHistory.Days days = TrafficHistory.ofTunnel(tunnel);
        ObjectNode data = Json.object();
        ArrayNode in = data.putArray("traffic_in");
        ArrayNode out = data.putArray("traffic_out");
        for (int i = 0; i < TrafficHistory.DAYS; i++) {
            in.add(days.in()[i]);
            out.add(days.out()[i]);
        }
        return ApiResponse.ok("获取成功", data);
    }

    /** Values are numbers on some days and numeric strings on others, as the real API mixes them. */
    private ApiResponse flowLastSevenDays(ApiRequest request) {
        FakeUser user = auth.user(request);
        TrafficHistory.Days days = TrafficHistory.ofAccount(state.tunnels(user.id()));
        LocalDate today = ApiTime.today(options.clock());
        ArrayNode data = Json.array();
        for (int i = 0; i < TrafficHistory.DAYS; i++) {
            ObjectNode day = data.addObject();
            day.put("time", today.minusDays(TrafficHistory.DAYS - 1L - i).toString());
            if (i % 3 == 1) {
                day.put("traffic_in", Long.toString(days.in()[i]));
                day.put("traffic_out", Long.toString(days.out()[i]));
            } else {
                day.put("traffic_in", days.in()[i]);
                day.put("traffic_out", days.out()[i]);
            }
        }
        return ApiResponse.ok("获取成功", data);
    }

    private static FakeTunnel fromDraft(FakeTunnel.Builder builder, TunnelDraft draft) {
        return builder.name(draft.name())
                .node(draft.node())
                .localIp(draft.localIp())
                .type(draft.type())
                .localPort(draft.localPort())
                .remotePort(draft.remotePort())
                .domain(draft.domain())
                .encryption(draft.encryption())
                .compression(draft.compression())
                .extraParams(draft.extraParams())
                .build();
    }
}
