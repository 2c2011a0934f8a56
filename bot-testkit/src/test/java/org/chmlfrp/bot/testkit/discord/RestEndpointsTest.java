package org.chmlfrp.bot.testkit.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** REST answers as Discord gives them, driven by plain HTTP (what JDA would never send). */
class RestEndpointsTest {

    static final long GUILD = 1250000000000000001L;
    static final long CHANNEL = 1250000000000000101L;

    private FakeDiscord discord;
    private String auth;

    @BeforeEach
    void start() {
        discord = FakeDiscord.start();
        discord.guild(GUILD, "G").channel(GUILD, CHANNEL, "general");
        auth = "Bot " + discord.botToken();
    }

    @AfterEach
    void stop() {
        discord.close();
    }

    private String url(String route) {
        return discord.restUrl() + route;
    }

    @Test
    void restAndGatewayListenOnLoopbackFreePorts() {
        assertThat(discord.restUrl()).matches("http://127\\.0\\.0\\.1:\\d+/api/v10/");
        assertThat(discord.gatewayUrl()).matches("ws://127\\.0\\.0\\.1:\\d+/gateway");
    }

    @Test
    void everyNonInteractionRouteNeedsTheBotToken() {
        assertThat(RawHttp.get(url("users/@me"), null).status()).isEqualTo(401);
        RawHttp.Response wrong = RawHttp.get(url("users/@me"), "Bot nope");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().get("message").asText()).isEqualTo("401: Unauthorized");
        assertThat(wrong.json().get("code").asInt()).isZero();
        assertThat(RawHttp.get(url("users/@me"), discord.botToken()).status()).isEqualTo(401); // no "Bot "

