package org.chmlfrp.bot.testkit.onebot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CqCodeTest {

    @Test
    void textEscapesAmpersandAndBracketsButNotCommas() {
        assertThat(CqCode.escapeText("a&b [x], y")).isEqualTo("a&amp;b &#91;x&#93;, y");
    }

    @Test
    void valuesAlsoEscapeCommas() {
        assertThat(CqCode.encode(new Segment("image", Map.of("file", "a,b&[c]"))))
                .isEqualTo("[CQ:image,file=a&#44;b&amp;&#91;c&#93;]");
    }

    @Test
    void encodesSegmentsInOrderWithParametersInInsertionOrder() {
        List<Segment> message =
                List.of(Segment.reply(7), Segment.at(10000), Segment.text(" [hi] & bye"), Segment.face(14));
        assertThat(CqCode.encode(message))
                .isEqualTo("[CQ:reply,id=7][CQ:at,qq=10000] &#91;hi&#93; &amp; bye[CQ:face,id=14]");
    }

    @Test
    void decodeInvertsEncode() {
        List<Segment> message = List.of(
                Segment.text("x&#91;literal&amp;"),
                Segment.at(1),
                Segment.image("base64://AA,=="),
                Segment.text("[not, code]"));
        assertThat(CqCode.decode(CqCode.encode(message))).isEqualTo(message);
    }

    @Test
    void malformedCodesStayText() {
        assertThat(CqCode.decode("a [CQ:at,qq=1 b [CQ:,x] [CQ:face,bad] c"))
                .containsExactly(Segment.text("a [CQ:at,qq=1 b [CQ:,x] [CQ:face,bad] c"));
        assertThat(CqCode.decode("[x[CQ:at,qq=1]")).containsExactly(Segment.text("[x"), Segment.at(1));
    }
}
