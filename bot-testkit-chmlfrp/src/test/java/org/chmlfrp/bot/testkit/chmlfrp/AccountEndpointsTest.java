package org.chmlfrp.bot.testkit.chmlfrp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountEndpointsTest extends FakeServerTest {

    private static final String PASSWORD_RULE = "密码不符合要求，长度在6到48个字符之间，并且至少包含字母、数字和符号中的两种。";
    private static final Map<String, String> CAPTCHA =
            Map.of("lot_number", "l", "captcha_output", "c", "pass_token", "p", "gen_time", "1734778812");

    @Test
    void loginWithUsernameQqOrEmail() {
        for (String login : new String[] {"boring_student", "10001", "demo227@example.com"}) {
            ApiClient.Answer a = api.get("/login", ApiClient.query("username", login, "password", "Demo@123456"));

            assertThat(a.code()).as(login).isEqualTo(200);
            assertThat(a.msg()).isEqualTo("登录成功");
            assertThat(a.data().path("usertoken").asText()).isEqualTo(VIP_TOKEN);
            assertThat(a.data().get("password").isNull()).isTrue();
        }
        assertThat(api.get("/login", ApiClient.query("username", "free_user", "password", "Free@123456"))
                        .data()
                        .path("usertoken")
                        .asText())
                .isEqualTo(FREE_TOKEN);
    }

    @Test
    void loginFailures() {
        ApiClient.Answer unknown = api.get("/login", ApiClient.query("username", "ghost", "password", "x1234567"));
        ApiClient.Answer wrong = api.get("/login", ApiClient.query("username", "boring_student", "password", "bad!"));

        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.code()).isEqualTo(401);
        assertThat(unknown.msg()).isEqualTo("用户不存在");
        assertThat(wrong.code()).isEqualTo(401);
        assertThat(wrong.msg()).isEqualTo("密码错误");
    }

    @Test
    void sendMailCodeWithQueryParametersAsTheDocumentDoes() {
        ApiClient.Answer a =
                api.postQuery("/sendmailcode", ApiClient.query("type", "register", "mail", "new@example.com"));

        assertThat(a.code()).isEqualTo(200);
        assertThat(a.msg()).isEqualTo("发送成功");
        assertThat(a.json().has("data")).isFalse();
        assertThat(server.state().lastMailCode("new@example.com"))
                .hasValueSatisfying(c -> assertThat(c).matches("\\d{6}"));
    }

    @Test
    void sendMailCodeFailures() {
        ApiClient.Answer badMail = api.post("/sendmailcode", Map.of("type", "register", "mail", "not-a-mail"));
        ApiClient.Answer badType = api.post("/sendmailcode", Map.of("type", "hello", "mail", "a@example.com"));

        assertThat(badMail.code()).isEqualTo(400);
        assertThat(badMail.msg()).isEqualTo("邮箱格式错误");
        assertThat(badType.code()).isEqualTo(400);
    }

    @Test
    void registerNeedsTheMailedCode() {
        api.post("/sendmailcode", Map.of("type", "register", "mail", "neo@example.com"));
        String code = server.state().lastMailCode("neo@example.com").orElseThrow();
        String wrongCode = code.equals("000000") ? "111111" : "000000";

        ApiClient.Answer wrong = api.get(
                "/register",
                ApiClient.query(
                        "username",
                        "neo",
                        "password",
                        "Neo@2024",
                        "mail",
                        "neo@example.com",
                        "qq",
                        "123456",
                        "code",
                        wrongCode));
        ApiClient.Answer weak = api.get(
                "/register",
                ApiClient.query(
                        "username",
                        "neo",
                        "password",
                        "abcdefgh",
                        "mail",
                        "neo@example.com",
                        "qq",
                        "123456",
                        "code",
                        code));
        ApiClient.Answer taken = api.get(
                "/register",
                ApiClient.query(
                        "username",
                        "free_user",
                        "password",
                        "Neo@2024",
                        "mail",
                        "neo@example.com",
                        "qq",
                        "123456",
                        "code",
                        code));
        ApiClient.Answer ok = api.get(
                "/register",
                ApiClient.query(
                        "username",
                        "neo",
                        "password",
                        "Neo@2024",
                        "mail",
                        "neo@example.com",
                        "qq",
                        "123456",
                        "code",
                        code));

        assertThat(wrong.msg()).isEqualTo("验证码错误");
        assertThat(wrong.code()).isEqualTo(400);
        assertThat(weak.msg()).isEqualTo(PASSWORD_RULE);
        assertThat(taken.msg()).isEqualTo("用户名已存在");
        assertThat(ok.code()).isEqualTo(200);
        assertThat(ok.msg()).isEqualTo("注册成功");
        JsonNode user = api.get("/login", ApiClient.query("username", "neo", "password", "Neo@2024"))
                .data();
        assertThat(user.path("usergroup").asText()).isEqualTo("免费用户");
        assertThat(user.path("usertoken").asText()).isNotBlank().isNotEqualTo(VIP_TOKEN);
        assertThat(server.state().userByToken(user.path("usertoken").asText())).isPresent();
    }

    @Test
    void retokenKillsTheOldTokenAtOnce() {
        ApiClient.Answer a = api.getAuthed(VIP_TOKEN, "/retoken");

        assertThat(a.code()).isEqualTo(200);
        assertThat(a.msg()).isEqualTo("重置成功");
        String fresh = server.state().tokenOf(227);
        assertThat(fresh).isNotEqualTo(VIP_TOKEN);
        assertThat(api.getAuthed(VIP_TOKEN, "/userinfo").msg()).isEqualTo("无效的Token");
        assertThat(api.getAuthed(fresh, "/userinfo").data().path("usertoken").asText())
                .isEqualTo(fresh);
    }

    @Test
    void retokenWithACodeChecksIt() {
        api.post("/sendmailcode", Map.of("type", "retoken", "mail", "demo227@example.com"));
        String code =
                server.state().lastMailCode("demo227@example.com", "retoken").orElseThrow();
        String wrongCode = code.equals("000000") ? "111111" : "000000";

        ApiClient.Answer wrong = api.get("/retoken", ApiClient.query("token", VIP_TOKEN, "code", wrongCode));
        ApiClient.Answer right = api.get("/retoken", ApiClient.query("token", VIP_TOKEN, "code", code));

        assertThat(wrong.code()).isEqualTo(400);
        assertThat(wrong.msg()).isEqualTo("验证码错误");
        assertThat(right.msg()).isEqualTo("重置成功");
        assertThat(server.state().userByToken(VIP_TOKEN)).isEmpty();
    }

    @Test
    void signInNeedsTheCaptchaAndOnlyOncePerDay() {
        JsonNode before = api.getAuthed(VIP_TOKEN, "/qiandao_info").data();
        Map<String, String> body = new HashMap<>(CAPTCHA);
        body.put("token", VIP_TOKEN);

        ApiClient.Answer noCaptcha = api.post("/qiandao", Map.of("token", VIP_TOKEN));
        ApiClient.Answer first = api.post("/qiandao", body);
        ApiClient.Answer second = api.post("/qiandao", body);
        JsonNode after = api.getAuthed(VIP_TOKEN, "/qiandao_info").data();

        assertThat(noCaptcha.code()).isEqualTo(400);
        assertThat(noCaptcha.msg()).isEqualTo("请先完成人机验证");
        assertThat(first.msg()).matches("签到成功, 获得\\d+积分");
        int points = Integer.parseInt(first.msg().replaceAll("\\D", ""));
        assertThat(second.code()).isEqualTo(400);
        assertThat(second.msg()).isEqualTo("请勿重复签到");
        assertThat(before.get("is_signed_in_today").isBoolean()).isTrue();
        assertThat(before.get("is_signed_in_today").asBoolean()).isFalse();
        assertThat(after.get("is_signed_in_today").asBoolean()).isTrue();
        assertThat(after.get("total_sign_ins").asInt())
                .isEqualTo(before.get("total_sign_ins").asInt() + 1);
        assertThat(after.get("total_points").asLong())
                .isEqualTo(before.get("total_points").asLong() + points);
        assertThat(after.get("last_sign_in_time").asText()).isEqualTo("2024-12-21T11:00:12.000+00:00");
        assertThat(after.get("count_of_matching_records").asInt()).isEqualTo(1);
        assertThat(server.state().user(227).integral()).isEqualTo(15168 + points);
    }

    @Test
    void signInInfoHasTheNotesShape() {
        JsonNode data = api.getAuthed(FREE_TOKEN, "/qiandao_info").data();

        assertThat(AuthAndEnvelopeTest.fieldNames(data))
                .containsExactly(
                        "last_sign_in_time",
                        "total_points",
                        "total_sign_ins",
                        "count_of_matching_records",
                        "is_signed_in_today");
        assertThat(data.get("last_sign_in_time").isNull()).isTrue();
    }

    @Test
    void resetPassword() {
        ApiClient.Answer wrongOld =
                api.getAuthed(VIP_TOKEN, "/reset_password", "original_password", "nope", "new_password", "New@123456");
        ApiClient.Answer weak = api.getAuthed(
                VIP_TOKEN, "/reset_password", "original_password", "Demo@123456", "new_password", "12345");
        ApiClient.Answer ok = api.getAuthed(
                VIP_TOKEN, "/reset_password", "original_password", "Demo@123456", "new_password", "New@123456");

        assertThat(wrongOld.msg()).isEqualTo("原密码错误");
        assertThat(wrongOld.code()).isEqualTo(400);
        assertThat(weak.msg()).isEqualTo(PASSWORD_RULE);
        assertThat(ok.msg()).isEqualTo("密码修改成功");
        assertThat(api.get("/login", ApiClient.query("username", "boring_student", "password", "New@123456"))
                        .code())
                .isEqualTo(200);
    }

    @Test
    void updateUsernameAndQq() {
        ApiClient.Answer taken = api.getAuthed(VIP_TOKEN, "/update_username", "new_username", "free_user");
        ApiClient.Answer renamed = api.getAuthed(VIP_TOKEN, "/update_username", "new_username", "chaoji");
        ApiClient.Answer badQq = api.getAuthed(VIP_TOKEN, "/update_qq", "new_qq", "12ab");
        ApiClient.Answer qq = api.getAuthed(VIP_TOKEN, "/update_qq", "new_qq", "242247494");

        assertThat(taken.code()).isEqualTo(400);
        assertThat(taken.msg()).isEqualTo("用户名已存在");
        assertThat(renamed.msg()).isEqualTo("用户名修改成功");
        assertThat(badQq.code()).isEqualTo(400);
        assertThat(qq.msg()).isEqualTo("QQ修改成功");
        JsonNode user = api.getAuthed(VIP_TOKEN, "/userinfo").data();
        assertThat(user.path("username").asText()).isEqualTo("chaoji");
        assertThat(user.path("qq").asText()).isEqualTo("242247494");
    }

    @Test
    void updateUserImg() {
        ApiClient.Answer same =
                api.getAuthed(VIP_TOKEN, "/update_userimg", "new_userimg", "https://q.qlogo.cn/g?b=qq&nk=10001&s=100");
        ApiClient.Answer invalid = api.getAuthed(VIP_TOKEN, "/update_userimg", "new_userimg", "ftp:/nope");
        ApiClient.Answer ok =
                api.getAuthed(VIP_TOKEN, "/update_userimg", "new_userimg", "https://www.chmlfrp.cn/favicon.ico");

        assertThat(same.msg()).isEqualTo("新头像不能与当前头像相同");
        assertThat(same.json().path("state").asText()).isEqualTo("fail");
        assertThat(invalid.msg()).isEqualTo("无效的链接");
        assertThat(invalid.code()).isEqualTo(400);
        assertThat(invalid.json().path("state").asText()).isEqualTo("error");
        assertThat(ok.msg()).isEqualTo("用户头像更新成功");
        assertThat(server.state().user(227).userimg()).isEqualTo("https://www.chmlfrp.cn/favicon.ico");
    }

    @Test
    void sendMailCodeNeedsTheGeeTestFieldsWhenCaptchaIsRequired() {
        try (FakeChmlFrpServer strict =
                FakeChmlFrpServer.builder().requireCaptcha(true).start()) {
            ApiClient client = new ApiClient(strict.baseUrl());
            Map<String, String> body = new HashMap<>(CAPTCHA);
            body.put("type", "register");
            body.put("mail", "x@example.com");

            ApiClient.Answer without =
                    client.post("/sendmailcode", Map.of("type", "register", "mail", "x@example.com"));
            ApiClient.Answer with = client.post("/sendmailcode", body);

            assertThat(without.code()).isEqualTo(400);
            assertThat(without.msg()).isEqualTo("请先完成人机验证");
            assertThat(with.msg()).isEqualTo("发送成功");
        }
    }
}
