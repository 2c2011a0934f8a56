package org.chmlfrp.bot.discord.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.chmlfrp.bot.core.reply.Action;
import org.chmlfrp.bot.core.reply.Block;
import org.chmlfrp.bot.core.reply.Reply;
import org.junit.jupiter.api.Test;

/** Replies as Discord receives them: the JSON of the message create and edit payloads. */
class ReplyRendererTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OWNER = "123456789012345678";

    private final ButtonIds ids = new ButtonIds(Clock.systemUTC());
    private final ReplyRenderer renderer = new ReplyRenderer(ids);

    @Test
    void titleTextAndFieldsBecomeOneEmbed() throws Exception {
        Reply reply = Reply.builder()
                .title("Tunnel mc")
                .text("It runs.")
                .fields(List.of(new Block.Field("Node", "湖南电信", true), new Block.Field("Port", "25565", true)))
                .build();
        JsonNode embed =
                create(renderer.render(reply, OWNER, false)).get("embeds").get(0);

        assertThat(embed.get("title").asText()).isEqualTo("Tunnel mc");
        assertThat(embed.get("description").asText()).isEqualTo("It runs.");
        assertThat(embed.get("color").asInt()).isEqualTo(ReplyRenderer.COLOR);
        assertThat(embed.get("fields")).hasSize(2);
        assertThat(embed.get("fields").get(0).get("name").asText()).isEqualTo("Node");
        assertThat(embed.get("fields").get(0).get("value").asText()).isEqualTo("湖南电信");
        assertThat(embed.get("fields").get(0).get("inline").asBoolean()).isTrue();
    }

    @Test
    void errorsAreRedAndEphemeral() throws Exception {
        RenderedMessage m = renderer.render(Reply.error("无效的Token"), OWNER, false);
        assertThat(m.ephemeral()).isTrue();
        assertThat(create(m).get("embeds").get(0).get("color").asInt()).isEqualTo(ReplyRenderer.ERROR_COLOR);
    }

    @Test
    void ephemeralWhenTheCommandAsksOrTheReplyIsPrivate() {
        assertThat(renderer.render(Reply.text("x"), OWNER, false).ephemeral()).isFalse();
        assertThat(renderer.render(Reply.text("x"), OWNER, true).ephemeral()).isTrue();
        assertThat(renderer.render(Reply.builder().text("x").privateToUser().build(), OWNER, false)
                        .ephemeral())
                .isTrue();
        assertThat(renderer.renderUnprompted(Reply.error("x")).ephemeral()).isFalse();
    }

    @Test
    void noMentionsOnCreateAndOnEdit() throws Exception {
        RenderedMessage m = renderer.render(Reply.text("tunnel @everyone <@&1> <@2>"), OWNER, false);

        JsonNode created = create(m).get("allowed_mentions");
        JsonNode edited = edit(m).get("allowed_mentions");
        assertThat(created).isNotNull();
        assertThat(created.get("parse")).isEmpty();
        assertThat(created.has("users")).isFalse();
        assertThat(created.has("roles")).isFalse();
        assertThat(edited).as("an edit must carry allowed_mentions too").isNotNull();
        assertThat(edited.get("parse")).isEmpty();
        assertThat(edited.has("users")).isFalse();
        assertThat(edit(m).get("embeds").get(0).get("description").asText()).contains("@everyone");
    }

    @Test
    void userTextIsNotMarkdown() throws Exception {
        JsonNode embed = create(renderer.render(Reply.text("**my_tunnel** `x` _y_"), OWNER, false))
                .get("embeds")
                .get(0);
        assertThat(embed.get("description").asText()).isEqualTo("\\*\\*my_tunnel\\*\\* \\`x\\` \\_y\\_");
    }

    @Test
    void tablesAreCodeBlocksWithAlignedColumns() throws Exception {
        Reply reply = Reply.builder()
                .text("Nodes")
                .table(List.of("name", "state"), List.of(List.of("湖南", "online"), List.of("hk-1", "offline")))
                .build();
        String description = create(renderer.render(reply, OWNER, false))
                .get("embeds")
                .get(0)
                .get("description")
                .asText();
        assertThat(description).isEqualTo("Nodes\n```\nname  state\n湖南  online\nhk-1  offline\n```");
    }

    @Test
    void codeIsACodeBlockOrAnAttachedFileWhenItHasAFileName() throws Exception {
        Reply inline =
                Reply.builder().code("ini", "[common]\nserver_addr = x", null).build();
        assertThat(create(renderer.render(inline, OWNER, false))
                        .get("embeds")
                        .get(0)
                        .get("description")
                        .asText())
                .isEqualTo("```ini\n[common]\nserver_addr = x\n```");

        Reply file = Reply.builder()
                .text("Your config")
                .code("ini", "[common]\n", "frpc.ini")
                .build();
        RenderedMessage m = renderer.render(file, OWNER, true);
        assertThat(m.attachments()).extracting(Attachment::fileName).containsExactly("frpc.ini");
        assertThat(new String(m.attachments().get(0).data(), StandardCharsets.UTF_8))
                .isEqualTo("[common]\n");
        MessageCreateData data = m.toCreateData();
        assertThat(data.getFiles()).extracting(FileUpload::getName).containsExactly("frpc.ini");
        assertThat(JSON.readTree(data.toData().toJson())
                        .get("embeds")
                        .get(0)
                        .get("description")
                        .asText())
                .isEqualTo("Your config");
    }

    @Test
    void backticksInsideCodeCannotCloseTheBlock() throws Exception {
        Reply r = Reply.builder().code("", "a```b", null).build();
        String d = create(renderer.render(r, OWNER, false))
                .get("embeds")
                .get(0)
                .get("description")
                .asText();
        assertThat(d).startsWith("```\n").endsWith("\n```");
        assertThat(d.substring(3, d.length() - 3)).doesNotContain("```");
    }

    @Test
    void imagesAreUploadedAndShownInTheEmbed() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
        Reply r = Reply.builder()
                .title("Uptime")
                .image(png, "uptime.png", "chart")
                .build();
        RenderedMessage m = renderer.render(r, OWNER, false);

        assertThat(m.attachments()).extracting(Attachment::fileName).containsExactly("uptime.png");
        JsonNode json = create(m);
        assertThat(json.get("embeds").get(0).get("image").get("url").asText()).isEqualTo("attachment://uptime.png");
        assertThat(json.get("attachments").get(0).get("filename").asText()).isEqualTo("uptime.png");
        assertThat(edit(m).get("embeds").get(0).get("image").get("url").asText())
                .isEqualTo("attachment://uptime.png");
    }

    @Test
    void confirmIsDangerCancelIsSecondaryPageIsPrimaryAndTheirIdsCarryTheOwner() throws Exception {
        Reply r = Reply.builder()
                .text("Delete mc?")
                .action(new Action(Action.Kind.CONFIRM, "确认", "confirm"))
                .action(new Action(Action.Kind.CANCEL, "取消", "cancel"))
                .action(new Action(Action.Kind.PAGE, "Next", "tunnel list 2"))
                .build();
        JsonNode buttons = create(renderer.render(r, OWNER, false))
                .get("components")
                .get(0)
                .get("components");

        assertThat(buttons).hasSize(3);
        assertThat(buttons.get(0).get("style").asInt()).isEqualTo(4);
        assertThat(buttons.get(0).get("label").asText()).isEqualTo("确认");
        assertThat(buttons.get(0).get("custom_id").asText()).isEqualTo("cmd:" + OWNER + ":confirm");
        assertThat(buttons.get(1).get("style").asInt()).isEqualTo(2);
        assertThat(buttons.get(1).get("label").asText()).isEqualTo("取消");
        assertThat(buttons.get(2).get("style").asInt()).isEqualTo(1);
        ButtonIds.Pressed pressed =
                ids.decode(buttons.get(2).get("custom_id").asText()).orElseThrow();
        assertThat(pressed.ownerId()).isEqualTo(OWNER);
        assertThat(pressed.command()).contains("tunnel list 2");
    }

    @Test
    void unpromptedMessagesHaveNoButtons() throws Exception {
        Reply r = Reply.builder()
                .text("x")
                .action(new Action(Action.Kind.PAGE, "Next", "node list 2"))
                .build();
        assertThat(create(renderer.renderUnprompted(r)).get("components")).isEmpty();
    }

    @Test
    void pagingShowsInTheFooter() throws Exception {
        Reply r = Reply.builder().text("rows").page(2, 5, "Next", "node list").build();
        assertThat(create(renderer.render(r, OWNER, false))
                        .get("embeds")
                        .get(0)
                        .get("footer")
                        .get("text")
                        .asText())
                .isEqualTo("2/5");
    }

    @Test
    void discordsLimitsAreKept() throws Exception {
        List<Block.Field> fields = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            fields.add(new Block.Field("f" + i, "v".repeat(2000), false));
        }
        Reply r = Reply.builder()
                .title("t".repeat(300))
                .text("x".repeat(5000))
                .fields(fields)
                .build();
        JsonNode json = create(renderer.render(r, OWNER, false));

        int total = 0;
        for (JsonNode e : json.get("embeds")) {
            assertThat(e.path("fields").size()).isLessThanOrEqualTo(25);
            e.path("fields")
                    .forEach(f -> assertThat(f.get("value").asText().length()).isLessThanOrEqualTo(1024));
            assertThat(e.path("description").asText().length()).isLessThanOrEqualTo(4096);
            assertThat(e.path("title").asText().length()).isLessThanOrEqualTo(256);
            total += e.path("title").asText().length()
                    + e.path("description").asText().length();
            for (JsonNode f : e.path("fields")) {
                total += f.get("name").asText().length()
                        + f.get("value").asText().length();
            }
        }
        assertThat(total).isLessThanOrEqualTo(6000);
    }

    @Test
    void aTooLongCodeBlockBecomesAFile() {
        Reply r = Reply.builder().code("ini", "x\n".repeat(3000), null).build();
        RenderedMessage m = renderer.render(r, OWNER, true);
        assertThat(m.attachments()).extracting(Attachment::fileName).containsExactly("code.txt");
    }

    private static JsonNode create(RenderedMessage m) throws Exception {
        return JSON.readTree(m.toCreateData().toData().toJson());
    }

    private static JsonNode edit(RenderedMessage m) throws Exception {
        MessageEditData data = m.toEditData();
        return JSON.readTree(data.toData().toJson());
    }
}
