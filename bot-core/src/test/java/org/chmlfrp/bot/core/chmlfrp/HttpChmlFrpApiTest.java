package org.chmlfrp.bot.core.chmlfrp;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.chmlfrp.bot.core.chmlfrp.model.GeeTestProof;
import org.chmlfrp.bot.core.chmlfrp.model.MailCodeType;
import org.chmlfrp.bot.core.chmlfrp.model.Node;
import org.chmlfrp.bot.core.chmlfrp.model.NodeGroup;
import org.chmlfrp.bot.core.chmlfrp.model.NodeInfo;
import org.chmlfrp.bot.core.chmlfrp.model.NodeStatusSummary;
import org.chmlfrp.bot.core.chmlfrp.model.NodeUptime;
import org.chmlfrp.bot.core.chmlfrp.model.SubdomainSpec;
import org.chmlfrp.bot.core.chmlfrp.model.Tunnel;
import org.chmlfrp.bot.core.chmlfrp.model.TunnelSpec;
import org.chmlfrp.bot.core.chmlfrp.model.TunnelType;
import org.chmlfrp.bot.core.chmlfrp.model.UserInfo;
import org.chmlfrp.bot.testkit.chmlfrp.FakeChmlFrpServer;
import org.chmlfrp.bot.testkit.chmlfrp.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@link ChmlFrpApi} method against the fake ChmlFrp server over real HTTP: success,
 * invalid token, validation error, server fault, timeout and malformed body.
 */
class HttpChmlFrpApiTest {
    private static final String TOKEN = "ChmlFrpDemoToken227";
    private static final String FREE = "ChmlFrpFreeToken1001";
    private static final String DEAD = "DeadToken000";

    private FakeChmlFrpServer fake;

    @AfterEach
    void stop() {
        if (fake != null) {
            fake.close();
        }
    }

    private ChmlFrpApi api(FakeChmlFrpServer.Builder builder, Function<ChmlFrpSettings, ChmlFrpSettings> tweak) {
        fake = builder.start();
        return new HttpChmlFrpApi(tweak.apply(ChmlFrpSettings.of(fake.baseUrl()).withTimeout(Duration.ofSeconds(5))));
    }

    private ChmlFrpApi api() {
        return api(FakeChmlFrpServer.builder(), s -> s);
    }

    private static <T> T ok(CompletableFuture<T> f) {
        try {
            return f.get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("call failed: " + e, e);
        }
    }

    private static ApiException failure(CompletableFuture<?> f) {
        try {
            f.get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            return ApiException.unwrap(e).orElseThrow(() -> new AssertionError("not an ApiException: " + e, e));
        }
        throw new AssertionError("the call succeeded");
    }

    /** One API method with arguments that succeed on the seed, its path and whether it is a pure read. */
    record Call(String path, boolean token, boolean read, Function<ChmlFrpApi, CompletableFuture<?>> run) {
        @Override
        public String toString() {
            return path;
        }
    }

    static Stream<Call> calls() {
        return callsWith(TOKEN);
    }

