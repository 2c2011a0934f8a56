package org.chmlfrp.bot.testkit.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chmlfrp.bot.testkit.discord.JdaHarness.WAIT;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.guild.GuildJoinEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdaLoginTest {

    static final long GUILD = 1200000000000000001L;
    static final long CHANNEL = 1200000000000000101L;

    private FakeDiscord discord;
    private JdaHarness bot;

    @BeforeAll
    void start() {
        discord = FakeDiscord.start();
        discord.guild(GUILD, "ChmlFrp 用户群", "zh-CN").channel(GUILD, CHANNEL, "general");
        bot = JdaHarness.start(discord).awaitReady();
    }

    @AfterAll
    void stop() {
        if (bot != null) {
            bot.close();
        }
        if (discord != null) {
            discord.close();
        }
    }

    @Test
    void jdaConnectsIdentifiesAndSeesTheGuildAndItsChannel() {
        JDA jda = bot.jda();
        assertThat(jda.getStatus()).isEqualTo(JDA.Status.CONNECTED);
        assertThat(jda.getSelfUser().getIdLong()).isEqualTo(discord.applicationId());
        assertThat(jda.getSelfUser().getApplicationIdLong()).isEqualTo(discord.applicationId());
        Guild guild = jda.getGuildById(GUILD);
        assertThat(guild).isNotNull();
        assertThat(guild.getName()).isEqualTo("ChmlFrp 用户群");
        assertThat(guild.getTextChannelById(CHANNEL)).isNotNull();
        assertThat(guild.getTextChannelById(CHANNEL).getName()).isEqualTo("general");
        assertThat(guild.getSelfMember().getIdLong()).isEqualTo(discord.applicationId());
        assertThat(guild.getTextChannelById(CHANNEL).canTalk()).isTrue();
    }

    @Test
    void startupCallsOnlyKnownEndpointsWithTheBotToken() {
        assertThat(discord.unknownRequests()).isEmpty();
        assertThat(discord.requests("GET", "gateway/bot")).hasSize(1);
        assertThat(discord.requests("GET", "users/@me")).hasSize(1);
        for (RecordedHttp request : discord.requests()) {
            assertThat(request.header("Authorization")).isEqualTo("Bot " + discord.botToken());
            assertThat(request.status()).isLessThan(300);
        }
    }

    @Test
    void identifyCarriesTokenShardAndNoPrivilegedIntentsOverPlainJson() {
        JsonNode identify = discord.lastIdentify();
        assertThat(identify.get("token").asText()).isEqualTo(discord.botToken());
        assertThat(identify.get("shard").toString()).isEqualTo("[0,1]");
        assertThat(identify.get("intents").asInt() & GatewayServer.PRIVILEGED_INTENTS)
                .isZero();
        Map<String, String> query = discord.gatewayConnectQueries().get(0);
        assertThat(query)
                .containsEntry("v", "10")
                .containsEntry("encoding", "json")
                .doesNotContainKey("compress");
        assertThat(discord.identifyCount()).isEqualTo(1);
    }

    @Test
    void applicationInfoUsersAndMembersCanBeRetrieved() {
        var info = bot.jda().retrieveApplicationInfo().complete();
        assertThat(info.getIdLong()).isEqualTo(discord.applicationId());
        assertThat(info.getName()).isEqualTo("ChmlFrp Bot");
        assertThat(info.getOwner()).isNotNull();
        discord.user(4242L, "free_user");
        assertThat(bot.jda().retrieveUserById(4242L).complete().getName()).isEqualTo("free_user");
        assertThat(bot.jda()
                        .getGuildById(GUILD)
                        .retrieveMemberById(4242L)
                        .complete()
                        .getUser()
                        .getName())
                .isEqualTo("free_user");
        assertThat(discord.unknownRequests()).isEmpty();
    }

    @Test
    void heartbeatsAreAcknowledged() {
        // JDA beats right after HELLO; the ACK gives it a gateway ping.
        Eventually.until(() -> bot.jda().getGatewayPing() >= 0, WAIT);
        assertThat(discord.heartbeatCount()).isPositive();
    }

    @Test
    void aGuildAddedLaterArrivesAsAJoin() {
        long later = GUILD + 7;
        discord.guild(later, "Later");
        GuildJoinEvent join = bot.events.await(GuildJoinEvent.class, WAIT);
        assertThat(join.getGuild().getIdLong()).isEqualTo(later);
        assertThat(bot.jda().getGuildById(later).getName()).isEqualTo("Later");
        assertThat(List.of(discord.dispatched().stream()
                        .map(f -> f.get("t").asText())
                        .toArray()))
                .startsWith("READY", "GUILD_CREATE");
    }
}
