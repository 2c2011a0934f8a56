package org.chmlfrp.bot.testkit.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chmlfrp.bot.testkit.discord.JdaHarness.WAIT;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.session.SessionResumeEvent;
import net.dv8tion.jda.api.utils.FileUpload;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The sink side (channel messages, DMs) and gateway resilience (RESUME after a drop, op 7). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdaChannelAndGatewayTest {

    static final long GUILD = 1220000000000000001L;
    static final long CHANNEL = 1220000000000000101L;
    static final long USER = 1220000000000000555L;

    private FakeDiscord discord;
    private JdaHarness bot;

    @BeforeAll
    void start() {
        discord = FakeDiscord.start();
        discord.guild(GUILD, "ChmlFrp").channel(GUILD, CHANNEL, "announcements");
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
    void channelSendMessageIsAPostToTheChannelWithNoMentionsParsed() {
        TextChannel channel = bot.jda().getTextChannelById(CHANNEL);
        Message sent = channel.sendMessage("节点 湖南娄底 已离线 @everyone")
                .setEmbeds(new EmbedBuilder().setDescription("离线 5 分钟").build())
                .complete();

        RecordedHttp post = discord.awaitChannelMessage(CHANNEL, WAIT);
        assertThat(post.method()).isEqualTo("POST");
        assertThat(post.route()).isEqualTo("channels/" + CHANNEL + "/messages");
        assertThat(post.json().get("content").asText()).isEqualTo("节点 湖南娄底 已离线 @everyone");
        assertThat(post.json().get("allowed_mentions").get("parse").size()).isZero();
        assertThat(sent.getIdLong()).isEqualTo(post.response().get("id").asLong());
        assertThat(sent.getEmbeds()).hasSize(1);
        assertThat(sent.getAuthor().getIdLong()).isEqualTo(discord.applicationId());
        assertThat(sent.getChannel().getIdLong()).isEqualTo(CHANNEL);
    }

    @Test
    void aChannelMessageWithAFileIsMultipartAndTheFileIsServedBack() {
        byte[] csv = "node,status\n湖南娄底,offline\n".getBytes(StandardCharsets.UTF_8);
        Message sent = bot.jda()
                .getTextChannelById(CHANNEL)
                .sendMessage("report")
                .addFiles(FileUpload.fromData(csv, "report.csv"))
                .complete();
        RecordedHttp post = discord.channelMessages(CHANNEL).stream()
                .filter(r -> r.json().path("content").asText().equals("report"))
                .findFirst()
                .orElseThrow();
        assertThat(post.isMultipart()).isTrue();
        assertThat(post.file("report.csv").orElseThrow().bytes()).isEqualTo(csv);
        assertThat(post.json().get("attachments").get(0).get("filename").asText())
                .isEqualTo("report.csv");
        Message.Attachment attachment = sent.getAttachments().get(0);
        assertThat(attachment.getFileName()).isEqualTo("report.csv");
        assertThat(attachment.getSize()).isEqualTo(csv.length);
        RawHttp.Response download = RawHttp.get(attachment.getUrl(), null);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(new String(csv, StandardCharsets.UTF_8));
    }

    @Test
    void aDirectMessageOpensTheDmChannelThenPostsToIt() {
        PrivateChannel dm = bot.jda().openPrivateChannelById(USER).complete();
        dm.sendMessage("你的隧道已创建").complete();
        RecordedHttp open = discord.awaitRequest("POST", "users/@me/channels", WAIT);
        assertThat(open.json().get("recipient_id").asText()).isEqualTo(Long.toString(USER));
        long dmId = discord.dmChannelId(USER).orElseThrow();
        assertThat(dm.getIdLong()).isEqualTo(dmId);
        assertThat(discord.awaitChannelMessage(dmId, WAIT).json().get("content").asText())
                .isEqualTo("你的隧道已创建");
    }

    @Test
    void aDroppedConnectionIsResumedAndMissedInteractionsAreReplayed() {
        int resumesBefore = discord.resumeCount();
        bot.events.clear(SessionResumeEvent.class);
        discord.dropGatewayConnections(4000);
        // Dispatched while the bot is away: buffered in the session, replayed on RESUME.
        bot.events.onSlash = e -> e.reply("resumed ok").queue();
        InteractionHandle h = discord.slashCommand(GUILD, CHANNEL, USER, "en-US", "ping", null, Map.of());

        assertThat(discord.awaitResumes(resumesBefore + 1, WAIT)).isTrue();
        bot.events.await(SessionResumeEvent.class, WAIT);
        assertThat(h.awaitFinalMessage(WAIT).get("content").asText()).isEqualTo("resumed ok");
        assertThat(discord.gatewayCloseCodes()).contains(4000);
        assertThat(discord.identifyCount()).isEqualTo(1);
        JsonNode resume = discord.gatewayFramesReceived().stream()
                .filter(f -> f.get("op").asInt() == 6)
                .reduce((a, b) -> b)
                .orElseThrow()
                .get("d");
        assertThat(resume.get("token").asText()).isEqualTo(discord.botToken());
        assertThat(resume.get("seq").asInt()).isPositive();
    }

    @Test
    void opSevenReconnectAlsoResumes() {
        int resumesBefore = discord.resumeCount();
        discord.requestReconnect();
        assertThat(discord.awaitResumes(resumesBefore + 1, WAIT)).isTrue();
        Eventually.until(() -> bot.jda().getStatus() == JDA.Status.CONNECTED, WAIT);
        bot.events.clear(SlashCommandInteractionEvent.class);
        bot.events.onSlash = e -> e.reply("still here").queue();
        InteractionHandle h = discord.slashCommand(GUILD, CHANNEL, USER, "en-US", "ping", null, Map.of());
        assertThat(h.awaitFinalMessage(WAIT).get("content").asText()).isEqualTo("still here");
    }
}
