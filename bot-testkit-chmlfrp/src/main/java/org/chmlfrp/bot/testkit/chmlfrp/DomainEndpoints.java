package org.chmlfrp.bot.testkit.chmlfrp;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.Optional;

/**
 * Domain endpoints: {@code /list_available_domains} (public), {@code /get_user_free_subdomains},
 * {@code /create_free_subdomain}, {@code /update_free_subdomain}, {@code /delete_free_subdomain}.
 *
 * <p>Update and delete address a subdomain by {@code record} + {@code domain} of the caller. The
 * document's own list holds one pair twice ({@code chaoji.frp.wtf}, ids 8 and 333); like the
 * SQL {@code WHERE} behind the real API, an update or delete then applies to every match.
 */
final class DomainEndpoints {

    private static final String NOT_YOURS = "域名不存在或不属于你";

    private final FakeState state;
    private final Auth auth;

    DomainEndpoints(FakeState state) {
        this.state = state;
        this.auth = new Auth(state);
    }

    void register(Router router) {
        router.get("/list_available_domains", this::available)
                .get("/get_user_free_subdomains", this::list)
                .post("/create_free_subdomain", this::create)
                .post("/update_free_subdomain", this::update)
                .post("/delete_free_subdomain", this::delete);
    }

    private ApiResponse available(ApiRequest request) {
        ArrayNode data = Json.array();
        state.availableDomains().forEach(d -> data.add(ApiShapes.availableDomain(d)));
        return ApiResponse.ok("获取可用域名列表成功", data);
    }

    private ApiResponse list(ApiRequest request) {
        FakeUser user = auth.user(request);
        ArrayNode data = Json.array();
        state.subdomains(user.id()).forEach(s -> data.add(ApiShapes.subdomain(s)));
        return ApiResponse.ok("用户所有已创建的免费二级域名获取成功", data);
    }

    private ApiResponse create(ApiRequest request) {
        FakeUser user = auth.user(request);
        String domain = request.required("domain", "主域名不能为空").trim();
        String record = SubdomainRules.record(request.required("record", "记录不能为空"));
        String type = SubdomainRules.type(request.required("type", SubdomainRules.BAD_TYPE));
        String target = SubdomainRules.target(type, request.required("target", "解析目标不能为空"));
        String ttl = SubdomainRules.ttl(request.required("ttl", SubdomainRules.BAD_TTL));
        String remarks = request.text("remarks").orElse(null);
        return state.locked(w -> {
            if (w.availableDomains().stream().noneMatch(d -> d.domain().equals(domain))) {
                throw ApiError.badRequest("主域名不可用");
            }
            if (w.allSubdomains().stream().anyMatch(s -> s.is(domain, record))) {
                throw ApiError.badRequest("该域名已被占用");
            }
            w.addSubdomain(new FakeSubdomain(0, user.id(), domain, record, type, target, remarks, ttl));
            return ApiResponse.ok("免费二级域名创建成功");
        });
    }

    /** Only target, TTL and remarks change; what is left out stays. */
    private ApiResponse update(ApiRequest request) {
        FakeUser user = auth.user(request);
        String domain = request.required("domain", "主域名不能为空").trim();
        String record = request.required("record", "记录不能为空").trim();
        Optional<String> target = request.text("target");
        Optional<String> ttl = request.text("ttl").map(SubdomainRules::ttl);
        Optional<String> remarks = request.text("remarks");
        return state.locked(w -> {
            List<FakeSubdomain> matches = mine(w, user, domain, record);
            for (FakeSubdomain s : matches) {
                String newTarget =
                        target.map(t -> SubdomainRules.target(s.type(), t)).orElse(s.target());
                w.putSubdomain(new FakeSubdomain(
                        s.id(),
                        s.userId(),
                        s.domain(),
                        s.record(),
                        s.type(),
                        newTarget,
                        remarks.orElse(s.remarks()),
                        ttl.orElse(s.ttl())));
            }
            return ApiResponse.ok("免费二级域名修改成功");
        });
    }

    private ApiResponse delete(ApiRequest request) {
        FakeUser user = auth.user(request);
        String domain = request.required("domain", "主域名不能为空").trim();
        String record = request.required("record", "记录不能为空").trim();
        return state.locked(w -> {
            mine(w, user, domain, record).forEach(s -> w.removeSubdomain(s.id()));
            return ApiResponse.ok("免费二级域名删除成功");
        });
    }

    private static List<FakeSubdomain> mine(World w, FakeUser user, String domain, String record) {
        List<FakeSubdomain> matches = w.subdomainsOf(user.id()).stream()
                .filter(s -> s.is(domain, record))
                .toList();
        if (matches.isEmpty()) {
            throw ApiError.badRequest(NOT_YOURS);
        }
        return matches;
    }
}
