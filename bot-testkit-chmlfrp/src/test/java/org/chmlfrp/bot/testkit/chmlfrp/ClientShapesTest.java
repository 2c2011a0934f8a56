package org.chmlfrp.bot.testkit.chmlfrp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What current official clients send and get beyond the document: {@code POST /login} with a
 * JSON body, {@code /offline_tunnel}, {@code /message/list}, bare write answers and a CDN's page.
 */
class ClientShapesTest extends FakeServerTest {

    @Test
    void loginTakesAJsonBodyAndStillTheDocumentsQuery() {
        ApiClient.Answer post = api.post("/login", Map.of("username", "boring_student", "password", "Demo@123456"));
        assertThat(post.code()).isEqualTo(200);
        assertThat(post.data().get("usertoken").asText()).isEqualTo(VIP_TOKEN);
        assertThat(api.post("/login", Map.of("username", "boring_student", "password", "nope!"))
                        .msg())
                .isEqualTo("密码错误");
        assertThat(api.get("/login", ApiClient.query("username", "boring_student", "password", "Demo@123456"))
                        .code())
                .isEqualTo(200);
    }

    @Test
    void offlineTunnelTakesAFormOrJsonAndTakesTheTunnelOffline() {
        server.state().setTunnelOnline(81329, true);
        ApiClient.Answer form = api.send(HttpRequest.newBuilder(api.uri("/offline_tunnel", Map.of()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", VIP_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString("tunnel_name=230vZqUp")));
        assertThat(form.code()).isEqualTo(200);
        assertThat(form.json().has("data")).isFalse();
        assertThat(server.state().tunnel(81329).orElseThrow().online()).isFalse();

        ApiClient.Answer json =
                api.post("/offline_tunnel", Map.of("tunnel_name", "230vZqUp"), "Authorization", "Bearer " + VIP_TOKEN);
        assertThat(json.code()).isEqualTo(200);
    }

    @Test
    void offlineTunnelRefusesAnotherUsersOrAnUnknownTunnel() {
        ApiClient.Answer notMine =
                api.post("/offline_tunnel", Map.of("tunnel_name", "230vZqUp"), "Authorization", "Bearer " + FREE_TOKEN);
        assertThat(notMine.code()).isEqualTo(400);
        assertThat(notMine.msg()).isEqualTo(TunnelEndpoints.NOT_YOURS);
        assertThat(api.post("/offline_tunnel", Map.of("tunnel_name", "230vZqUp"))
                        .code())
                .isEqualTo(401);
        assertThat(api.post("/offline_tunnel", Map.of(), "Authorization", VIP_TOKEN)
                        .msg())
                .isEqualTo("隧道名称不能为空");
    }

    @Test
    void announcementsArePagedNewestFirst() {
        JsonNode first = api.getAuthed(VIP_TOKEN, "/message/list", "page", "1", "size", "5")
                .data();
        assertThat(first.get("total").asInt()).isEqualTo(7);
        assertThat(first.get("totalPages").asInt()).isEqualTo(2);
        assertThat(first.get("messages")).hasSize(5);
        assertThat(first.get("messages").get(0).get("title").asText()).isEqualTo("节点维护通知");
        assertThat(first.get("messages").get(0).get("contentMd").asText()).startsWith("## 维护时间");
        JsonNode second = api.getAuthed(VIP_TOKEN, "/message/list", "page", "2", "size", "5")
                .data();
        assertThat(second.get("messages")).hasSize(2);
        assertThat(second.get("messages").get(1).get("title").asText()).isEqualTo("欢迎使用 ChmlFrp");
        assertThat(api.getAuthed(VIP_TOKEN, "/message/list", "priority", "2")
                        .data()
                        .get("total")
                        .asInt())
                .isEqualTo(1);
        assertThat(api.get("/message/list").code()).isEqualTo(401);
    }

    @Test
    void noAnnouncementsIsDataNull() {
        server.close();
        server = FakeChmlFrpServer.builder()
                .clock(CLOCK)
                .seed(FakeSeed.documentExamples().toBuilder()
                        .clearAnnouncements()
                        .build())
                .start();
        api = new ApiClient(server.baseUrl());
        ApiClient.Answer a = api.getAuthed(VIP_TOKEN, "/message/list");
        assertThat(a.code()).isEqualTo(200);
        assertThat(a.data().isNull()).isTrue();
        server.state().addAnnouncement(new FakeAnnouncement(1, "新公告", "内容", 0, "2024-12-21T00:00:00.000+00:00"));
        assertThat(api.getAuthed(VIP_TOKEN, "/message/list").data().get("total").asInt())
                .isEqualTo(1);
    }

    @Test
    void aCdnPageIsHtmlUnderTheGivenStatus() {
        server.faults().cdnPage("/tunnel", 522);
        ApiClient.Answer a = api.getAuthed(VIP_TOKEN, "/tunnel");
        assertThat(a.status()).isEqualTo(522);
        assertThat(a.contentType()).startsWith("text/html");
        assertThat(a.body()).startsWith("<!DOCTYPE html>");
    }
}
