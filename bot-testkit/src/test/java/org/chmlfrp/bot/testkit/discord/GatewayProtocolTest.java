package org.chmlfrp.bot.testkit.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gateway's wire behaviour, driven by a bare WebSocket client. */
class GatewayProtocolTest {

    static final long GUILD = 1240000000000000001L;

    private FakeDiscord discord;

    @BeforeEach
    void start() {
        discord =
                FakeDiscord.builder().heartbeatInterval(Duration.ofSeconds(30)).start();
        discord.guild(GUILD, "G").channel(GUILD, GUILD + 100, "general");
    }

    @AfterEach
    void stop() {
        discord.close();
    }

    private String identify(String token, String shard, int intents) {
        return "{\"op\":2,\"d\":{\"token\":\"" + token + "\",\"intents\":" + intents
                + ",\"properties\":{\"os\":\"linux\",\"browser\":\"test\",\"device\":\"test\"}"
                + (shard == null ? "" : ",\"shard\":" + shard) + "}}";
    }

    @Test
    void helloThenIdentifyGivesReadyWithUnavailableGuildsThenGuildCreate() {
        try (GatewayClient client = new GatewayClient(discord.gatewayUrl() + "?v=10&encoding=json")) {
            JsonNode hello = client.awaitOp(10);
            assertThat(hello.get("d").get("heartbeat_interval").asInt()).isEqualTo(30000);
            assertThat(hello.get("s").isNull()).isTrue();
            assertThat(hello.get("t").isNull()).isTrue();

            client.send(identify(discord.botToken(), "[0,1]", 513));
            JsonNode ready = client.awaitDispatch("READY");
            assertThat(ready.get("s").asInt()).isEqualTo(1);
            JsonNode d = ready.get("d");
            assertThat(d.get("v").asInt()).isEqualTo(10);
            assertThat(d.get("user").get("id").asText()).isEqualTo(Long.toString(discord.applicationId()));
            assertThat(d.get("user").get("bot").asBoolean()).isTrue();
            assertThat(d.get("guilds").get(0).get("id").asText()).isEqualTo(Long.toString(GUILD));
            assertThat(d.get("guilds").get(0).get("unavailable").asBoolean()).isTrue();
            assertThat(d.get("session_id").asText()).hasSize(32);
            assertThat(d.get("resume_gateway_url").asText()).isEqualTo(discord.gatewayUrl());
            assertThat(d.get("application").get("id").asText()).isEqualTo(Long.toString(discord.applicationId()));
            assertThat(d.get("shard").toString()).isEqualTo("[0,1]");

            JsonNode guild = client.awaitDispatch("GUILD_CREATE");
            assertThat(guild.get("s").asInt()).isEqualTo(2);
            assertThat(guild.get("d").get("unavailable").asBoolean()).isFalse();
            assertThat(guild.get("d").get("channels").get(0).get("name").asText())
                    .isEqualTo("general");
            assertThat(guild.get("d").get("roles").get(0).get("id").asText()).isEqualTo(Long.toString(GUILD));
            assertThat(guild.get("d")
                            .get("members")
                            .get(0)
                            .get("user")
                            .get("id")
                            .asText())
                    .isEqualTo(Long.toString(discord.applicationId()));
            assertThat(discord.awaitIdentified(GatewayClient.WAIT)).isTrue();

            client.send("{\"op\":1,\"d\":2}");
            assertThat(client.awaitOp(11).get("d").isNull()).isTrue();
            assertThat(discord.heartbeatCount()).isEqualTo(1);
        }
    }

    @Test
    void aWrongTokenIsClosedWith4004() {
        try (GatewayClient client = new GatewayClient(discord.gatewayUrl())) {
            client.awaitOp(10);
            client.send(identify("nope", null, 0));
            assertThat(client.awaitCloseCode()).isEqualTo(4004);
        }
    }

