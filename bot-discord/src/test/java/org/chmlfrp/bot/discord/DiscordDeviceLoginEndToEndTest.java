package org.chmlfrp.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.Injector;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.chmlfrp.bot.core.oauth.OAuthSettings;
import org.chmlfrp.bot.testkit.chmlfrp.FakeChmlFrpServer;
import org.chmlfrp.bot.testkit.discord.FakeDiscord;
import org.chmlfrp.bot.testkit.discord.InteractionHandle;
import org.chmlfrp.bot.testkit.discord.RecordedHttp;
import org.chmlfrp.bot.testkit.qzhua.FakeQZhuaServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /login} without options on Discord with QZhua device-code login on: an ephemeral answer with a
 * link button (no modal), then a DM once the user approved at the fake QZhua server.
 */
class DiscordDeviceLoginEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final long GUILD = 1_100_000_000_000_000_001L;
    private static final long CHANNEL = 1_100_000_000_000_000_002L;
    private static final long ALICE = 1_100_000_000_000_000_003L;

    private FakeChmlFrpServer chmlfrp;
    private FakeQZhuaServer qzhua;
    private FakeDiscord discord;
    private DiscordAdapter adapter;

    @BeforeEach
    void start() throws Exception {
        chmlfrp = FakeChmlFrpServer.builder().statusListSize(0).start();
        qzhua = FakeQZhuaServer.builder().clientId("discord-bot").interval(1).start();
        chmlfrp.state().acceptAccessTokensFrom(qzhua);
        discord = FakeDiscord.start();
        discord.guild(GUILD, "ChmlFrp fans");
        discord.channel(GUILD, CHANNEL, "general");
        discord.user(ALICE, "alice");
        DiscordSettings settings = new DiscordSettings(
                true, discord.botToken(), List.of(Long.toString(GUILD)), null, discord.restUrl(), discord.gatewayUrl());
        Injector injector = CoreFixture.injector(
                chmlfrp.baseUrl(), OAuthSettings.of("discord-bot", qzhua.baseUrl()), new DiscordModule(settings));
        adapter = injector.getInstance(DiscordAdapter.class);
        adapter.start();
        discord.awaitIdentified(WAIT);
        adapter.awaitReady(WAIT);
    }

    @AfterEach
    void stop() {
        adapter.stop();
        discord.close();
        qzhua.close();
        chmlfrp.close();
    }

    @Test
    void loginAnswersEphemerallyWithALinkButtonAndTheUserIsToldInADmOnceApproved() {
        InteractionHandle login = discord.slashCommand(GUILD, CHANNEL, ALICE, "en-US", "login", null, Map.of());
        JsonNode answer = login.awaitFinalMessage(WAIT);

        String code = qzhua.lastUserCode();
        assertThat(answer.path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
        assertThat(answer.toString()).contains(code);
        JsonNode button = answer.get("components").get(0).get("components").get(0);
        assertThat(button.get("style").asInt()).as("a link button").isEqualTo(5);
        assertThat(button.get("url").asText()).isEqualTo(qzhua.baseUrl() + "/device?user_code=" + code);
        assertThat(button.get("label").asText()).isEqualTo("Open the QZhua login");

        qzhua.approve(code, 227);

        RecordedHttp dm = discord.awaitRequest("POST", ".*/channels/\\d+/messages", WAIT);
        assertThat(dm.bodyText()).contains("Linked as boring_student");
        assertThat(discord.dmChannelId(ALICE)).isPresent();
        assertThat(dm.path()).contains(Long.toString(discord.dmChannelId(ALICE).orElseThrow()));
    }
}
