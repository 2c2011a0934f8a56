package org.chmlfrp.bot.core.feature.tunnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chmlfrp.bot.core.feature.tunnel.TunnelFeature.FREE_QQ;
import static org.chmlfrp.bot.core.feature.tunnel.TunnelFeature.VIP_QQ;
import static org.chmlfrp.bot.core.feature.tunnel.TunnelFeature.field;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.chmlfrp.bot.core.chat.Role;
import org.chmlfrp.bot.core.reply.Action;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.core.testing.BotHarness;
import org.chmlfrp.bot.testkit.chmlfrp.FakeChmlFrpServer;
import org.chmlfrp.bot.testkit.chmlfrp.FakeTunnel;
import org.chmlfrp.bot.testkit.chmlfrp.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** tunnel create, edit and delete, through the text entry point against the fake API. */
class TunnelChangeCommandsTest {
    private BotHarness h = TunnelFeature.start();

    @AfterEach
    void close() {
        h.close();
    }

    private JsonNode body(String path) {
        List<RecordedRequest> calls = h.fake().requests(path);
        assertThat(calls).hasSize(1);
        return calls.get(0).jsonBody().orElseThrow();
    }

    // --- tunnel create ---

    @Test
    void aTcpTunnelWithoutARemotePortIsRefusedBeforeTheApi() {
        Reply r = h.privately(VIP_QQ, "/tunnel create x 湖南娄底 tcp 8080");

        assertThat(r.error()).isTrue();
        assertThat(r.plainText()).contains("remoteport").contains("tcp");
        assertThat(r.plainText().length()).isLessThanOrEqualTo(400);
        assertThat(h.fake().requests("/create_tunnel")).isEmpty();
    }

    @Test
    void createSendsTheDocumentedDefaultsAndReportsTheNewId() {
        Reply r = h.privately(VIP_QQ, "/tunnel create mc2 湖南娄底 TCP 25565 30000");

        assertThat(r.error()).isFalse();
        int id = h.fake().state().tunnel(227, "mc2").orElseThrow().id();
        assertThat(r.title()).contains("mc2").contains("#" + id);
        assertThat(field(r, "ID")).isEqualTo(String.valueOf(id));
        assertThat(field(r, "节点")).isEqualTo("湖南娄底");
        assertThat(field(r, "类型")).isEqualTo("tcp");
        assertThat(field(r, "本地 → 远程")).isEqualTo("127.0.0.1:25565 → ld.frp.one:30000");
        assertThat(r.plainText()).contains("/tunnel config 湖南娄底 mc2");

        JsonNode body = body("/create_tunnel");
        assertThat(body.get("tunnelname").asText()).isEqualTo("mc2");
        assertThat(body.get("node").asText()).isEqualTo("湖南娄底");
        assertThat(body.get("porttype").asText()).isEqualTo("tcp");
        assertThat(body.get("localport").asInt()).isEqualTo(25565);
        assertThat(body.get("remoteport").asInt()).isEqualTo(30000);
        assertThat(body.get("localip").asText()).isEqualTo("127.0.0.1");
        assertThat(body.get("encryption").asBoolean()).isFalse();
        assertThat(body.get("compression").asBoolean()).isFalse();
        assertThat(body.has("banddomain") && !body.get("banddomain").isNull()).isFalse();
        // data.id is null in the answer, so the list is read once to find the id
        assertThat(h.fake().requests("/tunnel")).hasSize(1);
    }

    @Test
    void createAWebTunnelWithADomainAndOptions() {
        Reply r = h.privately(VIP_QQ, "/创建隧道 site 湖南娄底 http 8080 site.frp.wtf encrypt=yes compress=on ip=192.168.1.5");

        assertThat(r.error()).isFalse();
        assertThat(field(r, "本地 → 远程")).isEqualTo("192.168.1.5:8080 → site.frp.wtf");
        JsonNode body = body("/create_tunnel");
        assertThat(body.get("porttype").asText()).isEqualTo("http");
        assertThat(body.get("banddomain").asText()).isEqualTo("site.frp.wtf");
        assertThat(body.has("remoteport") && !body.get("remoteport").isNull()).isFalse();
        assertThat(body.get("encryption").asBoolean()).isTrue();
        assertThat(body.get("compression").asBoolean()).isTrue();
        assertThat(body.get("localip").asText()).isEqualTo("192.168.1.5");
        FakeTunnel stored = h.fake().state().tunnel(227, "site").orElseThrow();
        assertThat(stored.domain()).isEqualTo("site.frp.wtf");
        assertThat(stored.encryption()).isTrue();
    }