    static Stream<Call> callsWith(String t) {
        return Stream.of(
                new Call("/login", false, false, a -> a.login("boring_student", "Demo@123456")),
                new Call(
                        "/sendmailcode",
                        false,
                        false,
                        a -> a.sendMailCode(MailCodeType.RETOKEN, "demo227@example.com", null)),
                new Call(
                        "/register",
                        false,
                        false,
                        a -> a.register("newbie", "Abc@12345", "n@example.com", "123456", "000000")),
                new Call("/userinfo", true, true, a -> a.userInfo(t)),
                new Call("/retoken", true, false, a -> a.retoken(t, null)),
                new Call("/qiandao", true, false, a -> a.signIn(t, new GeeTestProof("l", "c", "p", "g"))),
                new Call("/qiandao_info", true, true, a -> a.signInInfo(t)),
                new Call("/reset_password", true, false, a -> a.resetPassword(t, "Demo@123456", "Demo@654321")),
                new Call("/update_username", true, false, a -> a.updateUsername(t, "boring_2")),
                new Call("/update_qq", true, false, a -> a.updateQq(t, "123456789")),
                new Call("/update_userimg", true, false, a -> a.updateUserImg(t, "https://example.com/a.png")),
                new Call("/tunnel", true, true, a -> a.tunnels(t)),
                new Call("/create_tunnel", true, false, a -> a.createTunnel(t, tcp("fresh", 25570))),
                new Call(
                        "/update_tunnel",
                        true,
                        false,
                        a -> a.updateTunnel(
                                t,
                                81329,
                                new TunnelSpec(
                                        "230vZqUp",
                                        "日本东京直连-2",
                                        TunnelType.TCP,
                                        null,
                                        223,
                                        56078,
                                        null,
                                        true,
                                        null,
                                        null))),
                new Call("/delete_tunnel", true, false, a -> a.deleteTunnel(t, 81329)),
                new Call("/offline_tunnel", true, false, a -> a.offlineTunnel(t, "230vZqUp")),
                new Call("/tunnel_config", true, true, a -> a.tunnelConfig(t, "湖南娄底", List.of())),
                new Call("/tunnel/last7days", true, true, a -> a.tunnelLast7Days(t, 81329)),
                new Call("/flow_last_7_days", true, true, a -> a.flowLast7Days(t)),
                new Call("/node", false, true, ChmlFrpApi::nodes),
                new Call("/nodeinfo", true, true, a -> a.nodeInfo(t, "江苏宿迁")),
                new Call("/node_stats", false, true, ChmlFrpApi::nodeStats),
                new Call("/node_uptime", false, true, a -> a.nodeUptime(7, "湖南娄底")),
                new Call("/node_status_info", false, true, a -> a.nodeStatusInfo("湖南娄底")),
                new Call("/panelinfo", false, true, ChmlFrpApi::panelInfo),
                new Call("/message/list", true, true, a -> a.announcements(t, 1, 5)),
                new Call("/list_available_domains", false, true, ChmlFrpApi::availableDomains),
                new Call("/get_user_free_subdomains", true, true, a -> a.subdomains(t)),
                new Call(
                        "/create_free_subdomain",
                        true,
                        false,
                        a -> a.createSubdomain(t, new SubdomainSpec("frp.wtf", "newmc", "A", "1.2.3.4", null, null))),
                new Call(
                        "/update_free_subdomain",
                        true,
                        false,
                        a -> a.updateSubdomain(t, new SubdomainSpec("frp.wtf", "MC", null, "5.6.7.8", "1小时", null))),
                new Call("/delete_free_subdomain", true, false, a -> a.deleteSubdomain(t, "owo.vin", "mc")));
    }

    static Stream<Call> tokenCalls() {
        return callsWith(DEAD).filter(Call::token);
    }

    private static TunnelSpec tcp(String name, int remotePort) {
        return new TunnelSpec(name, "湖南娄底", TunnelType.TCP, null, 25565, remotePort, null, null, null, null);
    }

    // --- success, every method ---

    @ParameterizedTest
    @MethodSource("calls")
    void everyMethodSucceedsWithTheDocumentedHttpMethod(Call call) {
        ChmlFrpApi api = api(FakeChmlFrpServer.builder(), s -> s);
        if (call.path().equals("/register")) {
            ok(api.sendMailCode(MailCodeType.REGISTER, "n@example.com", null));
            String code = fake.state().lastMailCode("n@example.com").orElseThrow();
            call = new Call(
                    "/register", false, false, a -> a.register("newbie", "Abc@12345", "n@example.com", "123456", code));
        }
        Object result = ok(call.run().apply(api));
        assertThat(result).isNotNull();
        RecordedRequest req = fake.requests(call.path()).get(0);
        boolean form = call.path().equals("/offline_tunnel");
        boolean post = form
                || List.of(
                                "/login",
                                "/sendmailcode",
                                "/qiandao",
                                "/create_tunnel",
                                "/update_tunnel",
                                "/create_free_subdomain",
                                "/update_free_subdomain",
                                "/delete_free_subdomain")
                        .contains(call.path());
        assertThat(req.method()).isEqualTo(post ? "POST" : "GET");
        if (form) {
            assertThat(req.header("content-type")).get().asString().startsWith("application/x-www-form-urlencoded");
            assertThat(req.body()).isEqualTo("tunnel_name=230vZqUp");
        } else if (post) {
            assertThat(req.jsonBody()).as("POST bodies are JSON").isPresent();
        }
        assertThat(req.header("user-agent"))
                .get()
                .asString()
                .matches("chmlfrp-bot/\\S+ \\(\\+https://github\\.com/chmlfrp-bot/chmlfrp-bot\\)");
        if (call.token()) {
            assertThat(req.header("authorization")).hasValue("Bearer " + TOKEN);
            assertThat(req.query()).doesNotContainKey("token");
        }
    }

