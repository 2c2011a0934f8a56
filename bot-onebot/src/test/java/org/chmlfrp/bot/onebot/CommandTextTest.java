package org.chmlfrp.bot.onebot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.chmlfrp.bot.onebot.protocol.CqCode;
import org.chmlfrp.bot.onebot.protocol.Segment;
import org.junit.jupiter.api.Test;

/** @bot detection and the command line from segments. */
class CommandTextTest {
    private static final long BOT = 10000;

    @Test
    void atTheBotAtTheStartOfAGroupMessageIsAMention() {
        CommandText t = CommandText.of(List.of(Segment.at(BOT), Segment.text(" tunnel list")), BOT, true);
        assertThat(t).isEqualTo(new CommandText("tunnel list", true));
    }

    @Test
    void aQuotedReplyBeforeTheAtStillCounts() {
        CommandText t =
                CommandText.of(CqCode.parse("[CQ:reply,id=5][CQ:at,qq=10000] [CQ:at,qq=10000] /help"), BOT, true);
        assertThat(t).isEqualTo(new CommandText("/help", true));
    }

    @Test
    void atSomeoneElseIsNoMention() {
        CommandText t = CommandText.of(List.of(Segment.at(12345), Segment.text(" help")), BOT, true);
        assertThat(t.mentioned()).isFalse();
        assertThat(t.text()).isEqualTo("help");
    }

    @Test
    void atTheBotLaterInTheMessageIsNoMention() {
        CommandText t = CommandText.of(List.of(Segment.text("hello "), Segment.at(BOT)), BOT, true);
        assertThat(t.mentioned()).isFalse();
    }

    @Test
    void privateChatsHaveNoMentions() {
        CommandText t = CommandText.of(List.of(Segment.at(BOT), Segment.text("/help")), BOT, false);
        assertThat(t.mentioned()).isFalse();
    }

    @Test
    void otherSegmentsStandAsSpaces() {
        CommandText t = CommandText.of(
                List.of(Segment.text("/echo a"), new Segment("face", Map.of("id", "1")), Segment.text("b")), BOT, true);
        assertThat(t.text()).isEqualTo("/echo a b");
    }

    @Test
    void unknownSelfIdMentionsNothing() {
        assertThat(CommandText.of(List.of(Segment.at(BOT), Segment.text("x")), 0, true)
                        .mentioned())
                .isFalse();
    }
}
