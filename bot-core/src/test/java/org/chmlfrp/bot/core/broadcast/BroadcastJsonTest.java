package org.chmlfrp.bot.core.broadcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chmlfrp.bot.core.reply.Action;
import org.chmlfrp.bot.core.reply.Block;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.core.store.StoreException;
import org.junit.jupiter.api.Test;

/** What the outbox stores comes back as it went in: every block kind, and the node states in order. */
class BroadcastJsonTest {
    private final BroadcastJson json = new BroadcastJson();

    @Test
    void aReplyWithEveryKindOfBlockSurvivesTheRoundTrip() {
        Reply reply = Reply.builder()
                .title("每日摘要")
                .text("节点：12 在线")
                .fields(List.of(new Block.Field("在线", "12", true), new Block.Field("离线", null, false)))
                .table(List.of("节点", "状态"), List.of(List.of("湖南娄底", "在线")))
                .code("ini", "[common]\nserver_port = 7000", "frpc.ini")
                .image(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2}, "uptime.png", "在线率")
                .action(new Action(Action.Kind.CANCEL, "取消", "cancel"))
                .page(1, 3, "下一页", "node list")
                .build();
        assertThat(json.readReply(json.write(reply))).isEqualTo(reply);
    }

    @Test
    void nodeStatesKeepTheirOrder() {
        Map<String, Boolean> states = new LinkedHashMap<>();
        states.put("湖南娄底", true);
        states.put("江苏宿迁", false);
        states.put("中国香港CN2-4", true);
        assertThat(json.readStates(json.write(states)))
                .containsExactly(Map.entry("湖南娄底", true), Map.entry("江苏宿迁", false), Map.entry("中国香港CN2-4", true));
    }

    @Test
    void aDamagedBodyIsAStoreErrorNotItsText() {
        assertThatThrownBy(() -> json.readReply("{\"title\": \"x\", \"blocks\": [{\"type\": \"nope\"}]"))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("a queued broadcast cannot be read back");
    }
}