        JsonNode me = RawHttp.get(url("users/@me"), auth).json();
        assertThat(me.get("id").asText()).isEqualTo(Long.toString(discord.applicationId()));
        assertThat(me.get("bot").asBoolean()).isTrue();
        assertThat(RawHttp.get(url("applications/@me"), auth).json().get("id").asText())
                .isEqualTo(Long.toString(discord.applicationId()));
        assertThat(RawHttp.get(url("oauth2/applications/@me"), auth)
                        .json()
                        .get("owner")
                        .get("id")
                        .isTextual())
                .isTrue();
    }

    @Test
    void gatewayEndpointsPointAtTheFakeGateway() {
        assertThat(RawHttp.get(url("gateway"), null).json().get("url").asText()).isEqualTo(discord.gatewayUrl());
        assertThat(RawHttp.get(url("gateway/bot"), null).status()).isEqualTo(401);
        JsonNode bot = RawHttp.get(url("gateway/bot"), auth).json();
        assertThat(bot.get("url").asText()).isEqualTo(discord.gatewayUrl());
        assertThat(bot.get("shards").asInt()).isEqualTo(1);
        assertThat(bot.get("session_start_limit").get("max_concurrency").asInt())
                .isEqualTo(1);
    }

    @Test
    void unknownPathsAre404AndRecordedAsUnknown() {
        RawHttp.Response unknown = RawHttp.get(url("guilds/1/audit-logs"), auth);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("message").asText()).isEqualTo("404: Not Found");
        assertThat(unknown.json().get("code").asInt()).isZero();
        RawHttp.Response unknownChannel = RawHttp.post(url("channels/42/messages"), "{\"content\":\"x\"}", auth);
        assertThat(unknownChannel.status()).isEqualTo(404);
        assertThat(unknownChannel.json().get("code").asInt()).isEqualTo(10003);
        assertThat(discord.unknownRequests()).extracting(RecordedHttp::route).containsExactly("guilds/1/audit-logs");
        assertThat(RawHttp.send("DELETE", url("gateway"), "application/json", new byte[0], auth)
                        .status())
                .isEqualTo(405);
    }

    @Test
    void commandsAreValidatedLikeDiscordAndKeepTheirIdsAcrossOverwrites() {
        String route = url("applications/" + discord.applicationId() + "/commands");
        RawHttp.Response upper = RawHttp.put(route, "[{\"name\":\"Node\",\"description\":\"d\"}]", auth);
        assertThat(upper.status()).isEqualTo(400);
        assertThat(upper.json().get("code").asInt()).isEqualTo(50035);
        assertThat(upper.json().at("/errors/0/name/_errors/0/code").asText())
                .isEqualTo("APPLICATION_COMMAND_INVALID_NAME");

        RawHttp.Response noDescription = RawHttp.put(route, "[{\"name\":\"node\",\"description\":\"\"}]", auth);
        assertThat(noDescription.status()).isEqualTo(400);
        RawHttp.Response order = RawHttp.put(
                route,
                "[{\"name\":\"node\",\"description\":\"d\",\"options\":["
                        + "{\"name\":\"a\",\"description\":\"d\",\"type\":3},"
                        + "{\"name\":\"b\",\"description\":\"d\",\"type\":3,\"required\":true}]}]",
                auth);
        assertThat(order.status()).isEqualTo(400);
        assertThat(order.json()
                        .at("/errors/0/options/1/required/_errors/0/code")
                        .asText())
                .isEqualTo("APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID");
        assertThat(discord.registeredCommands(null)).isNull();

        JsonNode first = RawHttp.put(
                        route,
                        "[{\"name\":\"node\",\"description\":\"节点\"}," + "{\"name\":\"节点\",\"description\":\"中文名\"}]",
                        auth)
                .json();
        JsonNode second = RawHttp.put(route, "[{\"name\":\"node\",\"description\":\"节点 v2\"}]", auth)
                .json();
        assertThat(second.get(0).get("id")).isEqualTo(first.get(0).get("id"));
        assertThat(second.get(0).get("version")).isNotEqualTo(first.get(0).get("version"));
        assertThat(second.get(0).get("application_id").asText()).isEqualTo(Long.toString(discord.applicationId()));
        assertThat(discord.registeredCommands(null).size()).isEqualTo(1);
        assertThat(discord.commands(null).size()).isEqualTo(1);

        assertThat(RawHttp.post(route, "{\"name\":\"bind\",\"description\":\"d\"}", auth)
                        .status())
                .isEqualTo(201);
        assertThat(RawHttp.post(route, "{\"name\":\"bind\",\"description\":\"d2\"}", auth)
                        .status())
                .isEqualTo(200);
        assertThat(discord.commands(null).size()).isEqualTo(2);
        assertThat(RawHttp.put(url("applications/" + discord.applicationId() + "/guilds/99/commands"), "[]", auth)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void channelMessagesAreValidatedLikeDiscord() {
        RawHttp.Response empty = RawHttp.post(url("channels/" + CHANNEL + "/messages"), "{\"content\":\"\"}", auth);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("code").asInt()).isEqualTo(50006);
        RawHttp.Response tooLong = RawHttp.post(
                url("channels/" + CHANNEL + "/messages"), "{\"content\":\"" + "长".repeat(2001) + "\"}", auth);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().at("/errors/content/_errors/0/code").asText()).isEqualTo("BASE_TYPE_MAX_LENGTH");
        RawHttp.Response ok = RawHttp.post(
                url("channels/" + CHANNEL + "/messages"), "{\"content\":\"" + "长".repeat(2000) + "\"}", auth);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(discord.channelMessages(CHANNEL)).hasSize(1);
        long id = ok.json().get("id").asLong();
        assertThat(RawHttp.get(url("channels/" + CHANNEL + "/messages/" + id), auth)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void multipartBodiesAreSplitIntoPayloadJsonAndFiles() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', '-', '-', 'x', 0, (byte) 0xFF};
        String boundary = "b0undary-42";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"payload_json\"\r\n"
                        + "Content-Type: application/json; charset=utf-8\r\n\r\n"
                        + "{\"content\":\"图\",\"attachments\":[{\"id\":0,\"filename\":\"a.png\"}]}\r\n");
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files[0]\"; filename=\"a.png\"\r\n"
                        + "Content-Type: image/png\r\n\r\n");
        body.writeBytes(png);
        write(body, "\r\n--" + boundary + "--\r\n");
        RawHttp.Response response = RawHttp.send(
                "POST",
                url("channels/" + CHANNEL + "/messages"),
                "multipart/form-data; boundary=" + boundary,
                body.toByteArray(),
                auth);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("attachments").get(0).get("size").asInt())
                .isEqualTo(png.length);

        RecordedHttp recorded = discord.awaitChannelMessage(CHANNEL, GatewayClient.WAIT);
        assertThat(recorded.json().get("content").asText()).isEqualTo("图");
        assertThat(recorded.files()).hasSize(1);
        assertThat(recorded.files().get(0).index()).isZero();
        assertThat(recorded.files().get(0).contentType()).isEqualTo("image/png");
        assertThat(recorded.file("a.png").orElseThrow().bytes()).isEqualTo(png);
    }

    @Test
    void interactionRoutesNeedNoTokenButAKnownInteraction() {
        RawHttp.Response unknown = RawHttp.post(url("interactions/123/abc/callback"), "{\"type\":4}", null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asInt()).isEqualTo(10062);
        RawHttp.Response webhook = RawHttp.send(
                "PATCH",
                url("webhooks/" + discord.applicationId() + "/abc/messages/@original"),
                "application/json",
                "{\"content\":\"x\"}".getBytes(StandardCharsets.UTF_8),
                null);
        assertThat(webhook.status()).isEqualTo(404);
        assertThat(webhook.json().get("code").asInt()).isEqualTo(10015);

        try (GatewayClient bot = new GatewayClient(discord.gatewayUrl())) {
            bot.awaitOp(10);
            bot.send("{\"op\":2,\"d\":{\"token\":\"" + discord.botToken() + "\",\"intents\":0,\"properties\":{}}}");
            assertThat(discord.awaitIdentified(GatewayClient.WAIT)).isTrue();

            InteractionHandle h = discord.autocomplete(GUILD, CHANNEL, 7L, "en-US", "tunnel", "create", "node", "湖");
            String callback = url("interactions/" + h.id() + "/" + h.token() + "/callback");
            String original = url("webhooks/" + discord.applicationId() + "/" + h.token() + "/messages/@original");
            assertThat(RawHttp.send(
                                    "PATCH",
                                    original,
                                    "application/json",
                                    "{\"content\":\"early\"}".getBytes(StandardCharsets.UTF_8),
                                    null)
                            .status())
                    .isEqualTo(404);
            assertThat(RawHttp.post(callback, "{\"type\":4,\"data\":{\"content\":\"x\"}}", null)
                            .status())
                    .isEqualTo(400); // autocomplete only takes type 8
            assertThat(h.acknowledged()).isFalse();
            RawHttp.Response choices = RawHttp.post(
                    callback, "{\"type\":8,\"data\":{\"choices\":[{\"name\":\"湖南娄底\",\"value\":\"湖南娄底\"}]}}", null);
            assertThat(choices.status()).isEqualTo(204); // no with_response: 204 like Discord
            assertThat(h.awaitCallback(GatewayClient.WAIT).get("type").asInt()).isEqualTo(8);
            assertThatThrownBy(() -> h.awaitFinalMessage(GatewayClient.WAIT))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("callback type 8");
            assertThat(h.edits()).hasSize(1).allMatch(e -> e.status() == 404);

            JsonNode dispatched = bot.awaitDispatch("INTERACTION_CREATE").get("d");
            assertThat(dispatched.get("type").asInt()).isEqualTo(4);
            assertThat(dispatched.get("version").asInt()).isEqualTo(1);
            assertThat(dispatched.get("token").asText()).isEqualTo(h.token());
            assertThat(dispatched.get("member").get("user").get("id").asText()).isEqualTo("7");
            assertThat(dispatched.get("member").get("permissions").isTextual()).isTrue();
            assertThat(dispatched.get("channel").get("id").asText()).isEqualTo(Long.toString(CHANNEL));
            assertThat(dispatched.get("authorizing_integration_owners").get("0").asText())
                    .isEqualTo(Long.toString(GUILD));
            assertThat(dispatched.at("/data/options/0/options/0/focused").asBoolean())
                    .isTrue();
            assertThat(Map.of("guild_locale", dispatched.get("guild_locale").asText()))
                    .containsValue("en-US");
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
