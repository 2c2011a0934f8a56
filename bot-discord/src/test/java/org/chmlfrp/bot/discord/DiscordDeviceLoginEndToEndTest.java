package org.chmlfrp.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chmlfrp.bot.discord.DiscordRig.ALICE;
import static org.chmlfrp.bot.discord.DiscordRig.WAIT;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.chmlfrp.bot.core.oauth.OAuthSettings;
import org.chmlfrp.bot.testkit.chmlfrp.FakeChmlFrpServer;
import org.chmlfrp.bot.testkit.discord.FakeDiscord;
import org.chmlfrp.bot.testkit.discord.RecordedHttp;
import org.chmlfrp.bot.testkit.qzhua.FakeQZhuaServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code /login} without options on Discord with QZhua device-code login on: an ephemeral answer with a
 * link button (no modal), then a DM once the user approved at the fake QZhua server.
 */
class DiscordDeviceLoginEndToEndTest {
    @RegisterExtension
    final DiscordRig rig = new DiscordRig();

    private FakeQZhuaServer qzhua;
    private FakeDiscord discord;

    @BeforeEach
    void start() throws Exception {
        FakeChmlFrpServer chmlfrp =
                rig.keep(FakeChmlFrpServer.builder().statusListSize(0).start());
        qzhua = rig.keep(
                FakeQZhuaServer.builder().clientId("discord-bot").interval(1).start());
        chmlfrp.state().acceptAccessTokensFrom(qzhua);
        discord = rig.discord().user(ALICE, "alice");
        rig.start(
                bot -> CoreFixture.injector(chmlfrp.baseUrl(), OAuthSettings.of("discord-bot", qzhua.baseUrl()), bot));
    }

    @Test
    void loginAnswersEphemerallyWithALinkButtonAndTheUserIsToldInADmOnceApproved() {
        JsonNode answer = rig.answer(ALICE, "en-US", "login", null, Map.of());

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