    @Test
    void decodedValuesMatchTheFakesWorld() {
        ChmlFrpApi api = api();
        UserInfo me = ok(api.userInfo(TOKEN));
        assertThat(me.id()).isEqualTo(227);
        assertThat(me.username()).isEqualTo("boring_student");
        assertThat(me.isVip()).isTrue();
        assertThat(me.tunnelCount()).isEqualTo(4);

        List<Tunnel> tunnels = ok(api.tunnels(TOKEN));
        assertThat(tunnels).extracting(Tunnel::id).contains(76427, 81329, 81402, 81403);
        Tunnel web = tunnels.stream().filter(t -> t.id() == 81402).findFirst().orElseThrow();
        assertThat(web.type()).isEqualTo(TunnelType.HTTP);
        assertThat(web.dorp()).isEqualTo("mc.frp.wtf");
        assertThat(ok(api.tunnels(FREE))).as("data: null is an empty list").isEmpty();

        List<Node> nodes = ok(api.nodes());
        assertThat(nodes).hasSize(14);
        assertThat(nodes).filteredOn(n -> n.group() == NodeGroup.VIP).isNotEmpty();
        NodeInfo suqian = ok(api.nodeInfo(TOKEN, "江苏宿迁"));
        assertThat(suqian.remotePortRange().contains(25565)).isTrue();
        assertThat(ok(api.nodeStats())).hasSize(14).filteredOn(s -> !s.online()).hasSize(6);
        List<NodeUptime> uptime = ok(api.nodeUptime(30, "湖南娄底"));
        assertThat(uptime)
                .singleElement()
                .satisfies(u -> assertThat(u.history()).hasSize(30));
        assertThat(ok(api.nodeUptime(7, null))).hasSize(14);
        assertThat(ok(api.tunnelLast7Days(TOKEN, 81329)).trafficIn()).hasSize(7);
        assertThat(ok(api.flowLast7Days(TOKEN)))
                .hasSize(7)
                .allSatisfy(d -> assertThat(d.trafficIn()).isNotNegative());
        assertThat(ok(api.tunnelConfig(TOKEN, "湖南娄底", List.of("web"))))
                .startsWith("[common]")
                .contains("[web]");
        assertThat(ok(api.panelInfo()).friendLinks()).hasSize(7);
        assertThat(ok(api.availableDomains())).hasSize(5);
        assertThat(ok(api.subdomains(TOKEN))).hasSize(13);
        assertThat(ok(api.signInInfo(TOKEN)).signedInToday()).isFalse();
    }

    @Test
    void createAnswersWithoutAnIdAndTheListHasIt() {
        ChmlFrpApi api = api();
        Tunnel created = ok(api.createTunnel(TOKEN, tcp("mc-java", 25580))).orElseThrow();
        assertThat(created.id()).isNull();
        assertThat(created.name()).isEqualTo("mc-java");
        assertThat(ok(api.tunnels(TOKEN)))
                .filteredOn(t -> "mc-java".equals(t.name()))
                .singleElement()
                .satisfies(t -> assertThat(t.id()).isNotNull());
        var body = fake.requests("/create_tunnel").get(0).jsonBody().orElseThrow();
        assertThat(body.get("localip").asText()).as("documented default").isEqualTo("127.0.0.1");
        assertThat(body.get("encryption").asBoolean()).isFalse();
        assertThat(body.get("compression").asBoolean()).isFalse();
        assertThat(body.get("porttype").asText()).isEqualTo("tcp");
        assertThat(body.has("banddomain")).isFalse();
    }

