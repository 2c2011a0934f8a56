package org.chmlfrp.bot.onebot.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.List;
import org.chmlfrp.bot.core.chat.BotLocale;
import org.chmlfrp.bot.core.i18n.I18n;
import org.chmlfrp.bot.core.reply.Action;
import org.chmlfrp.bot.core.reply.Block;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.onebot.protocol.Segment;
import org.junit.jupiter.api.Test;

/** Reply → segment arrays: text only in text segments, no ats, quotes, hints, images, splitting. */
class SegmentRendererTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};
    private final SegmentRenderer zh = new SegmentRenderer(new I18n(), BotLocale.ZH_CN, "/", 4000);

    private static String text(OutgoingMessage m) {
        return m.plainText();
    }

    @Test
    void textFieldsTableAndCodeBecomeOneTextSegment() {
        Reply reply = Reply.builder()
                .title("隧道")
                .text("hello")
                .fields(List.of(new Block.Field("名称", "web", true), new Block.Field("端口", "8080", true)))
                .table(List.of("ID", "名称"), List.of(List.of("1", "网站"), List.of("22", "ssh")))
                .code("toml", "[common]\nserver_addr = \"x\"\n", "frpc.ini")
                .build();
        List<OutgoingMessage> out = zh.render(reply, null);
        assertThat(out).hasSize(1);
        assertThat(out.get(0).segments()).hasSize(1);
        assertThat(out.get(0).segments().get(0).type()).isEqualTo("text");
        assertThat(text(out.get(0)))
                .isEqualTo(String.join(
                        "\n",
                        "【隧道】",
                        "hello",
                        "名称: web",
                        "端口: 8080",
                        "ID  名称",
                        "1   网站",
                        "22  ssh",
                        "[common]",
                        "server_addr = \"x\""));
    }

    @Test
    void cqCodesInUserOrApiTextStayLiteralText() {
        Reply reply = Reply.builder()
                .table(List.of("ID", "名称"), List.of(List.of("7", "[CQ:at,qq=all]")))
                .text("隧道 [CQ:at,qq=10001] [CQ:image,file=http://evil/x.png] &#91;CQ:face&#93;")
                .build();
        List<OutgoingMessage> out = zh.render(reply, "55");
        List<Segment> segments = out.get(0).segments();
        assertThat(segments).extracting(Segment::type).containsExactly("reply", "text");
        assertThat(segments).noneMatch(s -> s.is("at") || s.is("image"));
        assertThat(text(out.get(0))).contains("[CQ:at,qq=all]", "[CQ:at,qq=10001]", "&#91;CQ:face&#93;");
        assertThat(segments.get(1).toJson().toString()).contains("\"type\":\"text\"");
    }

    @Test
    void groupRepliesQuoteTheCommandFirstAndOnlyOnce() {
        String big = ("line ".repeat(20) + "\n").repeat(100);
        List<OutgoingMessage> out =
                new SegmentRenderer(new I18n(), BotLocale.ZH_CN, "/", 500).render(Reply.text(big), "99");
        assertThat(out.size()).isGreaterThan(1);
        assertThat(out.get(0).segments().get(0)).isEqualTo(Segment.reply("99"));
        assertThat(out.subList(1, out.size()))
                .allMatch(m -> m.segments().stream().noneMatch(s -> s.is("reply")));
    }

    @Test
    void longRepliesSplitAtLineBreaksWithNothingLost() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 900; i++) {
            b.append("row ").append(i).append(" 一些中文内容\n");
        }
        String all = b.toString().strip();
        List<OutgoingMessage> out = zh.render(Reply.text(all), null);
        assertThat(out.size()).isGreaterThan(1);
        assertThat(out).allMatch(m -> text(m).length() <= 4000);
        assertThat(String.join(
                        "\n", out.stream().map(OutgoingMessage::plainText).toList()))
                .isEqualTo(all);
        assertThat(text(out.get(1))).startsWith("row ");
    }

    @Test
    void aSingleHugeLineIsCutHard() {
        String line = "x".repeat(9000);
        List<OutgoingMessage> out = zh.render(Reply.text(line), null);
        assertThat(out).hasSize(3);
        assertThat(String.join("", out.stream().map(OutgoingMessage::plainText).toList()))
                .isEqualTo(line);
    }

    @Test
    void imagesAreBase64SegmentsWithAltTextFallback() {
        Reply reply = Reply.builder()
                .text("7 天流量")
                .image(PNG, "traffic.png", "流量图：入 1 GB，出 2 GB")
                .text("完")
                .build();
        OutgoingMessage m = zh.render(reply, null).get(0);
        assertThat(m.segments()).extracting(Segment::type).containsExactly("text", "image", "text");
        String file = m.segments().get(1).get("file");
        assertThat(file).startsWith("base64://");
        assertThat(Base64.getDecoder().decode(file.substring("base64://".length())))
                .isEqualTo(PNG);
        assertThat(m.hasImage()).isTrue();
        assertThat(m.textOnly()).extracting(Segment::type).containsExactly("text");
        assertThat(m.textOnly().get(0).get("text")).isEqualTo("7 天流量\n[流量图：入 1 GB，出 2 GB]\n完");
    }

    @Test
    void quoteIsKeptInTheTextFallback() {
        OutgoingMessage m = zh.render(
                        Reply.builder().image(PNG, "c.png", "chart").build(), "5")
                .get(0);
        assertThat(m.segments()).extracting(Segment::type).containsExactly("reply", "image");
        assertThat(m.textOnly()).containsExactly(Segment.reply("5"), Segment.text("[chart]"));
    }

    @Test
    void pageActionBecomesTheLocalizedHintWithThePrefix() {
        Reply reply =
                Reply.builder().text("list").page(1, 3, "next", "tunnel list").build();
        assertThat(text(zh.render(reply, null).get(0))).isEqualTo("list\n第 1/3 页\n下一页：发送 /tunnel list 2");
        SegmentRenderer en = new SegmentRenderer(new I18n(), BotLocale.EN, "#", 4000);
        assertThat(text(en.render(reply, null).get(0)))
                .endsWith("#tunnel list 2")
                .doesNotContain("下一页");
    }

    @Test
    void confirmAndCancelAddNoText() {
        Reply reply = Reply.builder()
                .text("删除隧道 web？发送 /confirm 确认")
                .action(new Action(Action.Kind.CONFIRM, "确认", "confirm"))
                .action(new Action(Action.Kind.CANCEL, "取消", "cancel"))
                .build();
        assertThat(text(zh.render(reply, null).get(0))).isEqualTo("删除隧道 web？发送 /confirm 确认");
    }

    @Test
    void anEmptyReplySendsNothing() {
        assertThat(zh.render(Reply.builder().build(), "1")).isEmpty();
    }
}
