package org.chmlfrp.bot.testkit.chmlfrp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DomainAndPanelEndpointsTest extends FakeServerTest {

    @Test
    void availableDomainsAreTheDocuments() throws Exception {
        ApiClient.Answer a = api.get("/list_available_domains");

        assertThat(a.msg()).isEqualTo("获取可用域名列表成功");
        assertThat(a.data()).isEqualTo(ApiClient.MAPPER.readTree("""
                [{"id": 1, "domain": "映射.中国", "remarks": null, "icpFiling": false},
                 {"id": 2, "domain": "frp.wtf", "remarks": null, "icpFiling": false},
                 {"id": 3, "domain": "owo.vin", "remarks": null, "icpFiling": false},
                 {"id": 4, "domain": "baozi.site", "remarks": null, "icpFiling": false},
                 {"id": 5, "domain": "731250.xyz", "remarks": null, "icpFiling": false}]"""));
    }

    @Test
    void subdomainsOfTheDemoUser() throws Exception {
        ApiClient.Answer a = api.getAuthed(VIP_TOKEN, "/get_user_free_subdomains");

        assertThat(a.msg()).isEqualTo("用户所有已创建的免费二级域名获取成功");
        assertThat(a.data()).hasSize(13);
        assertThat(a.data().get(0)).isEqualTo(ApiClient.MAPPER.readTree("""
                {"id": 6, "userid": 227, "domain": "frp.wtf", "record": "boring", "type": "A",
                 "target": "27.157.70.7", "remarks": null, "ttl": "1分钟"}"""));
        assertThat(a.data().get(12)).isEqualTo(ApiClient.MAPPER.readTree("""
                {"id": 509, "userid": 227, "domain": "frp.wtf", "record": "chmlfrp_ui", "type": "CNAME",
                 "target": "baidu123.frp.one", "remarks": "", "ttl": "10分钟"}"""));
        assertThat(api.getAuthed(FREE_TOKEN, "/get_user_free_subdomains").data())
                .isEmpty();
    }

    @Test
    void createUpdateAndDeleteASubdomain() {
        ApiClient.Answer created = api.post("/create_free_subdomain", subdomain(Map.of()));
        JsonNode listed = api.getAuthed(FREE_TOKEN, "/get_user_free_subdomains").data();
        ApiClient.Answer updated = api.post(
                "/update_free_subdomain",
                Map.of(
                        "token",
                        FREE_TOKEN,
                        "domain",
                        "frp.wtf",
                        "record",
                        "home",
                        "target",
                        "203.0.113.9",
                        "ttl",
                        "1小时",
                        "remarks",
                        "解析隧道：ChmlFrp-Tunnel"));
        JsonNode afterUpdate =
                api.getAuthed(FREE_TOKEN, "/get_user_free_subdomains").data().get(0);
        ApiClient.Answer deleted =
                api.post("/delete_free_subdomain", Map.of("token", FREE_TOKEN, "domain", "frp.wtf", "record", "home"));

        assertThat(created.msg()).isEqualTo("免费二级域名创建成功");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("target").asText()).isEqualTo("198.51.100.7");
        assertThat(listed.get(0).path("ttl").asText()).isEqualTo("10分钟");
        assertThat(updated.msg()).isEqualTo("免费二级域名修改成功");
        assertThat(afterUpdate.path("target").asText()).isEqualTo("203.0.113.9");
        assertThat(afterUpdate.path("ttl").asText()).isEqualTo("1小时");
        assertThat(afterUpdate.path("type").asText()).isEqualTo("A");
        assertThat(deleted.msg()).isEqualTo("免费二级域名删除成功");
        assertThat(server.state().subdomains(1001)).isEmpty();
    }

    @Test
    void createChecksEveryRule() {
        assertThat(api.post("/create_free_subdomain", subdomain(Map.of("domain", "example.com")))
                        .msg())
                .isEqualTo("主域名不可用");
        assertThat(api.post("/create_free_subdomain", subdomain(Map.of("type", "MX")))
                        .msg())
                .contains("A、AAAA、CNAME、SRV");
        assertThat(api.post("/create_free_subdomain", subdomain(Map.of("ttl", "3分钟")))
                        .msg())
                .contains("1分钟")
                .contains("1天");
        assertThat(api.post("/create_free_subdomain", subdomain(Map.of("target", "example.com")))
                        .msg())
                .contains("IPv4");
        assertThat(api.post("/create_free_subdomain", subdomain(Map.of("type", "AAAA")))
                        .msg())
                .contains("IPv6");
        assertThat(api.post("/create_free_subdomain", subdomain(Map.of("record", "chaoji")))
                        .msg())
                .isEqualTo("该域名已被占用");
        assertThat(api.post("/create_free_subdomain", subdomain(Map.of("type", "AAAA", "target", "2001:db8::1")))
                        .code())
                .isEqualTo(200);
        assertThat(api.post(
                                "/create_free_subdomain",
                                subdomain(Map.of("record", "cdn", "type", "cname", "target", "ld.frp.one")))
                        .code())
                .isEqualTo(200);
        assertThat(server.state().subdomains(1001))
                .extracting(FakeSubdomain::type)
                .containsExactly("AAAA", "CNAME");
    }

    @Test
    void updateAndDeleteNeedTheCallersSubdomain() {
        ApiClient.Answer update = api.post(
                "/update_free_subdomain",
                Map.of("token", FREE_TOKEN, "domain", "frp.wtf", "record", "boring", "target", "1.2.3.4"));
        ApiClient.Answer delete = api.post(
                "/delete_free_subdomain", Map.of("token", FREE_TOKEN, "domain", "frp.wtf", "record", "boring"));

        assertThat(update.code()).isEqualTo(400);
        assertThat(update.msg()).isEqualTo("域名不存在或不属于你");
        assertThat(delete.code()).isEqualTo(400);
        assertThat(server.state().subdomains(227)).hasSize(13);
    }

    @Test
    void panelInfoIsTheDocuments() throws Exception {
        ApiClient.Answer a = api.get("/panelinfo");

        assertThat(a.msg()).isEqualTo("获取成功");
        JsonNode data = a.data();
        assertThat(data.path("tunnel_amount").asLong()).isEqualTo(22905);
        assertThat(data.path("user_amount").asLong()).isEqualTo(22203);
        assertThat(data.path("node_amount").asInt()).isEqualTo(14);
        assertThat(data.get("friend_links")).hasSize(7);
        assertThat(data.get("friend_links").get(2))
                .isEqualTo(ApiClient.MAPPER.readTree(
                        "{\"name\": \"云术二级域名\", \"description\": null, \"url\": \"https://dom.cloudery.cn/\"}"));
        assertThat(AuthAndEnvelopeTest.fieldNames(data))
                .containsExactly("tunnel_amount", "friend_links", "node_amount", "user_amount");
    }

    private static Map<String, Object> subdomain(Map<String, Object> change) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "token",
                FREE_TOKEN,
                "domain",
                "frp.wtf",
                "record",
                "home",
                "type",
                "A",
                "target",
                "198.51.100.7",
                "ttl",
                "10分钟",
                "remarks",
                "自定义地址"));
        body.putAll(change);
        return body;
    }
}