    @Test
    void createFindsALooselyTypedNodeAndSendsItsRealName() {
        Reply r = h.privately(VIP_QQ, "/tunnel create udpgame 娄底 udp 19133 30001");

        assertThat(r.error()).isFalse();
        assertThat(body("/create_tunnel").get("node").asText()).isEqualTo("湖南娄底");
        assertThat(body("/create_tunnel").get("porttype").asText()).isEqualTo("udp");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/tunnel create s 湖南娄底 http 80                    | domain",
                "/tunnel create s 湖南娄底 https 443 25565            | remoteport,25565",
                "/tunnel create s 湖南娄底 tcp 80 mc.frp.wtf          | domain,mc.frp.wtf",
                "/tunnel create s 湖南娄底 ftp 80 25565               | ftp",
                "/tunnel create s 湖南娄底 tcp 70000 25565            | localport,70000",
                "/tunnel create s 湖南娄底 tcp 80 70000               | remoteport,70000",
                "/tunnel create s 湖南娄底 tcp 80 0                   | remoteport,0",
                "/tunnel create s 湖南娄底 http 80 http://a.frp.wtf/x | domain,http://a.frp.wtf/x",
                "/tunnel create s 湖南娄底 tcp 80 25565 ip=a/b        | ip,a/b",
                "/tunnel create s 湖南娄底 tcp 80 25565 encrypt=maybe | encrypt,maybe",
                "/tunnel create s 火星 tcp 80 25565                   | 火星,湖南娄底",
                "/tunnel create s 湖南娄低 tcp 80 25565               | 湖南娄低,湖南娄底",
                "/tunnel create s 江苏宿迁 http 80 a.frp.wtf          | 江苏宿迁,湖南娄底",
                "/tunnel create s 湖南娄底 tcp                        | localport",
            })
    void badValuesAreNamedAndTheApiIsNotCalled(String line, String named) {
        Reply r = h.privately(VIP_QQ, line.strip());

        assertThat(r.error()).isTrue();
        for (String part : named.split(",")) {
            assertThat(r.plainText()).contains(part.strip());
        }
        assertThat(r.plainText().length()).isLessThanOrEqualTo(400);
        assertThat(h.fake().requests("/create_tunnel")).isEmpty();
    }

    @Test
    void aNodeWithoutUdpRefusesUdpTunnels() {
        h.fake().state().updateNode("湖南娄底", n -> n.toBuilder().udp(false).build());

        Reply r = h.english().privately(VIP_QQ, "/tunnel create u 湖南娄底 udp 19132 30002");

        assertThat(r.plainText()).contains("湖南娄底").contains("UDP").contains("河北秦皇岛联通");
        assertThat(h.fake().requests("/create_tunnel")).isEmpty();
    }

    @Test
    void theApiRefusesWhatOnlyItCanKnow() {
        Reply vip = h.privately(FREE_QQ, "/tunnel create v 四川德阳电信 tcp 80 30001");
        assertThat(vip.error()).isTrue();
        assertThat(vip.plainText()).contains("该节点为VIP节点，您的用户组无权使用");

        Reply taken = h.privately(VIP_QQ, "/tunnel create web 湖南娄底 http 80 other.frp.wtf");
        assertThat(taken.error()).isTrue();
        assertThat(taken.plainText()).contains("隧道名称已存在");
        assertThat(h.fake().requests("/create_tunnel")).hasSize(2);
    }

    @Test
    void createInAGroupShowsNoNodeHostAndSendsTheConfigHintToPrivate() {
        Reply r = h.inGroup(VIP_QQ, "/tunnel create g 湖南娄底 tcp 8080 30003");

        assertThat(r.error()).isFalse();
        assertThat(field(r, "本地 → 远程")).isEqualTo("127.0.0.1:8080 → 30003");
        assertThat(r.plainText())
                .doesNotContain("frp.one")
                .doesNotContain(BotHarness.VIP_TOKEN)
                .contains("私聊");
    }

    @Test
    void whenTheListCannotBeReadAfterCreatingTheTunnelIsStillReported() {
        h.fake().faults().status("/tunnel", 500, "{\"msg\":\"服务器错误\",\"code\":500,\"state\":\"fail\"}");

        Reply r = h.privately(VIP_QQ, "/tunnel create late 湖南娄底 tcp 8080 30004");

        assertThat(r.error()).isFalse();
        assertThat(r.plainText()).contains("late").contains("湖南娄底").contains("/tunnel list");
        assertThat(h.fake().state().tunnel(227, "late")).isPresent();
    }

    // --- tunnel edit ---

    @Test
    void editSendsTheFullMergedTunnelAndListsTheChanges() {
        Reply r = h.privately(VIP_QQ, "/tunnel edit 230vZqUp localport=2222 encrypt=true");

        assertThat(r.error()).isFalse();
        assertThat(r.title()).contains("81329").contains("230vZqUp");
        assertThat(r.plainText())
                .contains("本地端口：222 → 2222")
                .contains("数据加密：否 → 是")
                .doesNotContain("外网端口");
        JsonNode body = body("/update_tunnel");
        assertThat(body.get("tunnelid").asInt()).isEqualTo(81329);
        assertThat(body.get("tunnelname").asText()).isEqualTo("230vZqUp");
        assertThat(body.get("node").asText()).isEqualTo("日本东京直连-2");
        assertThat(body.get("porttype").asText()).isEqualTo("tcp");
        assertThat(body.get("localport").asInt()).isEqualTo(2222);
        assertThat(body.get("remoteport").asInt()).isEqualTo(56078);
        assertThat(body.get("encryption").asBoolean()).isTrue();
        assertThat(body.get("compression").asBoolean()).isFalse();
        assertThat(h.fake().state().tunnel(81329).orElseThrow().localPort()).isEqualTo(2222);
    }

    @Test
    void switchingTcpToHttpNeedsADomain() {
        Reply r = h.privately(VIP_QQ, "/修改隧道 230vZqUp type=http");

        assertThat(r.error()).isTrue();
        assertThat(r.plainText()).contains("http").contains("domain");
        assertThat(h.fake().requests("/update_tunnel")).isEmpty();
    }

    @Test
    void switchingUdpToHttpWithADomainDropsTheRemotePort() {
        Reply r = h.privately(VIP_QQ, "/tunnel edit mc-bedrock type=HTTP domain=play.frp.wtf");

        assertThat(r.error()).isFalse();
        assertThat(r.plainText())
                .contains("类型：udp → http")
                .contains("外网端口：25566 → -")
                .contains("绑定域名：- → play.frp.wtf");
        JsonNode body = body("/update_tunnel");
        assertThat(body.get("porttype").asText()).isEqualTo("http");
        assertThat(body.get("banddomain").asText()).isEqualTo("play.frp.wtf");
        assertThat(body.has("remoteport") && !body.get("remoteport").isNull()).isFalse();
    }

    @Test
    void switchingHttpToTcpNeedsARemotePort() {
        assertThat(h.privately(VIP_QQ, "/tunnel edit web type=tcp").plainText()).contains("remoteport");

        Reply ok = h.privately(VIP_QQ, "/tunnel edit web type=tcp remoteport=30005");
        assertThat(ok.error()).isFalse();
        JsonNode body = body("/update_tunnel");
        assertThat(body.get("remoteport").asInt()).isEqualTo(30005);
        assertThat(body.has("banddomain") && !body.get("banddomain").isNull()).isFalse();
    }

    @Test
    void editRefusesWhatTheRulesForbid() {
        assertThat(h.privately(VIP_QQ, "/tunnel edit web remoteport=8080").plainText())
                .contains("remoteport", "8080");
        assertThat(h.privately(VIP_QQ, "/tunnel edit web node=江苏宿迁").plainText())
                .contains("江苏宿迁", "http");
        assertThat(h.privately(VIP_QQ, "/tunnel edit 81329 node=月球").plainText())
                .contains("月球");
        assertThat(h.privately(VIP_QQ, "/tunnel edit 81329 localport=0").plainText())
                .contains("localport", "0");
        assertThat(h.fake().requests("/update_tunnel")).isEmpty();
    }

    @Test
    void editWithNothingToChangeIsAUsageError() {
        Reply r = h.privately(VIP_QQ, "/tunnel edit web");

        assertThat(r.error()).isTrue();
        assertThat(r.plainText()).contains("key=value").contains("/tunnel edit <tunnel>");
        assertThat(h.fake().requests()).isEmpty();
    }

    @Test
    void editToTheSameValuesCallsNothing() {
        Reply r = h.privately(VIP_QQ, "/tunnel edit web localport=80 domain=mc.frp.wtf");

        assertThat(r.error()).isTrue();
        assertThat(r.plainText()).contains("81402");
        assertThat(h.fake().requests("/update_tunnel")).isEmpty();
    }

    @Test
    void editCanRenameAndMove() {
        Reply r = h.english().privately(VIP_QQ, "/tunnel edit 81403 name=bedrock node=河北秦皇岛联通");

        assertThat(r.error()).isFalse();
        assertThat(r.plainText()).contains("Name: mc-bedrock → bedrock").contains("Node: 湖南娄底 → 河北秦皇岛联通");
        assertThat(h.fake().state().tunnel(81403).orElseThrow().name()).isEqualTo("bedrock");
    }

    @Test
    void editOfAnUnknownTunnelSaysSo() {
        Reply r = h.privately(VIP_QQ, "/tunnel edit ghost localport=80");

        assertThat(r.error()).isTrue();
        assertThat(r.plainText()).contains("ghost");
        assertThat(h.fake().requests("/update_tunnel")).isEmpty();
    }

    @Test
    void extraParametersChangedInAGroupAreNotEchoed() {
        Reply r = h.inGroup(VIP_QQ, "/tunnel edit web extra=http_pwd=hunter2");

        assertThat(r.error()).isFalse();
        assertThat(r.plainText()).contains("额外参数").doesNotContain("hunter2");
        assertThat(body("/update_tunnel").get("extraparams").asText()).isEqualTo("http_pwd=hunter2");
    }

    @Test
    void theApisRefusalOfAnEditIsRelayed() {
        Reply r = h.privately(VIP_QQ, "/tunnel edit web name=mc-bedrock");

        assertThat(r.error()).isTrue();
        assertThat(r.plainText()).contains("隧道名称已存在");
    }

    // --- tunnel delete ---

    @Test
    void deleteAsksFirstThenDeletesOnConfirm() {
        Reply prompt = h.privately(VIP_QQ, "/tunnel delete web");

        assertThat(prompt.plainText()).contains("81402").contains("web").contains("/confirm");
        assertThat(prompt.actions()).extracting(Action::kind).contains(Action.Kind.CONFIRM, Action.Kind.CANCEL);
        assertThat(h.fake().requests("/delete_tunnel")).isEmpty();

        Reply done = h.privately(VIP_QQ, "/confirm");

        assertThat(done.error()).isFalse();
        assertThat(done.plainText()).contains("81402").contains("已删除");
        assertThat(h.fake().requests("/delete_tunnel"))
                .singleElement()
                .satisfies(req -> assertThat(req.query()).containsEntry("tunnelid", "81402"));
        assertThat(h.fake().state().tunnel(81402)).isEmpty();
    }

    @Test
    void deleteFallsBackToTheDocumentsPostWhereTheGetIsMissing() {
        h.close();
        h = TunnelFeature.start(FakeChmlFrpServer.builder().legacyDeleteOnly(true));

        h.privately(VIP_QQ, "/删除隧道 81403");
        Reply done = h.privately(VIP_QQ, "/确认");

        assertThat(done.plainText()).contains("81403").contains("已删除");
        assertThat(h.fake().requests("/deletetunnel")).singleElement().satisfies(req -> {
            assertThat(req.method()).isEqualTo("POST");
            assertThat(req.query()).containsEntry("tunnelid", "81403");
        });
        assertThat(h.fake().state().tunnel(81403)).isEmpty();
    }

    @Test
    void anotherUsersConfirmDeletesNothing() {
        h.inGroup(VIP_QQ, "/tunnel delete web");

        Reply stranger = h.inGroup("20002", "/confirm");
        assertThat(stranger.error()).isTrue();
        assertThat(h.fake().requests("/delete_tunnel")).isEmpty();
        assertThat(h.fake().state().tunnel(81402)).isPresent();

        // the owner confirming in another chat does not count either
        assertThat(h.privately(VIP_QQ, "/confirm").error()).isTrue();
        assertThat(h.fake().state().tunnel(81402)).isPresent();

        assertThat(h.inGroup(VIP_QQ, "/confirm", Role.MEMBER).plainText()).contains("已删除");
        assertThat(h.fake().state().tunnel(81402)).isEmpty();
    }

    @Test
    void aConfirmAfterSixtySecondsDeletesNothing() {
        h.privately(VIP_QQ, "/tunnel delete web");
        h.clock().advance(Duration.ofSeconds(61));

        Reply late = h.privately(VIP_QQ, "/confirm");

        assertThat(late.error()).isTrue();
        assertThat(h.fake().requests("/delete_tunnel")).isEmpty();
        assertThat(h.fake().state().tunnel(81402)).isPresent();
    }

    @Test
    void cancelDeletesNothing() {
        h.privately(VIP_QQ, "/tunnel delete web");
        h.privately(VIP_QQ, "/cancel");

        assertThat(h.privately(VIP_QQ, "/confirm").error()).isTrue();
        assertThat(h.fake().state().tunnel(81402)).isPresent();
    }

    @Test
    void aTunnelGoneBeforeTheConfirmIsReportedWithTheApisWords() {
        h.privately(VIP_QQ, "/tunnel delete web");
        h.fake().state().removeTunnel(81402);

        Reply r = h.privately(VIP_QQ, "/confirm");

        assertThat(r.error()).isTrue();
        assertThat(r.plainText()).contains("81402").contains("隧道不存在或不属于你");
    }

    @Test
    void deleteOfAnUnknownTunnelAsksNothing() {
        Reply r = h.privately(VIP_QQ, "/tunnel delete 12345");

        assertThat(r.error()).isTrue();
        assertThat(r.plainText()).contains("12345");
        assertThat(r.actions()).isEmpty();
        assertThat(h.privately(VIP_QQ, "/confirm").error()).isTrue();
    }
}