    @Test
    void loginPostsAJsonBodyAndNoPasswordEverReachesTheUrl() {
        ChmlFrpApi api = api();
        assertThat(ok(api.login("boring_student", "Demo@123456")).userToken()).isEqualTo(TOKEN);
        failure(api.login("boring_student", "Wrong@999999"));
        assertThat(fake.requests("/login")).hasSize(2).allSatisfy(r -> {
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.query()).isEmpty();
            assertThat(r.jsonBody().orElseThrow().get("username").asText()).isEqualTo("boring_student");
        });
        assertThat(fake.requests())
                .noneSatisfy(r -> assertThat(r.query().toString()).contains("Demo@123456"));
        assertThat(fake.requests("/login")
                        .get(1)
                        .jsonBody()
                        .orElseThrow()
                        .get("password")
                        .asText())
                .isEqualTo("Wrong@999999");
    }

    @Test
    void offlineTunnelKicksTheTunnelAndRelaysTheApisWords() {
        ChmlFrpApi api = api();
        fake.state().setTunnelOnline(81329, true);
        assertThat(ok(api.offlineTunnel(TOKEN, "230vZqUp"))).isEqualTo("隧道已下线");
        assertThat(fake.state().tunnel(81329).orElseThrow().online()).isFalse();
        ApiException notMine = failure(api.offlineTunnel(FREE, "230vZqUp"));
        assertThat(notMine.kind()).isEqualTo(ApiErrorKind.VALIDATION);
        assertThat(notMine.apiMessage()).hasValue("隧道不存在或不属于你");
    }

    @Test
    void announcementsArePagedAndNoneIsAnEmptyPage() {
        ChmlFrpApi api = api();
        var first = ok(api.announcements(TOKEN, 1, 5));
        assertThat(first.total()).isEqualTo(7);
        assertThat(first.totalPages()).isEqualTo(2);
        assertThat(first.messages()).hasSize(5).first().satisfies(a -> {
            assertThat(a.title()).isEqualTo("节点维护通知");
            assertThat(a.contentMd()).startsWith("## 维护时间");
            assertThat(a.publishTime()).isEqualTo(java.time.Instant.parse("2026-11-20T04:00:00Z"));
        });
        assertThat(fake.requests("/message/list").get(0).query())
                .containsEntry("page", "1")
                .containsEntry("size", "5");
        fake.close();
        api = api(
                FakeChmlFrpServer.builder()
                        .seed(org.chmlfrp.bot.testkit.chmlfrp.FakeSeed.documentExamples().toBuilder()
                                .clearAnnouncements()
                                .build()),
                s -> s);
        assertThat(ok(api.announcements(TOKEN, 1, 5)).messages())
                .as("data: null")
                .isEmpty();
    }

    @Test
    void aBareEnvelopeAfterAWriteIsSuccessAndTheStateComesFromTheList() {
        ChmlFrpApi api = api(FakeChmlFrpServer.builder().bareWriteAnswers(true), s -> s);
        Tunnel updated = ok(api.updateTunnel(
                        TOKEN,
                        81329,
                        new TunnelSpec(
                                "230vZqUp", "日本东京直连-2", TunnelType.TCP, null, 2222, 56078, null, null, null, null)))
                .orElseThrow();
        assertThat(updated.id()).isEqualTo(81329);
        assertThat(updated.localPort()).isEqualTo(2222);
        Tunnel created = ok(api.createTunnel(TOKEN, tcp("bare-mc", 25581))).orElseThrow();
        assertThat(created.id()).as("found in the list, so it has its id").isNotNull();
        assertThat(created.name()).isEqualTo("bare-mc");
        assertThat(fake.requests("/tunnel")).hasSize(2);
    }

    @Test
    void aBareEnvelopeWhoseTunnelTheListDoesNotShowIsStillSuccess() {
        ChmlFrpApi api = api();
        fake.faults().status("/update_tunnel", 200, "{\"msg\":\"隧道更新成功\",\"code\":200,\"state\":\"success\"}");
        fake.faults().status("/tunnel", 503, "<html>down</html>");
        assertThat(ok(api.updateTunnel(
                        TOKEN,
                        81329,
                        new TunnelSpec(
                                "230vZqUp", "日本东京直连-2", TunnelType.TCP, null, 2222, 56078, null, null, null, null))))
                .isEmpty();
    }

    @Test
    void subdomainTtlDefaultsToTenMinutes() {
        ChmlFrpApi api = api();
        ok(api.createSubdomain(TOKEN, new SubdomainSpec("frp.wtf", "ttlcheck", "A", "1.2.3.4", null, null)));
        assertThat(fake.requests("/create_free_subdomain")
                        .get(0)
                        .jsonBody()
                        .orElseThrow()
                        .get("ttl")
                        .asText())
                .isEqualTo("10分钟");
    }

    @Test
    void deleteFallsBackToTheDocumentsPostWhenTheGetPathIsMissing() {
        ChmlFrpApi api = api(FakeChmlFrpServer.builder().legacyDeleteOnly(true), s -> s);
        ok(api.deleteTunnel(TOKEN, 81329));
        assertThat(fake.requests("/delete_tunnel")).hasSize(1);
        RecordedRequest legacy = fake.requests("/deletetunnel").get(0);
        assertThat(legacy.method()).isEqualTo("POST");
        assertThat(legacy.query()).containsEntry("tunnelid", "81329");
        assertThat(ok(api.tunnels(TOKEN))).extracting(Tunnel::id).doesNotContain(81329);
    }

    @Test
    void aDeleteRefusedForAMissingTunnelDoesNotFallBack() {
        ChmlFrpApi api = api();
        ApiException e = failure(api.deleteTunnel(TOKEN, 1));
        assertThat(e.kind()).isEqualTo(ApiErrorKind.VALIDATION);
        assertThat(fake.requests("/deletetunnel")).isEmpty();
    }

    @Test
    void nodeStatusInfoIsStreamedIntoASummary() {
        ChmlFrpApi api = api(FakeChmlFrpServer.builder().statusListSize(6000), s -> s);
        NodeStatusSummary s = ok(api.nodeStatusInfo("湖南娄底"));
        assertThat(s.sampleCount()).isEqualTo(6000);
        assertThat(s.latest()).isNotNull();
        assertThat(s.details().numCores()).isPositive();
        assertThat(failure(api.nodeStatusInfo("不存在的节点")).kind()).isIn(ApiErrorKind.NOT_FOUND, ApiErrorKind.VALIDATION);
    }

    // --- token placement ---

    @Test
    void tokenInQueryAndBoth() {
        ChmlFrpApi query = api(FakeChmlFrpServer.builder(), s -> s.withTokenIn(TokenPlacement.QUERY));
        ok(query.tunnels(TOKEN));
        ok(query.createTunnel(TOKEN, tcp("q1", 25590)));
        RecordedRequest get = fake.requests("/tunnel").get(0);
        assertThat(get.query()).containsEntry("token", TOKEN);
        assertThat(get.header("authorization")).isEmpty();
        assertThat(fake.requests("/create_tunnel")
                        .get(0)
                        .jsonBody()
                        .orElseThrow()
                        .get("token")
                        .asText())
                .isEqualTo(TOKEN);
        fake.close();

        ChmlFrpApi both = api(FakeChmlFrpServer.builder(), s -> s.withTokenIn(TokenPlacement.BOTH));
        ok(both.userInfo(TOKEN));
        RecordedRequest r = fake.requests("/userinfo").get(0);
        assertThat(r.query()).containsEntry("token", TOKEN);
        assertThat(r.header("authorization")).hasValue("Bearer " + TOKEN);
    }

    // --- failures, every method ---

    @ParameterizedTest
    @MethodSource("tokenCalls")
    void anInvalidTokenIsInvalidTokenWithTheApisWords(Call call) {
        ApiException e = failure(call.run().apply(api()));
        assertThat(e.kind()).isEqualTo(ApiErrorKind.INVALID_TOKEN);
        assertThat(e.apiMessage()).get().isIn("无效的Token", "错误的token");
        assertThat(e.getMessage()).doesNotContain(DEAD);
    }

    @Test
    void everyCallIsTimedByEndpointAndErrorKindWithoutTheToken() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        fake = FakeChmlFrpServer.builder().start();
        ChmlFrpApi api =
                new HttpChmlFrpApi(ChmlFrpSettings.of(fake.baseUrl()).withTimeout(Duration.ofSeconds(5)), meters);

        ok(api.userInfo(TOKEN));
        failure(api.userInfo(DEAD));
        ok(api.nodeStats());
        ok(api.nodeStatusInfo(ok(api.nodes()).get(0).name()));

        Map<String, Long> calls = new TreeMap<>();
        meters.find(ApiMetrics.TIMER)
                .timers()
                .forEach(t ->
                        calls.put(t.getId().getTag("endpoint") + " " + t.getId().getTag("error"), t.count()));
        assertThat(calls)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "user_info none",
                        1L,
                        "user_info invalid_token",
                        1L,
                        "node_stats none",
                        1L,
                        "nodes none",
                        1L,
                        "node_status_info none",
                        1L));
        assertThat(meters.getMeters())
                .allSatisfy(m -> assertThat(m.getId().toString()).doesNotContain(TOKEN, DEAD));
    }

    @Test
    void anInvalidTokenUnderRealHttp401IsTheSame() {
        ChmlFrpApi api = api(FakeChmlFrpServer.builder().httpStatusMirrorsCode(true), s -> s);
        ApiException e = failure(api.userInfo(DEAD));
        assertThat(e.kind()).isEqualTo(ApiErrorKind.INVALID_TOKEN);
        assertThat(e.httpStatus()).isEqualTo(401);
    }

    @Test
    void validationErrorsCarryTheApisMessage() {
        ChmlFrpApi api = api();
        ApiException login = failure(api.login("boring_student", "wrong-password-123"));
        assertThat(login.kind()).isEqualTo(ApiErrorKind.VALIDATION);
        assertThat(login.apiMessage()).hasValue("密码错误");
        assertThat(login.getMessage()).doesNotContain("wrong-password-123");

        ApiException noPort = failure(api.createTunnel(
                TOKEN, new TunnelSpec("x", "湖南娄底", TunnelType.TCP, null, 8080, null, null, null, null, null)));
        assertThat(noPort.kind()).isEqualTo(ApiErrorKind.VALIDATION);
        assertThat(noPort.apiMessage()).isPresent();

        ApiException badTtl =
                failure(api.createSubdomain(TOKEN, new SubdomainSpec("frp.wtf", "x", "A", "1.2.3.4", "3分钟", null)));
        assertThat(badTtl.kind()).isEqualTo(ApiErrorKind.VALIDATION);

        ApiException vip = failure(api.nodeInfo(FREE, "四川德阳电信"));
        assertThat(vip.apiMessage()).hasValue("权限不足");

        ApiException mail = failure(api.sendMailCode(MailCodeType.REGISTER, "not-an-email", null));
        assertThat(mail.apiMessage()).hasValue("邮箱格式错误");
    }

    @ParameterizedTest
    @MethodSource("calls")
    void aServerFaultIsServerErrorAndOnlyReadsAreRetriedOnce(Call call) {
        ChmlFrpApi api = api();
        fake.faults().status(call.path(), 502, "{\"msg\":\"网关错误\",\"code\":502,\"state\":\"fail\"}");
        ApiException e = failure(call.run().apply(api));
        assertThat(e.kind()).isEqualTo(ApiErrorKind.SERVER_ERROR);
        assertThat(e.httpStatus()).isEqualTo(502);
        assertThat(fake.requests(call.path())).hasSize(call.read() ? 2 : 1);
    }

    @Test
    void aReadSucceedsWhenTheRetryDoes() {
        ChmlFrpApi api = api();
        fake.faults().status("/node", 500, "oops").times("/node", 1);
        assertThat(ok(api.nodes())).hasSize(14);
        assertThat(fake.requests("/node")).hasSize(2);
    }

    @ParameterizedTest
    @MethodSource("calls")
    void aNonJsonAnswerIsMalformed(Call call) {
        ChmlFrpApi api = api();
        fake.faults().plainText(call.path(), "好像挂了emm...");
        assertThat(failure(call.run().apply(api)).kind()).isEqualTo(ApiErrorKind.MALFORMED);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {403, 502, 503, 520, 522, 525})
    void aCdnPageInsteadOfTheApiIsUnavailable(int status) {
        ChmlFrpApi api = api();
        fake.faults().cdnPage("/tunnel", status);
        ApiException e = failure(api.tunnels(TOKEN));
        assertThat(e.kind()).isEqualTo(ApiErrorKind.UNAVAILABLE);
        assertThat(e.httpStatus()).isEqualTo(status);
    }

    @Test
    void aSpringNotFoundIsNotFound() {
        ChmlFrpApi api = api();
        fake.faults()
                .status(
                        "/panelinfo",
                        404,
                        "{\"timestamp\":\"2024-12-21T11:07:30.682+00:00\",\"status\":404,\"error\":\"Not Found\",\"path\":\"/panelinfo\"}");
        ApiException e = failure(api.panelInfo());
        assertThat(e.kind()).isEqualTo(ApiErrorKind.NOT_FOUND);
        assertThat(e.apiMessage()).hasValue("Not Found");
    }

    @ParameterizedTest
    @MethodSource("calls")
    void noAnswerInTimeIsATimeout(Call call) {
        ChmlFrpApi api = api(FakeChmlFrpServer.builder(), s -> s.withTimeout(Duration.ofMillis(250)));
        fake.faults().delay(call.path(), Duration.ofMillis(1500));
        ApiException e = failure(call.run().apply(api));
        assertThat(e.kind()).isEqualTo(ApiErrorKind.TIMEOUT);
        assertThat(e.httpStatus()).isZero();
    }

    @Test
    void anUnreachableApiIsANetworkError() {
        ChmlFrpApi api = api();
        fake.close();
        ApiException e = failure(api.nodes());
        assertThat(e.kind()).isIn(ApiErrorKind.NETWORK, ApiErrorKind.TIMEOUT);
        fake = null;
    }
}
