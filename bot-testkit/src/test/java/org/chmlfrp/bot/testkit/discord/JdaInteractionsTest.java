package org.chmlfrp.bot.testkit.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chmlfrp.bot.testkit.discord.JdaHarness.WAIT;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.utils.FileUpload;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Interactions end to end: the fake dispatches, a real JDA handles, the fake records the answer. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdaInteractionsTest {

    static final long GUILD = 1210000000000000001L;
    static final long CHANNEL = 1210000000000000101L;
    static final long USER = 1210000000000000555L;

    private FakeDiscord discord;
    private JdaHarness bot;

    @BeforeAll
    void start() {
        discord = FakeDiscord.start();
        discord.guild(GUILD, "ChmlFrp").channel(GUILD, CHANNEL, "general").user(USER, "boring_student");
        bot = JdaHarness.start(discord).awaitReady();
        bot.jda()
                .updateCommands()
                .addCommands(
                        Commands.slash("node", "节点")
                                .addSubcommands(
                                        new SubcommandData("list", "列出节点").addOption(OptionType.STRING, "filter", "过滤"),
                                        new SubcommandData("info", "节点详情")
                                                .addOption(OptionType.STRING, "name", "节点名", true, true)
                                                .addOption(OptionType.INTEGER, "days", "天数")
                                                .addOption(OptionType.BOOLEAN, "verbose", "详细")
                                                .addOption(OptionType.USER, "who", "谁")),
                        Commands.slash("tunnel", "隧道")
                                .addSubcommands(new SubcommandData("create", "创建")
                                        .addOptions(new OptionData(OptionType.STRING, "node", "节点", true, true))),
                        Commands.slash("bind", "绑定账号"),
                        Commands.slash("chart", "图表"))
                .complete();
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
    void updateCommandsArrivesAsAPutWithTheNamesAndJdaGetsIdsBack() {
        JsonNode sent = discord.registeredCommands(null);
        assertThat(sent).isNotNull();
        assertThat(sent.findValuesAsText("name")).contains("node", "list", "info", "tunnel", "create", "bind");
        assertThat(sent.get(0).get("options").get(0).get("type").asInt()).isEqualTo(1);
        RecordedHttp put = discord.requests("PUT", "applications/\\d+/commands").get(0);
        assertThat(put.route()).isEqualTo("applications/" + discord.applicationId() + "/commands");
        assertThat(put.response().get(0).get("id").asText()).matches("\\d+");
        assertThat(bot.jda().retrieveCommands().complete())
                .extracting(c -> c.getName())
                .contains("node", "tunnel", "bind", "chart");
    }

    @Test
    void guildCommandsArePutPerGuild() {
        bot.jda()
                .getGuildById(GUILD)
                .updateCommands()
                .addCommands(Commands.slash("admin", "管理"))
                .complete();
        JsonNode sent = discord.awaitRegisteredCommands(GUILD, WAIT);
        assertThat(sent.get(0).get("name").asText()).isEqualTo("admin");
        assertThat(discord.commands(GUILD).get(0).get("guild_id").asText()).isEqualTo(Long.toString(GUILD));
    }

    @Test
    void aSlashCommandReachesJdaWithSubcommandAndOptionsAndReplyIsType4() {
        bot.events.clear(SlashCommandInteractionEvent.class);
        bot.events.onSlash =
                e -> e.reply("节点列表：" + e.getOption("filter").getAsString()).queue();
        InteractionHandle h =
                discord.slashCommand(GUILD, CHANNEL, USER, "zh-CN", "node", "list", Map.of("filter", "online"));

        SlashCommandInteractionEvent event = bot.events.await(SlashCommandInteractionEvent.class, WAIT);
        assertThat(event.getName()).isEqualTo("node");
        assertThat(event.getSubcommandName()).isEqualTo("list");
        assertThat(event.getFullCommandName()).isEqualTo("node list");
        assertThat(event.getOption("filter").getAsString()).isEqualTo("online");
        assertThat(event.getUserLocale()).isEqualTo(DiscordLocale.CHINESE_CHINA);
        assertThat(event.getGuild().getIdLong()).isEqualTo(GUILD);
        assertThat(event.getChannel().getIdLong()).isEqualTo(CHANNEL);
        assertThat(event.getUser().getName()).isEqualTo("boring_student");
        assertThat(event.getMember().getIdLong()).isEqualTo(USER);
        assertThat(event.getContext()).isEqualTo(InteractionContextType.GUILD);
        assertThat(event.getCommandIdLong())
                .isEqualTo(discord.commands(null).get(0).get("id").asLong());

        JsonNode callback = h.awaitCallback(WAIT);
        assertThat(callback.get("type").asInt()).isEqualTo(4);
        assertThat(h.callbackType()).isEqualTo(4);
        JsonNode shown = h.awaitFinalMessage(WAIT);
        assertThat(shown.get("content").asText()).isEqualTo("节点列表：online");
        assertThat(shown.get("allowed_mentions").get("parse").size()).isZero();
        assertThat(h.awaitCallbackRequest(WAIT).query()).containsEntry("with_response", "true");
        assertThat(discord.message(h.messageId())).isPresent();
    }

    @Test
    void typedOptionsFollowTheRegisteredCommand() {
        bot.events.clear(SlashCommandInteractionEvent.class);
        bot.events.onSlash = e -> e.reply("ok").setEphemeral(true).queue();
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("who", USER);
        options.put("verbose", true);
        options.put("days", "7");
        options.put("name", "湖南娄底");
        InteractionHandle h = discord.slashCommand(GUILD, CHANNEL, USER, "en-US", "node", "info", options);
        SlashCommandInteractionEvent event = bot.events.await(SlashCommandInteractionEvent.class, WAIT);
        assertThat(event.getOption("name").getAsString()).isEqualTo("湖南娄底");
        assertThat(event.getOption("days").getAsLong()).isEqualTo(7L);
        assertThat(event.getOption("verbose").getAsBoolean()).isTrue();
        assertThat(event.getOption("who").getAsUser().getName()).isEqualTo("boring_student");
        assertThat(event.getOption("who").getAsMember()).isNotNull();
        assertThat(h.payload()
                        .get("data")
                        .get("options")
                        .get(0)
                        .get("options")
                        .get(0)
                        .get("name")
                        .asText())
                .isEqualTo("name");
        assertThat(h.awaitFinalMessage(WAIT).get("flags").asInt() & 64).isEqualTo(64);
        assertThat(discord.message(h.messageId()).orElseThrow().get("flags").asInt() & 64)
                .isEqualTo(64);
    }

    @Test
    void deferThenEditOriginalIsType5ThenAPatchOfOriginal() {
        bot.events.onSlash =
                e -> e.deferReply().queue(hook -> hook.editOriginal("查询完成").queue());
        InteractionHandle h = discord.slashCommand(GUILD, CHANNEL, USER, "zh-CN", "bind", null, Map.of());
        assertThat(h.awaitCallback(WAIT).get("type").asInt()).isEqualTo(5);
        JsonNode shown = h.awaitFinalMessage(WAIT);
        assertThat(shown.get("content").asText()).isEqualTo("查询完成");
        RecordedHttp edit = h.awaitFinalRequest(WAIT);
        assertThat(edit.method()).isEqualTo("PATCH");
        assertThat(edit.route())
                .isEqualTo("webhooks/" + discord.applicationId() + "/" + h.token() + "/messages/@original");
        assertThat(edit.status()).isEqualTo(200);
        JsonNode stored = discord.message(h.messageId()).orElseThrow();
        assertThat(stored.get("content").asText()).isEqualTo("查询完成");
        assertThat(stored.get("flags").asInt() & 128).isZero(); // no longer "thinking"
    }

    @Test
    void followupsAfterADeferArePostsToTheWebhook() {
        bot.events.onSlash =
                e -> e.deferReply(true).queue(hook -> hook.sendMessage("第二条").queue());
        InteractionHandle h = discord.slashCommand(GUILD, CHANNEL, USER, "zh-CN", "bind", null, Map.of());
        RecordedHttp followup = h.awaitFollowup(0, WAIT);
        assertThat(followup.route()).isEqualTo("webhooks/" + discord.applicationId() + "/" + h.token());
        assertThat(followup.json().get("content").asText()).isEqualTo("第二条");
        assertThat(h.awaitCallback(WAIT).get("data").get("flags").asInt()).isEqualTo(64);
    }

    @Test
    void aButtonPressOnTheBotsMessageReachesJdaAndUpdateMessageIsType7() {
        bot.events.onSlash = e -> e.reply("第 1 页")
                .addComponents(ActionRow.of(Button.primary("page:2", "下一页"), Button.secondary("page:0", "上一页")))
                .queue();
        InteractionHandle command = discord.slashCommand(GUILD, CHANNEL, USER, "zh-CN", "node", "list", Map.of());
        command.awaitFinalMessage(WAIT);
        long messageId = command.messageId();

        bot.events.clear(ButtonInteractionEvent.class);
        bot.events.onButton = e -> e.editMessage("第 2 页").queue();
        InteractionHandle press = discord.button(GUILD, CHANNEL, USER, "zh-CN", "page:2", messageId);
        ButtonInteractionEvent event = bot.events.await(ButtonInteractionEvent.class, WAIT);
        assertThat(event.getComponentId()).isEqualTo("page:2");
        assertThat(event.getButton()).isNotNull();
        assertThat(event.getButton().getLabel()).isEqualTo("下一页");
        assertThat(event.getMessage().getIdLong()).isEqualTo(messageId);
        assertThat(event.getMessage().getContentRaw()).isEqualTo("第 1 页");

        assertThat(press.awaitCallback(WAIT).get("type").asInt()).isEqualTo(7);
        assertThat(press.awaitFinalMessage(WAIT).get("content").asText()).isEqualTo("第 2 页");
        assertThat(press.messageId()).isEqualTo(messageId);
        assertThat(discord.message(messageId).orElseThrow().get("content").asText())
                .isEqualTo("第 2 页");
    }

    @Test
    void aButtonOnAnUnknownMessageGetsAStandInMessage() {
        bot.events.clear(ButtonInteractionEvent.class);
        bot.events.onButton =
                e -> e.deferEdit().queue(hook -> hook.editOriginal("done").queue());
        InteractionHandle press = discord.button(GUILD, CHANNEL, USER, "en-US", "refresh", 0L);
        ButtonInteractionEvent event = bot.events.await(ButtonInteractionEvent.class, WAIT);
        assertThat(event.getComponentId()).isEqualTo("refresh");
        assertThat(press.awaitCallback(WAIT).get("type").asInt()).isEqualTo(6);
        assertThat(press.awaitFinalMessage(WAIT).get("content").asText()).isEqualTo("done");
    }

    @Test
    void autocompleteReachesJdaWithTheFocusedOptionAndChoicesAreType8() {
        bot.events.clear(CommandAutoCompleteInteractionEvent.class);
        bot.events.onAutoComplete = e -> e.replyChoiceStrings("湖南娄底", "湖南长沙").queue();
        InteractionHandle h = discord.autocomplete(GUILD, CHANNEL, USER, "zh-CN", "tunnel", "create", "node", "湖南");
        CommandAutoCompleteInteractionEvent event = bot.events.await(CommandAutoCompleteInteractionEvent.class, WAIT);
        assertThat(event.getFullCommandName()).isEqualTo("tunnel create");
        assertThat(event.getFocusedOption().getName()).isEqualTo("node");
        assertThat(event.getFocusedOption().getValue()).isEqualTo("湖南");
        assertThat(event.getFocusedOption().getType()).isEqualTo(OptionType.STRING);

        JsonNode callback = h.awaitCallback(WAIT);
        assertThat(callback.get("type").asInt()).isEqualTo(8);
        assertThat(callback.get("data").get("choices").findValuesAsText("value"))
                .containsExactly("湖南娄底", "湖南长沙");
    }

    @Test
    void aModalShownByTheBotComesBackAsAModalSubmit() {
        bot.events.onSlash = e -> e.replyModal(Modal.create("bind-modal", "绑定账号")
                        .addComponents(
                                Label.of(
                                        "用户名",
                                        TextInput.create("username", TextInputStyle.SHORT)
                                                .build()),
                                Label.of(
                                        "密码",
                                        TextInput.create("password", TextInputStyle.SHORT)
                                                .build()))
                        .build())
                .queue();
        InteractionHandle command = discord.slashCommand(GUILD, CHANNEL, USER, "zh-CN", "bind", null, Map.of());
        JsonNode modal = command.awaitCallback(WAIT);
        assertThat(modal.get("type").asInt()).isEqualTo(9);
        assertThat(modal.get("data").get("custom_id").asText()).isEqualTo("bind-modal");

        bot.events.clear(ModalInteractionEvent.class);
        bot.events.onModal = e -> e.reply("已绑定 " + e.getValue("username").getAsString())
                .setEphemeral(true)
                .queue();
        InteractionHandle submit = discord.modalSubmit(
                GUILD,
                CHANNEL,
                USER,
                "zh-CN",
                "bind-modal",
                Map.of("username", "boring_student", "password", "Demo@123456"));
        ModalInteractionEvent event = bot.events.await(ModalInteractionEvent.class, WAIT);
        assertThat(event.getModalId()).isEqualTo("bind-modal");
        assertThat(event.getValue("username").getAsString()).isEqualTo("boring_student");
        assertThat(event.getValue("password").getAsString()).isEqualTo("Demo@123456");
        assertThat(submit.awaitFinalMessage(WAIT).get("content").asText()).isEqualTo("已绑定 boring_student");
    }

    @Test
    void aFileReplyArrivesAsMultipartWithPayloadJsonAndTheBytes() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 1, 2, 3};
        bot.events.onSlash = e -> e.replyFiles(FileUpload.fromData(png, "a.png"))
                .setEmbeds(new EmbedBuilder()
                        .setTitle("流量")
                        .setImage("attachment://a.png")
                        .build())
                .queue();
        InteractionHandle h = discord.slashCommand(GUILD, CHANNEL, USER, "zh-CN", "chart", null, Map.of());

        JsonNode shown = h.awaitFinalMessage(WAIT);
        assertThat(shown.get("embeds").get(0).get("image").get("url").asText()).isEqualTo("attachment://a.png");
        assertThat(shown.get("attachments").get(0).get("filename").asText()).isEqualTo("a.png");
        assertThat(shown.get("allowed_mentions").get("parse").size()).isZero();
        RecordedHttp request = h.awaitFinalRequest(WAIT);
        assertThat(request.isMultipart()).isTrue();
        assertThat(h.finalAttachments()).hasSize(1);
        UploadedFile file = h.finalAttachments().get(0);
        assertThat(file.field()).isEqualTo("files[0]");
        assertThat(file.filename()).isEqualTo("a.png");
        assertThat(file.bytes()).isEqualTo(png);

        JsonNode stored = discord.message(h.messageId()).orElseThrow();
        String url = stored.get("attachments").get(0).get("url").asText();
        assertThat(stored.get("embeds").get(0).get("image").get("url").asText()).isEqualTo(url);
        assertThat(stored.get("embeds").get(0).get("type").asText()).isEqualTo("rich");
    }

    @Test
    void aSlashCommandInTheBotsDmHasAUserAndNoGuild() {
        bot.events.clear(SlashCommandInteractionEvent.class);
        bot.events.onSlash = e -> e.reply("私聊好").queue();
        InteractionHandle h = discord.slashCommand(0L, 0L, USER, "zh-CN", "bind", null, Map.of());
        SlashCommandInteractionEvent event = bot.events.await(SlashCommandInteractionEvent.class, WAIT);
        assertThat(event.getGuild()).isNull();
        assertThat(event.getMember()).isNull();
        assertThat(event.getUser().getIdLong()).isEqualTo(USER);
        assertThat(event.getContext()).isEqualTo(InteractionContextType.BOT_DM);
        assertThat(h.awaitFinalMessage(WAIT).get("content").asText()).isEqualTo("私聊好");
    }

    @Test
    void anInteractionInAGuildAndChannelNotYetKnownCreatesThemFirst() {
        long newGuild = GUILD + 50;
        long newChannel = CHANNEL + 50;
        bot.events.clear(SlashCommandInteractionEvent.class);
        bot.events.onSlash = e -> e.reply("在 " + e.getChannel().getName()).queue();
        InteractionHandle h = discord.slashCommand(newGuild, newChannel, USER, "zh-CN", "bind", null, Map.of());
        SlashCommandInteractionEvent event = bot.events.await(SlashCommandInteractionEvent.class, WAIT);
        assertThat(event.getGuild().getIdLong()).isEqualTo(newGuild);
        assertThat(h.awaitFinalMessage(WAIT).get("content").asText()).isEqualTo("在 channel-" + newChannel);
        assertThat(bot.jda().getTextChannelById(newChannel)).isNotNull();
    }

    @Test
    void aSecondAcknowledgementIsRefusedWith40060() {
        java.util.concurrent.CompletableFuture<InteractionHook> hookFuture =
                new java.util.concurrent.CompletableFuture<>();
        bot.events.onSlash = e -> e.reply("first").queue(hookFuture::complete);
        InteractionHandle h = discord.slashCommand(GUILD, CHANNEL, USER, "zh-CN", "bind", null, Map.of());
        h.awaitFinalMessage(WAIT);
        // JDA refuses a second reply itself, so knock on the door directly.
        RawHttp.Response again = RawHttp.post(
                discord.restUrl() + "interactions/" + h.id() + "/" + h.token() + "/callback",
                "{\"type\":4,\"data\":{\"content\":\"again\"}}",
                null);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("code").asInt()).isEqualTo(40060);
        assertThat(h.awaitFinalMessage(WAIT).get("content").asText()).isEqualTo("first");
        assertThat(new String(h.awaitCallbackRequest(WAIT).body(), StandardCharsets.UTF_8))
                .contains("first");
        assertThat(Message.MentionType.values()).isNotEmpty();
    }
}
