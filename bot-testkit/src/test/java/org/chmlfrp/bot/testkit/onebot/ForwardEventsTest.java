package org.chmlfrp.bot.testkit.onebot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chmlfrp.bot.testkit.onebot.BotClient.WAIT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ForwardEventsTest {

    private static final Instant NOW = Instant.parse("2024-12-21T11:00:12Z");

    private FakeOneBot peer;
    private BotClient bot;

    @BeforeEach
    void connect() {
        peer = FakeOneBot.forward()
                .selfId(10000L)
                .sendLifecycle(false)
                .heartbeatInterval(Duration.ZERO)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .start();
        bot = BotClient.connect(peer.url());
        assertThat(peer.awaitConnected(WAIT)).isTrue();
    }

    @AfterEach
    void close() {
        bot.close();
        peer.close();
    }

    private JsonNode received(long messageId) {
        return bot.frames().await(frame -> frame.path("message_id").asLong() == messageId, WAIT);
    }

    @Test
    void privateMessageInArrayFormat() {
        long id = peer.privateMessage(10001L, "/node list");

        JsonNode event = received(id);
        assertThat(event.get("time").asLong()).isEqualTo(NOW.getEpochSecond());
        assertThat(event.get("self_id").asLong()).isEqualTo(10000L);
        assertThat(event.get("post_type").asText()).isEqualTo("message");
        assertThat(event.get("message_type").asText()).isEqualTo("private");
        assertThat(event.get("sub_type").asText()).isEqualTo("friend");
        assertThat(event.get("user_id").asLong()).isEqualTo(10001L);
        assertThat(event.has("group_id")).isFalse();
        assertThat(event.get("message").toString())
                .isEqualTo("[{\"type\":\"text\",\"data\":{\"text\":\"/node list\"}}]");
        assertThat(event.get("raw_message").asText()).isEqualTo("/node list");
        assertThat(event.get("font").asInt()).isZero();
        assertThat(event.get("sender").get("user_id").asLong()).isEqualTo(10001L);
        assertThat(event.get("sender").get("nickname").isTextual()).isTrue();
    }

    @Test
    void privateMessageInStringFormatIsEscaped() {
        long id = peer.privateMessage(10001L, "/tunnel add a&b [x],y", MessageFormat.STRING);

        JsonNode event = received(id);
        assertThat(event.get("message").isTextual()).isTrue();
        assertThat(event.get("message").asText()).isEqualTo("/tunnel add a&amp;b &#91;x&#93;,y");
        assertThat(event.get("raw_message").asText()).isEqualTo("/tunnel add a&amp;b &#91;x&#93;,y");
    }

    @Test
    void groupMessageWithSegmentsAndRole() {
        long id = peer.groupMessage(
                5000L, 10001L, "admin", List.of(Segment.at(10000L), Segment.text(" /help")), MessageFormat.ARRAY);

        JsonNode event = received(id);
        assertThat(event.get("message_type").asText()).isEqualTo("group");
        assertThat(event.get("sub_type").asText()).isEqualTo("normal");
        assertThat(event.get("group_id").asLong()).isEqualTo(5000L);
        assertThat(event.get("user_id").asLong()).isEqualTo(10001L);
        assertThat(event.has("anonymous")).isTrue();
        assertThat(event.get("message").toString())
                .isEqualTo(
                        "[{\"type\":\"at\",\"data\":{\"qq\":\"10000\"}},{\"type\":\"text\",\"data\":{\"text\":\" /help\"}}]");
        assertThat(event.get("raw_message").asText()).isEqualTo("[CQ:at,qq=10000] /help");
        assertThat(event.get("sender").get("role").asText()).isEqualTo("admin");
        assertThat(event.get("sender").has("card")).isTrue();
    }

    @Test
    void groupMessageInStringFormatEscapesValuesInsideCodes() {
        long id = peer.groupMessage(
                5000L, 10001L, "member", List.of(Segment.image("a,b.png"), Segment.text("[1]")), MessageFormat.STRING);

        assertThat(received(id).get("message").asText()).isEqualTo("[CQ:image,file=a&#44;b.png]&#91;1&#93;");
    }

    @Test
    void rawGroupMessageIsSentAsGiven() {
        long id = peer.groupMessageRaw(5000L, 10001L, "owner", "[CQ:at,qq=10000] /help");

        JsonNode event = received(id);
        assertThat(event.get("message").asText()).isEqualTo("[CQ:at,qq=10000] /help");
        assertThat(event.get("raw_message").asText()).isEqualTo("[CQ:at,qq=10000] /help");
        assertThat(event.get("sender").get("role").asText()).isEqualTo("owner");
    }

    @Test
    void rejectsAnUnknownRole() {
        assertThatThrownBy(() -> peer.groupMessage(5000L, 10001L, "moderator", "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void selfMessageSentIsTheBotsOwnMessage() {
        long id = peer.selfMessageSent(5000L, "/node list");

        JsonNode event = received(id);
        assertThat(event.get("post_type").asText()).isEqualTo("message_sent");
        assertThat(event.get("message_type").asText()).isEqualTo("group");
        assertThat(event.get("user_id").asLong()).isEqualTo(10000L);
        assertThat(event.get("group_id").asLong()).isEqualTo(5000L);
    }

    @Test
    void messageIdsIncreaseAndRawEventsPassThrough() {
        long first = peer.privateMessage(10001L, "a");
        long second = peer.groupMessage(5000L, 10001L, "member", "b");
        assertThat(second).isGreaterThan(first);

        peer.sendRawEvent(
                JsonNodeFactory.instance.objectNode().put("post_type", "notice").put("notice_type", "group_increase"));
        JsonNode notice = bot.frames().await(Frames.postType("notice"), WAIT);
        assertThat(notice.get("notice_type").asText()).isEqualTo("group_increase");
    }

    @Test
    void guildMessageInGoCqhttpsShape() {
        peer.guildMessage(47L, 11L, 144115218678093982L, "/help");
        JsonNode event = bot.frames().await(Frames.postType("message"), WAIT);
        assertThat(event.get("message_type").asText()).isEqualTo("guild");
        assertThat(event.get("sub_type").asText()).isEqualTo("channel");
        assertThat(event.get("guild_id").asText()).isEqualTo("47");
        assertThat(event.get("channel_id").asText()).isEqualTo("11");
        assertThat(event.get("user_id").isTextual()).isTrue();
        assertThat(event.get("user_id").asText()).isEqualTo("144115218678093982");
        assertThat(event.get("message_id").isTextual()).isTrue();
        assertThat(event.get("self_id").asLong()).isEqualTo(10000L);
        assertThat(event.get("message").get(0).get("data").get("text").asText()).isEqualTo("/help");
        assertThat(event.get("sender").get("tiny_id").asText()).isEqualTo("144115218678093982");
    }

    @Test
    void botOfflineAndOnlineNotices() {
        peer.botOffline("下线通知", "你的帐号在另一台设备登录");
        peer.botOnline("Reconnect");
        List<JsonNode> notices = bot.frames().awaitCount(Frames.postType("notice"), 2, WAIT);
        JsonNode offline = notices.get(0);
        assertThat(offline.get("notice_type").asText()).isEqualTo("bot_offline");
        assertThat(offline.get("self_id").asLong()).isEqualTo(10000L);
        assertThat(offline.get("user_id").asLong()).isEqualTo(10000L);
        assertThat(offline.get("tag").asText()).isEqualTo("下线通知");
        assertThat(offline.get("message").asText()).isEqualTo("你的帐号在另一台设备登录");
        assertThat(offline.get("time").asLong()).isEqualTo(NOW.getEpochSecond());
        assertThat(notices.get(1).get("notice_type").asText()).isEqualTo("bot_online");
        assertThat(notices.get(1).get("reason").asText()).isEqualTo("Reconnect");
    }

    @Test
    void anEventWithNoBotConnectedIsATestError() {
        bot.closeWith(1000);
        assertThat(peer.awaitDisconnected(WAIT)).isTrue();
        assertThatThrownBy(() -> peer.privateMessage(10001L, "into the void"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anApiOnlyConnectionGetsNoEvents() {
        try (BotClient api = BotClient.connect(URI.create(peer.url() + "/api"))) {
            assertThat(peer.awaitConnectionCount(2, WAIT)).isTrue();
            long id = peer.privateMessage(10001L, "for the universal connection only");
            received(id);
            JsonNode echo = api.parse("\"api-1\"");
            api.callAndAwait("get_status", null, echo);
            assertThat(api.frames().all())
                    .allSatisfy(frame -> assertThat(frame.has("post_type")).isFalse());
        }
    }
}
