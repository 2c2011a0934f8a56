package org.chmlfrp.bot.testkit.chmlfrp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code POST /giftcard/redeem} in the official panel's shape, and the publish control for {@code /message/list}. */
class GiftCardAndAnnouncementTest extends FakeServerTest {

    @Test
    void aMembershipCardIsRedeemedOnceWithTheUsertokenInTheBody() throws Exception {
        ApiClient.Answer a =
                api.post("/giftcard/redeem", Map.of("usertoken", FREE_TOKEN, "giftcode", "VIP30-DEMO-2026"));

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.msg()).isEqualTo("兑换成功");
        assertThat(a.data()).isEqualTo(ApiClient.MAPPER.readTree("""
                {"rewardType": "会员", "cardName": "30天超级会员体验卡", "memberType": "超级会员",
                 "memberDays": 30, "newTerm": "%s"}""".formatted(
                        server.state().user(1001).term())));
        assertThat(server.state().user(1001).usergroup()).isEqualTo("超级会员");

        ApiClient.Answer again = api.post(
                "/giftcard/redeem", Map.of("giftcode", "VIP30-DEMO-2026"), "Authorization", "Bearer " + VIP_TOKEN);
        assertThat(again.code()).isEqualTo(400);
        assertThat(again.msg()).isEqualTo("该礼品卡已被使用");
        JsonNode info = again.json().get("rate_limit_info");
        assertThat(info.path("blocked").asBoolean()).isFalse();
        assertThat(info.path("consecutive_failures").asInt()).isEqualTo(1);
        assertThat(info.path("tips").asText()).isNotBlank();
    }

    @Test
    void aPointsCardAddsToTheIntegral() {
        long before = server.state().user(227).integral();
        ApiClient.Answer a = api.post("/giftcard/redeem", Map.of("usertoken", VIP_TOKEN, "giftcode", "POINTS100-DEMO"));
        assertThat(a.data().path("rewardType").asText()).isEqualTo("积分");
        assertThat(a.data().path("points").asLong()).isEqualTo(100);
        assertThat(a.data().path("newIntegral").asLong()).isEqualTo(before + 100);
        assertThat(server.state().user(227).integral()).isEqualTo(before + 100);
    }

    @Test
    void fiveFailuresInARowBlockRedeemingForThirtyMinutes() {
        ApiClient.Answer last = null;
        for (int i = 0; i < 5; i++) {
            last = api.post("/giftcard/redeem", Map.of("usertoken", FREE_TOKEN, "giftcode", "WRONG-" + i));
        }
        assertThat(last.code()).isEqualTo(429);
        JsonNode info = last.json().get("rate_limit_info");
        assertThat(info.path("blocked").asBoolean()).isTrue();
        assertThat(info.path("remaining_ban_minutes").asInt()).isEqualTo(30);
        assertThat(info.path("ban_end_time").asText()).isEqualTo("2024-12-21T11:30:12.000+00:00");

        ApiClient.Answer blocked =
                api.post("/giftcard/redeem", Map.of("usertoken", FREE_TOKEN, "giftcode", "POINTS500-DEMO"));
        assertThat(blocked.code()).isEqualTo(429);
        assertThat(server.state().giftCardUsed("POINTS500-DEMO")).isFalse();

        server.state().blockGiftCards(227, Duration.ofMinutes(3));
        assertThat(api.post("/giftcard/redeem", Map.of("usertoken", VIP_TOKEN, "giftcode", "POINTS500-DEMO"))
                        .json()
                        .path("rate_limit_info")
                        .path("remaining_ban_minutes")
                        .asInt())
                .isEqualTo(3);
    }

    @Test
    void aDeadTokenIsTheUsualInvalidToken() {
        ApiClient.Answer a = api.post("/giftcard/redeem", Map.of("usertoken", "nope", "giftcode", "POINTS500-DEMO"));
        assertThat(a.code()).isEqualTo(401);
        assertThat(a.msg()).isEqualTo("无效的Token");
    }

    @Test
    void aPublishedAnnouncementHasTheNextIdAndTheClocksTime() {
        FakeAnnouncement a = server.state().publishAnnouncement("新公告", "**正文**");
        assertThat(a.id()).isEqualTo(8);
        // the clock (2024) is before the seeded announcements (2026): it sorts last
        JsonNode messages = api.getAuthed(VIP_TOKEN, "/message/list", "page", "1", "size", "10")
                .data()
                .get("messages");
        assertThat(messages).hasSize(8);
        JsonNode first = messages.get(7);
        assertThat(first.path("id").asInt()).isEqualTo(8);
        assertThat(first.path("title").asText()).isEqualTo("新公告");
        assertThat(first.path("publishTime").asText()).isEqualTo("2024-12-21T11:00:12.000+00:00");
    }
}
