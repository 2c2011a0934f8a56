package org.chmlfrp.bot.onebot.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** CQ strings per OneBot v11 message/string.md: escapes, parsing, round trips. */
class CqCodeTest {

    @Test
    void textEscapesAmpersandAndBracketsButNotCommas() {
        assertThat(CqCode.escapeText("a&b[c]d,e")).isEqualTo("a&amp;b&#91;c&#93;d,e");
    }

    @Test
    void paramEscapesCommasToo() {
        assertThat(CqCode.escapeParam("a,b&[x]")).isEqualTo("a&#44;b&amp;&#91;x&#93;");
    }

    @Test
    void unescapeIsOnePassSoEscapedEscapesSurvive() {
        assertThat(CqCode.unescape("&amp;#91;")).isEqualTo("&#91;");
        assertThat(CqCode.unescape("&#91;CQ:at,qq=all&#93;")).isEqualTo("[CQ:at,qq=all]");
        assertThat(CqCode.unescape("&#44;&amp;&lt;")).isEqualTo(",&&lt;");
        assertThat(CqCode.unescape("plain")).isEqualTo("plain");
    }

    @Test
    void parsesCodesAndTextInOrder() {
        List<Segment> s = CqCode.parse("[CQ:reply,id=12][CQ:at,qq=10000] /tunnel list 2");
        assertThat(s)
                .containsExactly(
                        new Segment("reply", Map.of("id", "12")),
                        new Segment("at", Map.of("qq", "10000")),
                        Segment.text(" /tunnel list 2"));
    }

    @Test
    void parsesEscapedTextAndParamValues() {
        List<Segment> s = CqCode.parse("a&#91;1&#93;&amp;b[CQ:image,file=x&#44;y.png,url=http://h/?a=1&amp;b=2]tail,");
        assertThat(s)
                .containsExactly(
                        Segment.text("a[1]&b"),
                        new Segment("image", Map.of("file", "x,y.png", "url", "http://h/?a=1&b=2")),
                        Segment.text("tail,"));
    }

    @Test
    void anEscapedCqCodeInTextIsText() {
        List<Segment> s = CqCode.parse("name &#91;CQ:at,qq=all&#93; here");
        assertThat(s).containsExactly(Segment.text("name [CQ:at,qq=all] here"));
    }

    @Test
    void unterminatedOrEmptyCodeStaysText() {
        assertThat(CqCode.parse("x [CQ:at,qq=1")).containsExactly(Segment.text("x [CQ:at,qq=1"));
        assertThat(CqCode.parse("[CQ:]y")).containsExactly(Segment.text("[CQ:]y"));
        assertThat(CqCode.parse("")).isEmpty();
    }

    @Test
    void codeWithoutParams() {
        assertThat(CqCode.parse("[CQ:shake]")).containsExactly(new Segment("shake", Map.of()));
    }

    @Test
    void renderThenParseIsIdentityForMixedMessages() {
        List<Segment> message = List.of(
                Segment.text("[CQ:at,qq=all] & friends, [x]"),
                Segment.at(10001),
                new Segment("image", Map.of("file", "a,b&c[1].png")),
                Segment.text("&#91;literal&#93;"));
        assertThat(CqCode.parse(CqCode.render(message))).isEqualTo(message);
    }

    @Test
    void randomTextRoundTrips() {
        Random r = new Random(42);
        String alphabet = "ab,&[]#;91 CQ:=中文";
        for (int i = 0; i < 500; i++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(30) + 1;
            for (int k = 0; k < n; k++) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String text = b.toString();
            assertThat(CqCode.unescape(CqCode.escapeText(text))).isEqualTo(text);
            assertThat(CqCode.unescape(CqCode.escapeParam(text))).isEqualTo(text);
            assertThat(CqCode.parse(CqCode.render(List.of(Segment.text(text))))).containsExactly(Segment.text(text));
        }
    }
}
