package org.chmlfrp.bot.testkit.onebot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SentMessageTest {

    private final ObjectMapper json = new ObjectMapper();

    private RecordedAction send(String params) throws Exception {
        return new RecordedAction("send_group_msg", json.readTree(params), null, Instant.EPOCH);
    }

    @Test
    void decodesAnArrayMessage() throws Exception {
        String png = Base64.getEncoder().encodeToString("PNG bytes".getBytes(StandardCharsets.UTF_8));
        SentMessage sent = SentMessage.of(send("""
                {"group_id": 5000, "message": [
                  {"type": "reply", "data": {"id": "42"}},
                  {"type": "at", "data": {"qq": 10001}},
                  {"type": "text", "data": {"text": " 节点列表\\n"}},
                  {"type": "image", "data": {"file": "base64://%s"}},
                  {"type": "text", "data": {"text": "end"}}
                ]}""".formatted(png)));

        assertThat(sent.wasCqString()).isFalse();
        assertThat(sent.text()).isEqualTo(" 节点列表\nend");
        assertThat(sent.hasReply()).isTrue();
        assertThat(sent.replyTo()).contains("42");
        assertThat(sent.atTargets()).containsExactly("10001");
        assertThat(sent.hasImage()).isTrue();
        assertThat(sent.imageBytes())
                .singleElement()
                .satisfies(bytes ->
                        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("PNG bytes"));
        assertThat(sent.groupId()).hasValue(5000);
        assertThat(sent.userId()).isEmpty();
        assertThat(sent.segments()).extracting(Segment::type).containsExactly("reply", "at", "text", "image", "text");
    }

    @Test
    void parsesACqStringAndSaysSo() throws Exception {
        SentMessage sent = SentMessage.of(send("""
                {"group_id": "5000", "message": "[CQ:reply,id=9][CQ:at,qq=10001] a&#44;b &#91;ok&#93; &amp; [CQ:image,file=base64://AQID]"}"""));

        assertThat(sent.wasCqString()).isTrue();
        assertThat(sent.text()).isEqualTo(" a,b [ok] & ");
        assertThat(sent.hasReply()).isTrue();
        assertThat(sent.atTargets()).containsExactly("10001");
        assertThat(sent.imageBytes()).singleElement().isEqualTo(new byte[] {1, 2, 3});
        assertThat(sent.groupId()).hasValue(5000);
    }

    @Test
    void autoEscapedStringIsPlainText() throws Exception {
        SentMessage sent = SentMessage.of(send("""
                {"user_id": 10001, "message": "[CQ:at,qq=1] literal", "auto_escape": true}"""));

        assertThat(sent.wasCqString()).isTrue();
        assertThat(sent.segments()).containsExactly(Segment.text("[CQ:at,qq=1] literal"));
        assertThat(sent.hasAt()).isFalse();
        assertThat(sent.userId()).hasValue(10001);
    }

    @Test
    void acceptsASingleSegmentObject() throws Exception {
        SentMessage sent = SentMessage.of(send("""
                {"group_id": 5000, "message": {"type": "image", "data": {"file": "https://example.com/a.png"}}}"""));

        assertThat(sent.hasImage()).isTrue();
        assertThat(sent.imageBytes()).isEmpty();
        assertThat(sent.text()).isEmpty();
        assertThat(sent.hasReply()).isFalse();
    }

    @Test
    void refusesParamsWithoutAMessage() {
        JsonNode params = json.createObjectNode().put("group_id", 1);
        assertThatThrownBy(() -> SentMessage.of(params)).isInstanceOf(IllegalArgumentException.class);
    }
}
