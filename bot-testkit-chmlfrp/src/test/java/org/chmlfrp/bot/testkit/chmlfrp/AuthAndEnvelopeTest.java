package org.chmlfrp.bot.testkit.chmlfrp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthAndEnvelopeTest extends FakeServerTest {

    @Test
    void acceptsABearerHeader() {
        ApiClient.Answer a = api.get("/userinfo", Map.of(), "Authorization", "Bearer " + VIP_TOKEN);

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).isEqualTo("application/json;charset=UTF-8");
        assertThat(a.code()).isEqualTo(200);
        assertThat(a.json().path("state").asText()).isEqualTo("success");
        assertThat(a.msg()).isEqualTo("请求成功");
        assertThat(a.data().path("username").asText()).isEqualTo("boring_student");
    }

    @Test
    void acceptsABareAuthorizationHeader() {
        ApiClient.Answer a = api.get("/userinfo", Map.of(), "Authorization", VIP_TOKEN);

        assertThat(a.code()).isEqualTo(200);
        assertThat(a.data().path("id").asInt()).isEqualTo(227);
    }

    @Test
    void acceptsATokenQueryParameter() {
        ApiClient.Answer a = api.get("/userinfo", ApiClient.query("token", FREE_TOKEN));

        assertThat(a.code()).isEqualTo(200);
        assertThat(a.data().path("id").asInt()).isEqualTo(1001);
    }

    @Test
    void acceptsATokenInTheJsonBody() {
        ApiClient.Answer a = api.post(
                "/qiandao",
                Map.of(
                        "token",
                        FREE_TOKEN,
                        "lot_number",
                        "l",
                        "captcha_output",
                        "c",
                        "pass_token",
                        "p",
                        "gen_time",
                        "1734778812"));

        assertThat(a.code()).isEqualTo(200);
        assertThat(a.msg()).startsWith("签到成功");
    }

    @Test
    void userObjectHasTheDocumentsShape() {
        JsonNode user = api.getAuthed(VIP_TOKEN, "/userinfo").data();

        assertThat(fieldNames(user))
                .containsExactly(
                        "id",
                        "username",
                        "password",
                        "userimg",
                        "qq",
                        "email",
                        "usertoken",
                        "usergroup",
                        "bandwidth",
                        "tunnel",
                        "realname",
                        "login_attempts",
                        "integral",
                        "term",
                        "scgm",
                        "regtime",
                        "t_token",
                        "realname_count",
                        "total_download",
                        "total_upload",
                        "tunnelCount",
                        "totalCurConns");
        assertThat(user.get("password").isNull()).isTrue();
        assertThat(user.get("usertoken").asText()).isEqualTo(VIP_TOKEN);
        assertThat(user.get("usergroup").asText()).isEqualTo("超级会员");
        assertThat(user.get("bandwidth").asInt()).isEqualTo(50);
        assertThat(user.get("tunnel").asInt()).isEqualTo(16);
        assertThat(user.get("integral").asLong()).isEqualTo(15168);
        assertThat(user.get("term").asText()).isEqualTo("9999-09-09");
        assertThat(user.get("regtime").asText()).isEqualTo("2023-08-26");
        assertThat(user.get("realname").asText()).isEqualTo("已实名");
        assertThat(user.get("userimg").asText()).isEqualTo("https://q.qlogo.cn/g?b=qq&nk=10001&s=100");
        assertThat(user.get("total_download").asLong()).isEqualTo(150640674L);
        assertThat(user.get("total_upload").asLong()).isEqualTo(3224701L);
        assertThat(user.get("tunnelCount").asInt()).isEqualTo(4);
        assertThat(user.get("totalCurConns").asInt()).isEqualTo(5);
    }

    @Test
    void badTokenIsHttp200WithA401BodyByDefault() throws Exception {
        ApiClient.Answer a = api.getAuthed("nope", "/userinfo");

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json())
                .isEqualTo(ApiClient.MAPPER.readTree("{\"msg\":\"无效的Token\",\"code\":401,\"state\":\"fail\"}"));
    }

    @Test
    void missingTokenIsInvalidToo() {
        ApiClient.Answer a = api.get("/tunnel");

        assertThat(a.code()).isEqualTo(401);
        assertThat(a.msg()).isEqualTo("无效的Token");
    }

    @Test
    void badTokenIsHttp401WhenStatusMirrorsCode() {
        try (FakeChmlFrpServer mirrored =
                FakeChmlFrpServer.builder().httpStatusMirrorsCode(true).start()) {
            ApiClient client = new ApiClient(mirrored.baseUrl());

            ApiClient.Answer bad = client.getAuthed("nope", "/userinfo");
            ApiClient.Answer good = client.getAuthed(VIP_TOKEN, "/userinfo");

            assertThat(bad.status()).isEqualTo(401);
            assertThat(bad.msg()).isEqualTo("无效的Token");
            assertThat(good.status()).isEqualTo(200);
        }
    }

    @Test
    void nodeinfoSaysWrongTokenItsOwnWay() {
        ApiClient.Answer a = api.getAuthed("nope", "/nodeinfo", "node", "江苏宿迁");

        assertThat(a.code()).isEqualTo(401);
        assertThat(a.msg()).isEqualTo("错误的token");
    }

    @Test
    void recordedRequestFindsTheTokenWhereverItWasSent() {
        assertThat(recorded(Map.of("authorization", List.of("Bearer abc")), Map.of(), "")
                        .token())
                .contains("abc");
        assertThat(recorded(Map.of("authorization", List.of("bearer abc")), Map.of(), "")
                        .token())
                .contains("abc");
        assertThat(recorded(Map.of("authorization", List.of("abc")), Map.of(), "")
                        .token())
                .contains("abc");
        assertThat(recorded(Map.of(), Map.of("token", "q"), "").token()).contains("q");
        assertThat(recorded(Map.of(), Map.of(), "{\"token\":\"b\"}").token()).contains("b");
        assertThat(recorded(
                                Map.of("content-type", List.of("application/x-www-form-urlencoded")),
                                Map.of(),
                                "token=f&x=1")
                        .token())
                .contains("f");
        assertThat(recorded(Map.of(), Map.of(), "not json").token()).isEmpty();
        assertThat(recorded(Map.of("authorization", List.of("Bearer h")), Map.of("token", "q"), "")
                        .token())
                .contains("h");
    }

    private static RecordedRequest recorded(Map<String, List<String>> headers, Map<String, String> query, String body) {
        return new RecordedRequest("GET", "/x", query, headers, body);
    }

    static List<String> fieldNames(JsonNode node) {
        return node.properties().stream().map(Map.Entry::getKey).toList();
    }
}