    @Test
    void payloadsBeforeIdentifyAreClosedWith4003AndUnknownOpcodesWith4001() {
        try (GatewayClient client = new GatewayClient(discord.gatewayUrl())) {
            client.awaitOp(10);
            client.send("{\"op\":3,\"d\":{\"status\":\"online\"}}");
            assertThat(client.awaitCloseCode()).isEqualTo(4003);
        }
        try (GatewayClient client = new GatewayClient(discord.gatewayUrl())) {
            client.awaitOp(10);
            client.send("{\"op\":42,\"d\":null}");
            assertThat(client.awaitCloseCode()).isEqualTo(4001);
        }
        try (GatewayClient client = new GatewayClient(discord.gatewayUrl())) {
            client.awaitOp(10);
            client.send("not json");
            assertThat(client.awaitCloseCode()).isEqualTo(4002);
        }
    }

    @Test
    void identifyingTwiceIs4005AndABadShardIs4010() {
        try (GatewayClient client = new GatewayClient(discord.gatewayUrl())) {
            client.awaitOp(10);
            client.send(identify(discord.botToken(), null, 0));
            client.awaitDispatch("READY");
            client.send(identify(discord.botToken(), null, 0));
            assertThat(client.awaitCloseCode()).isEqualTo(4005);
        }
        try (GatewayClient client = new GatewayClient(discord.gatewayUrl())) {
            client.awaitOp(10);
            client.send(identify(discord.botToken(), "[2,2]", 0));
            assertThat(client.awaitCloseCode()).isEqualTo(4010);
        }
    }

    @Test
    void resumeReplaysWhatTheDroppedConnectionMissedThenSaysResumed() {
        String sessionId;
        try (GatewayClient first = new GatewayClient(discord.gatewayUrl())) {
            first.awaitOp(10);
            first.send(identify(discord.botToken(), null, 0));
            sessionId = first.awaitDispatch("READY").get("d").get("session_id").asText();
            first.awaitDispatch("GUILD_CREATE"); // s = 2
        }
        // While nobody listens: buffered as s = 3.
        discord.slashCommand(GUILD, GUILD + 100, 7L, "en-US", "ping", null, Map.of());
        try (GatewayClient second = new GatewayClient(discord.gatewayUrl())) {
            second.awaitOp(10);
            second.send("{\"op\":6,\"d\":{\"token\":\"" + discord.botToken() + "\",\"session_id\":\"" + sessionId
                    + "\",\"seq\":2}}");
            JsonNode replayed = second.awaitOp(0);
            assertThat(replayed.get("t").asText()).isEqualTo("INTERACTION_CREATE");
            assertThat(replayed.get("s").asInt()).isEqualTo(3);
            JsonNode resumed = second.awaitOp(0);
            assertThat(resumed.get("t").asText()).isEqualTo("RESUMED");
            assertThat(resumed.get("s").asInt()).isEqualTo(4);
        }
        try (GatewayClient third = new GatewayClient(discord.gatewayUrl())) {
            third.awaitOp(10);
            third.send("{\"op\":6,\"d\":{\"token\":\"" + discord.botToken() + "\",\"session_id\":\"gone\",\"seq\":1}}");
            JsonNode invalid = third.awaitOp(9);
            assertThat(invalid.get("d").asBoolean()).isFalse();
        }
        assertThat(discord.resumeCount()).isEqualTo(1);
    }

    @Test
    void interactionsNeedAnIdentifiedBot() {
        assertThatThrownBy(() -> discord.slashCommand(GUILD, GUILD + 100, 7L, "en-US", "ping", null, Map.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("awaitIdentified");
    }

    @Test
    void etfAndOldVersionsAreRefused() {
        try (GatewayClient client = new GatewayClient(discord.gatewayUrl() + "?v=10&encoding=etf")) {
            assertThat(client.awaitCloseCode()).isEqualTo(4002);
        }
        try (GatewayClient client = new GatewayClient(discord.gatewayUrl() + "?v=6&encoding=json")) {
            assertThat(client.awaitCloseCode()).isEqualTo(4012);
        }
    }
}
