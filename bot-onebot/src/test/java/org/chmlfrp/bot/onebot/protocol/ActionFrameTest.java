package org.chmlfrp.bot.onebot.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActionFrameTest {

    @Test
    void aSendFrameCarriesTheTargetAndEachSegmentAsValidUtf8Json() throws Exception {
        String userText = "节点 \"湖南娄底\" [CQ:at,qq=all] \\ 🚀\n下一行";
        List<Segment> message = List.of(Segment.reply("42"), Segment.text(userText));

        byte[] bytes =
                ActionFrame.encode("send_group_msg", MessageTarget.group(5000).sendParams(message), "s1-7");

        String text = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
        JsonNode frame = Json.MAPPER.readTree(text);
        assertThat(frame.get("action").asText()).isEqualTo("send_group_msg");
        assertThat(frame.get("echo").asText()).isEqualTo("s1-7");
        assertThat(frame.at("/params/group_id").asLong()).isEqualTo(5000);
        assertThat(frame.at("/params/user_id").isMissingNode()).isTrue();
        assertThat(frame.at("/params/message/0/type").asText()).isEqualTo("reply");
        assertThat(frame.at("/params/message/0/data/id").asText()).isEqualTo("42");
        assertThat(frame.at("/params/message/1/type").asText()).isEqualTo("text");
        assertThat(frame.at("/params/message/1/data/text").asText()).isEqualTo(userText);
        assertThat(frame.at("/params/message").size()).isEqualTo(2);
    }

    @Test
    void aPrivateTargetNamesTheUserAndTreeParamsAreCopiedAsGiven() throws Exception {
        JsonNode privateFrame = Json.MAPPER.readTree(ActionFrame.encode(
                "send_private_msg", MessageTarget.user(20000).sendParams(List.of(Segment.text("hi"))), "e"));
        assertThat(privateFrame.at("/params/user_id").asLong()).isEqualTo(20000);

        JsonNode tree = Json.MAPPER.readTree(ActionFrame.encode(
                "delete_msg", ActionParams.of(Json.MAPPER.createObjectNode().put("message_id", 9)), "e"));
        assertThat(tree.at("/params/message_id").asInt()).isEqualTo(9);

        JsonNode empty = Json.MAPPER.readTree(ActionFrame.encode("get_login_info", ActionParams.of(null), "e"));
        assertThat(empty.get("params").isObject()).isTrue();
        assertThat(empty.get("params").size()).isZero();
    }
}
