package org.chmlfrp.bot.core.feature.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpApi;
import org.chmlfrp.bot.core.command.CommandSpec;
import org.chmlfrp.bot.core.command.ParamSpec;
import org.chmlfrp.bot.core.reply.Action;
import org.chmlfrp.bot.core.reply.Block;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.core.testing.BotHarness;
import org.chmlfrp.bot.testkit.chmlfrp.FakeSubdomain;
import org.chmlfrp.bot.testkit.chmlfrp.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Free subdomain commands against the fake: user 227 has 13 subdomains, user 1001 none. */
class DomainCommandsTest {
    private static final String VIP_QQ = "10001";
    private static final String FREE_QQ = "10002";

    private static BotHarness start() {
        BotHarness h = BotHarness.start(x -> List.of(new DomainCommands(x.api(), new DomainNames(x.api(), x.clock()))));
        h.link(VIP_QQ, BotHarness.VIP_TOKEN);
        h.link(FREE_QQ, BotHarness.FREE_TOKEN);
        return h;
    }

    private static Block.Table table(Reply r) {
        return r.blocks().stream()
                .filter(Block.Table.class::isInstance)
                .map(Block.Table.class::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no table: " + r.plainText()));
    }

    private static JsonNode onlyBody(BotHarness h, String path) {
        List<RecordedRequest> calls = h.fake().requests(path);
        assertThat(calls).hasSize(1);
        return calls.get(0).jsonBody().orElseThrow();
    }

    private static List<FakeSubdomain> mine(BotHarness h) {
        return h.fake().state().subdomains(227);
    }

    private static void assertNoChangeSent(BotHarness h) {
        assertThat(h.fake().requests("/create_free_subdomain")).isEmpty();
        assertThat(h.fake().requests("/update_free_subdomain")).isEmpty();
        assertThat(h.fake().requests("/delete_free_subdomain")).isEmpty();
    }

    @Test
    void declarations() {
        DomainNames names = new DomainNames(mock(ChmlFrpApi.class), Clock.systemUTC());
        List<CommandSpec> specs = new DomainCommands(null, names).commands();
        assertThat(specs)
                .extracting(CommandSpec::usage)
                .containsExactly(
                        "domain available",
                        "domain list [page]",
                        "domain create <record> <domain> <type> <target> [ttl=] [remarks=]",
                        "domain edit <record> <domain> <target> [ttl=] [remarks=]",
                        "domain delete <record> <domain>");
        for (CommandSpec s : specs) {
            s.params().stream()
                    .filter(p -> p.name().equals("domain"))
                    .forEach(p -> assertThat(p.completer()).isSameAs(names));
        }
        assertThat(specs.get(0).needsAccount()).isFalse();
        assertThat(specs.subList(1, 5)).allMatch(CommandSpec::needsAccount);
        assertThat(specs)
                .flatExtracting(CommandSpec::aliases)
                .containsExactly("可用域名", "域名", "我的域名", "创建域名", "修改域名", "删除域名");
        assertThat(specs.get(2).params())
                .extracting(ParamSpec::name)
                .containsExactly("record", "domain", "type", "target", "ttl", "remarks");
    }

    // --- available ---

    @Test
    void availableListsDomainsWithIcpFilingWithoutAnAccount() {
        try (BotHarness h =
                BotHarness.start(x -> List.of(new DomainCommands(x.api(), new DomainNames(x.api(), x.clock()))))) {
            Reply r = h.inGroup("555", "/可用域名");
            assertThat(r.error()).isFalse();
            assertThat(table(r).rows()).hasSize(5).contains(List.of("frp.wtf", "否"), List.of("映射.中国", "否"));
            assertThat(r.plainText()).contains("/domain create");
        }
    }

    @Test
    void availableFailureRelaysTheApiMessage() {
        try (BotHarness h = start()) {
            h.fake()
                    .faults()
                    .status("/list_available_domains", 500, "{\"msg\":\"域名服务异常\",\"code\":500,\"state\":\"fail\"}");
            Reply r = h.privately("1", "/domain available");
            assertThat(r.error()).isTrue();
            assertThat(r.plainText()).contains("域名服务异常");
        }
    }

    // --- list ---

    @Test
    void listInPrivateShowsTargetsAndPages() {
        try (BotHarness h = start()) {
            Reply r = h.privately(VIP_QQ, "/domain list");

            assertThat(r.title()).contains("13");
            assertThat(table(r).headers()).hasSize(5);
            assertThat(table(r).rows())
                    .hasSize(10)
                    .contains(List.of("boring.frp.wtf", "A", "27.157.70.7", "1分钟", "-"))
                    .contains(List.of("Minecraft.frp.wtf", "A", "192.168.1.1", "1分钟", "解析隧道：alist11"));
            assertThat(r.paging().page()).isEqualTo(1);
            assertThat(r.paging().totalPages()).isEqualTo(2);
            assertThat(r.actions()).singleElement().satisfies(a -> {
                assertThat(a.kind()).isEqualTo(Action.Kind.PAGE);
                assertThat(a.command()).isEqualTo("domain list 2");
            });

            Reply second = h.privately(VIP_QQ, "/我的域名 2");
            assertThat(table(second).rows())
                    .hasSize(3)
                    .contains(List.of("chmlfrp_ui.frp.wtf", "CNAME", "baidu123.frp.one", "10分钟", "-"));
            assertThat(second.actions()).isEmpty();

            Reply third = h.privately(VIP_QQ, "/domain list 3");
            assertThat(third.error()).isTrue();
            assertThat(third.plainText()).contains("没有第 3 页").contains("2 页");
        }
    }

    @Test
    void listInAGroupHidesTargetsAndRemarks() {
        try (BotHarness h = start()) {
            String shown = h.inGroup(VIP_QQ, "/域名").plainText()
                    + h.inGroup(VIP_QQ, "/domain list 2").plainText();
            assertThat(shown)
                    .contains("boring.frp.wtf")
                    .contains("chmlfrp_ui.frp.wtf")
                    .contains("解析目标和备注只在私聊中显示");
            for (FakeSubdomain s : mine(h)) {
                assertThat(shown).doesNotContain(s.target());
            }
            assertThat(shown).doesNotContain(".frp.one").doesNotContain("alist11");
        }
    }

    @Test
    void emptyListSaysHowToCreateOne() {
        try (BotHarness h = start()) {
            Reply r = h.privately(FREE_QQ, "/domain list");
            assertThat(r.error()).isFalse();
            assertThat(r.plainText()).contains("还没有").contains("/domain create").contains("/domain available");
        }
    }

    @Test
    void listNeedsAnAccountAndRelaysADeadToken() {
        try (BotHarness h = start()) {
            Reply none = h.privately("777", "/domain list");
            assertThat(none.error()).isTrue();
            assertThat(none.plainText()).contains("bind");

            h.fake()
                    .faults()
                    .status("/get_user_free_subdomains", 200, "{\"msg\":\"无效的Token\",\"code\":401,\"state\":\"fail\"}");
            Reply dead = h.privately(VIP_QQ, "/domain list");
            assertThat(dead.error()).isTrue();
            assertThat(dead.plainText()).contains("无效的Token");
        }
    }

    // --- create ---

    @Test
    void createSendsTheDocumentedDefaultsAndAnswersWithTheName() {
        try (BotHarness h = start()) {
            Reply r = h.privately(VIP_QQ, "/domain create home FRP.WTF a 1.2.3.4");

            assertThat(r.error()).isFalse();
            assertThat(r.plainText())
                    .contains("免费二级域名创建成功")
                    .contains("home.frp.wtf → 1.2.3.4")
                    .contains("10分钟");
            JsonNode body = onlyBody(h, "/create_free_subdomain");
            assertThat(body.get("domain").asText()).isEqualTo("frp.wtf");
            assertThat(body.get("record").asText()).isEqualTo("home");
            assertThat(body.get("type").asText()).isEqualTo("A");
            assertThat(body.get("target").asText()).isEqualTo("1.2.3.4");
            assertThat(body.get("ttl").asText()).isEqualTo("10分钟");
            assertThat(h.fake().requests("/create_free_subdomain").get(0).token())
                    .contains(BotHarness.VIP_TOKEN);
            assertThat(mine(h))
                    .anyMatch(s -> s.record().equals("home")
                            && s.domain().equals("frp.wtf")
                            && s.target().equals("1.2.3.4"));
        }
    }

    @Test
    void createTakesFriendlyTtlRemarksAndOtherTypes() {
        try (BotHarness h = start()) {
            Reply v6 = h.privately(VIP_QQ, "/创建域名 v6 owo.vin AAAA 2001:db8::1 ttl=1h remarks=\"解析隧道：web\"");
            assertThat(v6.error()).isFalse();
            JsonNode body = onlyBody(h, "/create_free_subdomain");
            assertThat(body.get("type").asText()).isEqualTo("AAAA");
            assertThat(body.get("ttl").asText()).isEqualTo("1小时");
            assertThat(body.get("remarks").asText()).isEqualTo("解析隧道：web");

            h.fake().clearRequests();
            Reply cname = h.privately(VIP_QQ, "/domain create www 映射.中国 cname example.com ttl=1天");
            assertThat(cname.error()).isFalse();
            JsonNode c = onlyBody(h, "/create_free_subdomain");
            assertThat(c.get("domain").asText()).isEqualTo("映射.中国");
            assertThat(c.get("type").asText()).isEqualTo("CNAME");
            assertThat(c.get("ttl").asText()).isEqualTo("1天");
        }
    }

    @Test
    void createInAGroupDoesNotRepeatTheTarget() {
        try (BotHarness h = start()) {
            Reply r = h.inGroup(VIP_QQ, "/domain create nas baozi.site A 203.0.113.77");
            assertThat(r.error()).isFalse();
            assertThat(r.plainText()).contains("nas.baozi.site").doesNotContain("203.0.113.77");
        }
    }

    @Test
    void invalidInputNeverReachesTheApi() {
        try (BotHarness h = start()) {
            Reply type = h.privately(VIP_QQ, "/domain create x frp.wtf MX 1.2.3.4");
            assertThat(type.error()).isTrue();
            assertThat(type.plainText()).contains("MX").contains("A | AAAA | CNAME | SRV");

            Reply a = h.privately(VIP_QQ, "/domain create x frp.wtf A 1.2.3");
            assertThat(a.plainText()).contains("IPv4").contains("1.2.3");

            Reply aaaa = h.privately(VIP_QQ, "/domain create x frp.wtf AAAA 1.2.3.4");
            assertThat(aaaa.plainText()).contains("IPv6").contains("1.2.3.4");

            Reply cname = h.privately(VIP_QQ, "/domain create x frp.wtf CNAME 1.2.3.4");
            assertThat(cname.plainText()).contains("CNAME").contains("1.2.3.4");

            Reply record = h.privately(VIP_QQ, "/domain create mc.frp.wtf frp.wtf A 1.2.3.4");
            assertThat(record.plainText()).contains("主机记录").contains("mc.frp.wtf");

            Reply ttl = h.privately(VIP_QQ, "/domain create x frp.wtf A 1.2.3.4 ttl=3m");
            assertThat(ttl.plainText()).contains("3m").contains("10m").contains("10分钟");

            Reply missing = h.privately(VIP_QQ, "/domain create x frp.wtf A");
            assertThat(missing.plainText()).contains("target");

            for (Reply r : List.of(type, a, aaaa, cname, record, ttl, missing)) {
                assertThat(r.error()).isTrue();
                assertThat(r.plainText().length()).isLessThanOrEqualTo(400);
            }
            assertThat(h.fake().requests("/list_available_domains")).isEmpty();

            Reply domain = h.privately(VIP_QQ, "/domain create x example.com A 1.2.3.4");
            assertThat(domain.error()).isTrue();
            assertThat(domain.plainText())
                    .contains("example.com")
                    .contains("frp.wtf")
                    .contains("映射.中国");
            assertNoChangeSent(h);
        }
    }

    @Test
    void createRelaysTheApiRefusal() {
        try (BotHarness h = start()) {
            Reply r = h.privately(VIP_QQ, "/domain create boring frp.wtf A 1.1.1.1");
            assertThat(r.error()).isTrue();
            assertThat(r.plainText()).contains("该域名已被占用");
        }
    }

    // --- edit ---

    @Test
    void editKeepsTheCurrentTtlAndRemarksWhenNotGiven() {
        try (BotHarness h = start()) {
            Reply r = h.privately(VIP_QQ, "/domain edit minecraft frp.wtf 8.8.8.8");

            assertThat(r.error()).isFalse();
            assertThat(r.plainText())
                    .contains("免费二级域名修改成功")
                    .contains("Minecraft.frp.wtf → 8.8.8.8")
                    .contains("1分钟");
            JsonNode body = onlyBody(h, "/update_free_subdomain");
            assertThat(body.get("domain").asText()).isEqualTo("frp.wtf");
            assertThat(body.get("record").asText()).isEqualTo("Minecraft");
            assertThat(body.get("target").asText()).isEqualTo("8.8.8.8");
            assertThat(body.get("ttl").asText()).isEqualTo("1分钟");
            assertThat(body.get("remarks").asText()).isEqualTo("解析隧道：alist11");
            FakeSubdomain after =
                    mine(h).stream().filter(s -> s.id() == 24).findFirst().orElseThrow();
            assertThat(after.target()).isEqualTo("8.8.8.8");
            assertThat(after.ttl()).isEqualTo("1分钟");
        }
    }

    @Test
    void editTakesANewTtlAndRemarks() {
        try (BotHarness h = start()) {
            Reply r = h.inGroup(VIP_QQ, "/修改域名 chmlfrp_ui frp.wtf cdn.example.com ttl=12h remarks=新备注");
            assertThat(r.error()).isFalse();
            assertThat(r.plainText())
                    .contains("chmlfrp_ui.frp.wtf")
                    .contains("12小时")
                    .doesNotContain("cdn.example.com");
            JsonNode body = onlyBody(h, "/update_free_subdomain");
            assertThat(body.get("ttl").asText()).isEqualTo("12小时");
            assertThat(body.get("remarks").asText()).isEqualTo("新备注");
            assertThat(body.get("target").asText()).isEqualTo("cdn.example.com");
        }
    }

    @Test
    void editRefusesUnknownNamesBadTargetsAndBadTtlBeforeTheApi() {
        try (BotHarness h = start()) {
            Reply unknown = h.privately(VIP_QQ, "/domain edit nope frp.wtf 1.2.3.4");
            assertThat(unknown.error()).isTrue();
            assertThat(unknown.plainText()).contains("nope.frp.wtf").contains("/domain list");

            Reply target = h.privately(VIP_QQ, "/domain edit chmlfrp_ui frp.wtf 1.2.3.4");
            assertThat(target.error()).isTrue();
            assertThat(target.plainText()).contains("CNAME").contains("1.2.3.4");

            Reply aTarget = h.privately(VIP_QQ, "/domain edit boring owo.vin example.com");
            assertThat(aTarget.error()).isTrue();
            assertThat(aTarget.plainText()).contains("IPv4").contains("example.com");

            h.fake().clearRequests();
            Reply ttl = h.privately(VIP_QQ, "/domain edit boring owo.vin 1.2.3.4 ttl=forever");
            assertThat(ttl.error()).isTrue();
            assertThat(ttl.plainText()).contains("forever");
            assertThat(h.fake().requests()).isEmpty();
            assertNoChangeSent(h);
        }
    }

    // --- delete ---

    @Test
    void deleteAsksThenDeletesOnConfirm() {
        try (BotHarness h = start()) {
            Reply prompt = h.inGroup(VIP_QQ, "/删除域名 mc owo.vin");
            assertThat(prompt.error()).isFalse();
            assertThat(prompt.plainText())
                    .contains("mc.owo.vin")
                    .contains("/confirm")
                    .doesNotContain("218.86.15.187");
            assertThat(prompt.actions())
                    .extracting(Action::kind)
                    .containsExactly(Action.Kind.CONFIRM, Action.Kind.CANCEL);
            assertNoChangeSent(h);

            Reply stranger = h.inGroup("4242", "/confirm");
            assertThat(stranger.plainText()).doesNotContain("已删除");
            assertNoChangeSent(h);

            Reply done = h.inGroup(VIP_QQ, "/confirm");
            assertThat(done.error()).isFalse();
            assertThat(done.plainText()).contains("mc.owo.vin").contains("免费二级域名删除成功");
            JsonNode body = onlyBody(h, "/delete_free_subdomain");
            assertThat(body.get("domain").asText()).isEqualTo("owo.vin");
            assertThat(body.get("record").asText()).isEqualTo("mc");
            assertThat(mine(h)).noneMatch(s -> s.id() == 11);
        }
    }

    @Test
    void cancelOrExpiryDeletesNothing() {
        try (BotHarness h = start()) {
            h.privately(VIP_QQ, "/domain delete boring frp.wtf");
            assertThat(h.privately(VIP_QQ, "/cancel").plainText()).contains("已取消");
            assertThat(h.privately(VIP_QQ, "/confirm").plainText()).contains("没有等待确认的操作");

            h.privately(VIP_QQ, "/domain delete boring frp.wtf");
            h.clock().advance(Duration.ofSeconds(61));
            assertThat(h.privately(VIP_QQ, "/confirm").plainText()).contains("没有等待确认的操作");
            assertNoChangeSent(h);
            assertThat(mine(h)).hasSize(13);
        }
    }

    @Test
    void deleteOfAnUnknownNameIsRefusedWithoutAPrompt() {
        try (BotHarness h = start()) {
            Reply r = h.privately(VIP_QQ, "/domain delete ghost baozi.site");
            assertThat(r.error()).isTrue();
            assertThat(r.plainText()).contains("ghost.baozi.site");
            assertThat(r.actions()).isEmpty();
            assertThat(h.privately(VIP_QQ, "/confirm").plainText()).contains("没有等待确认的操作");
            assertNoChangeSent(h);
        }
    }

    @Test
    void deleteFailureOnConfirmRelaysTheApiMessage() {
        try (BotHarness h = start()) {
            h.privately(VIP_QQ, "/domain delete boring frp.wtf");
            h.fake()
                    .faults()
                    .status("/delete_free_subdomain", 200, "{\"msg\":\"删除失败，请稍后再试\",\"code\":500,\"state\":\"fail\"}");
            Reply r = h.privately(VIP_QQ, "/confirm");
            assertThat(r.error()).isTrue();
            assertThat(r.plainText()).contains("删除失败，请稍后再试");
        }
    }

    @Test
    void speaksEnglish() {
        try (BotHarness h = start()) {
            h.english();
            assertThat(h.privately(VIP_QQ, "/domain list").title()).isEqualTo("Your free subdomains (13)");
            assertThat(h.privately(VIP_QQ, "/domain create x frp.wtf A nope").plainText())
                    .isEqualTo("An A record needs an IPv4 address as its target; \"nope\" is not one.");
        }
    }
}
