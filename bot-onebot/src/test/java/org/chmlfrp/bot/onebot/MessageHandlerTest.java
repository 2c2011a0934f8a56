package org.chmlfrp.bot.onebot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.chmlfrp.bot.core.chat.BotLocale;
import org.chmlfrp.bot.core.chat.Role;
import org.chmlfrp.bot.core.command.RateLimit;
import org.chmlfrp.bot.core.i18n.I18n;
import org.chmlfrp.bot.onebot.protocol.EventDecoder;
import org.chmlfrp.bot.onebot.protocol.OneBotEvent;
import org.chmlfrp.bot.onebot.protocol.Segment;
import org.chmlfrp.bot.onebot.render.SegmentRenderer;
import org.chmlfrp.bot.onebot.testing.Events;
import org.chmlfrp.bot.onebot.testing.MemoryChannel;
import org.chmlfrp.bot.onebot.testing.PeerLogic;
import org.chmlfrp.bot.onebot.testing.RecordedCall;
import org.chmlfrp.bot.onebot.testing.ToyCommands;
import org.chmlfrp.bot.onebot.transport.OneBotSession;
import org.chmlfrp.bot.onebot.transport.OneBotSessions;
import org.chmlfrp.bot.onebot.transport.SessionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Message events through a real dispatcher (toy commands) to the actions the bot calls. */
class MessageHandlerTest {
    private static final long BOT = 10000;
    private static final Duration WAIT = Duration.ofSeconds(5);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final I18n i18n = new I18n();
    private final ToyCommands toys = new ToyCommands();
    private final OneBotSessions sessions = new OneBotSessions();
    private final MessageHandler handler = new MessageHandler(
            toys.dispatcher(i18n),
            sessions,
            new SegmentRenderer(i18n, BotLocale.ZH_CN, "/", 4000),
            BotLocale.ZH_CN,
            i18n);
    private final PeerLogic peer = new PeerLogic(BOT);
    private final EventDecoder decoder = new EventDecoder();
    private final OneBotSession session = session(peer, BOT);

    private OneBotSession session(PeerLogic logic, long selfId) {
        MemoryChannel channel = new MemoryChannel(logic);
        SessionListener listener = new SessionListener() {
            @Override
            public void onAccountKnown(OneBotSession s) {
                sessions.bind(s);
            }

            @Override
            public void onEvent(OneBotSession s, OneBotEvent e) {
                if (e instanceof OneBotEvent.Message m) {
                    handler.handle(s, m);
                }
            }

            @Override
            public void onClosed(OneBotSession s) {
                sessions.closed(s);
            }
        };
        OneBotSession s =
                new OneBotSession("memory", channel, Duration.ofSeconds(2), RateLimit.UNLIMITED, timer, listener);
        channel.connect(s::receive, () -> s.closed(1000));
        sessions.opened(s);
        s.bindAccount(selfId);
        return s;
    }

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    private void receive(com.fasterxml.jackson.databind.JsonNode event) {
        session.receive(event.toString());
    }

    /**
     * The messages so far ran no command (the toy dispatcher runs commands on the caller's thread)
     * and got no answer: a later command is answered, and that answer is the only message sent.
     */
    private void assertIgnoredSoFar() {
        assertThat(toys.invocations()).isEmpty();
        receive(Events.privateText(BOT, 10001, 99, "/echo later"));
        assertThat(peer.await("send_private_msg", c -> true, WAIT).text()).isEqualTo("echo: later");
        assertThat(peer.calls("send_private_msg")).hasSize(1);
        assertThat(peer.calls("send_group_msg")).isEmpty();
    }

    @Test
    void aPrivateCommandIsAnsweredPrivatelyAsASegmentArray() {
        receive(Events.privateText(BOT, 10001, 7, "/echo hello"));
        RecordedCall send = peer.await("send_private_msg", c -> true, WAIT);
        assertThat(send.params().get("user_id").asLong()).isEqualTo(10001);
        assertThat(send.segments()).containsExactly(Segment.text("echo: hello"));
        assertThat(toys.invocations().get(0).secretSafe()).isTrue();
    }

    @Test
    void aGroupCommandQuotesTheMessageAndMapsTheRole() {
        receive(Events.groupText(BOT, 5000, 10001, "owner", 42, "#echo hi"));
        RecordedCall send = peer.await("send_group_msg", c -> true, WAIT);
        assertThat(send.params().get("group_id").asLong()).isEqualTo(5000);
        assertThat(send.segments()).containsExactly(Segment.reply("42"), Segment.text("echo: hi"));
        assertThat(toys.invocations().get(0).role()).isEqualTo(Role.GROUP_ADMIN);
        assertThat(toys.invocations().get(0).place().botAccount()).isEqualTo("10000");
    }

    @Test
    void atTheBotWorksWithoutAPrefixAndTheAtIsRemoved() {
        receive(Events.groupMessage(
                BOT, 5000, 10001, "member", 43, Events.array(Segment.at(BOT), Segment.text(" echo via mention"))));
        RecordedCall send = peer.await("send_group_msg", c -> true, WAIT);
        assertThat(send.text()).isEqualTo("echo: via mention");
        assertThat(toys.invocations().get(0).role()).isEqualTo(Role.MEMBER);
    }

    @Test
    void atSomeoneElseWithoutAPrefixIsPlainChat() {
        receive(Events.groupMessage(
                BOT, 5000, 10001, "member", 44, Events.array(Segment.at(12345), Segment.text(" echo nope"))));
        assertIgnoredSoFar();
    }

    @Test
    void aChineseAliasWorksWithoutAPrefix() {
        receive(Events.privateText(BOT, 10001, 8, "回声 你好"));
        assertThat(peer.await("send_private_msg", c -> true, WAIT).text()).isEqualTo("echo: 你好");
    }

    @Test
    void plainChatGetsNoAnswer() {
        receive(Events.privateText(BOT, 10001, 9, "hello there"));
        receive(Events.groupText(BOT, 5000, 10001, "member", 10, "echo not for the bot"));
        assertIgnoredSoFar();
    }

    @Test
    void theBotsOwnMessagesAndOtherBotAccountsAreIgnored() {
        OneBotSession other = session(new PeerLogic(20000), 20000);
        assertThat(sessions.isBotAccount(20000)).isTrue();
        var sent = Events.groupText(BOT, 5000, BOT, "member", 11, "/echo loop");
        sent.put("post_type", "message_sent");
        receive(sent);
        receive(Events.groupText(BOT, 5000, BOT, "member", 12, "/echo self"));
        receive(Events.groupText(BOT, 5000, 20000, "member", 13, "/echo other bot"));
        assertIgnoredSoFar();
        assertThat(other.isOpen()).isTrue();
    }

    @Test
    void cqCodesTypedByUsersComeBackAsLiteralText() {
        var event = Events.groupMessage(
                BOT, 5000, 10001, "member", 50, TextNode.valueOf("/echo &#91;CQ:at,qq=all&#93; [CQ:face,id=1] x"));
        receive(event);
        RecordedCall send = peer.await("send_group_msg", c -> true, WAIT);
        assertThat(send.params().get("message").isArray()).isTrue();
        assertThat(send.segments()).extracting(Segment::type).containsExactly("reply", "text");
        assertThat(send.text()).isEqualTo("echo: [CQ:at,qq=all] x");
    }

    @Test
    void aSecretInAGroupIsRecalledThenWarnedAbout() {
        receive(Events.groupText(BOT, 5000, 10001, "member", 77, "/secret abcdef123456"));
        RecordedCall warn = peer.await("send_group_msg", c -> true, WAIT);
        RecordedCall delete = peer.await("delete_msg", c -> true, WAIT);
        assertThat(delete.params().get("message_id").isNumber()).isTrue();
        assertThat(delete.params().get("message_id").asLong()).isEqualTo(77);
        assertThat(delete.atNanos()).isLessThan(warn.atNanos());
        assertThat(warn.text()).doesNotContain("abcdef123456").isNotBlank();
        assertThat(warn.segments().get(0)).isEqualTo(Segment.reply("77"));
    }

    @Test
    void aFailedRecallStillSendsTheWarning() {
        peer.answer("delete_msg", p -> PeerLogic.failed(100));
        receive(Events.groupText(BOT, 5000, 10001, "member", 78, "/secret abcdef123456"));
        assertThat(peer.await("send_group_msg", c -> true, WAIT).text()).doesNotContain("abcdef123456");
    }

    @Test
    void anUnansweredRecallStillSendsTheWarning() {
        peer.ignore("delete_msg");
        receive(Events.groupText(BOT, 5000, 10001, "member", 79, "/secret abcdef123456"));
        assertThat(peer.await("send_group_msg", c -> true, WAIT).text()).doesNotContain("abcdef123456");
    }

    @Test
    void aSecretInPrivateIsUsedAndNothingIsRecalled() {
        receive(Events.privateText(BOT, 10001, 80, "/secret abcdef123456"));
        assertThat(peer.await("send_private_msg", c -> true, WAIT).text()).isEqualTo("used the token");
        assertThat(peer.calls("delete_msg")).isEmpty();
    }

    @Test
    void pagedRepliesHintTheNextPage() {
        receive(Events.privateText(BOT, 10001, 81, "/page"));
        assertThat(peer.await("send_private_msg", c -> true, WAIT).text()).endsWith("下一页：发送 /page 2");
    }

    @Test
    void anUnknownCommandGetsAShortAnswer() {
        receive(Events.privateText(BOT, 10001, 82, "/nosuch"));
        assertThat(peer.await("send_private_msg", c -> true, WAIT).text()).isNotBlank();
    }

    @Test
    void afterStopAcceptingNothingIsHandled() {
        handler.stopAccepting();
        receive(Events.privateText(BOT, 10001, 83, "/echo late"));
        // handling is synchronous up to the send queue: nothing ran, nothing is queued or sent
        assertThat(toys.invocations()).isEmpty();
        assertThat(session.queuedMessages()).isZero();
        assertThat(peer.calls()).extracting(RecordedCall::action).doesNotContain("send_private_msg");
    }

    @Test
    void decodedArrayAndStringFormatsGiveTheSameCommand() {
        OneBotEvent a = ((org.chmlfrp.bot.onebot.protocol.Inbound.Event) decoder.decode(Events.groupMessage(
                                BOT, 1, 2, "member", 3, Events.array(Segment.at(BOT), Segment.text(" /echo a&b")))
                        .toString()))
                .event();
        OneBotEvent s = ((org.chmlfrp.bot.onebot.protocol.Inbound.Event) decoder.decode(
                        Events.groupMessage(BOT, 1, 2, "member", 3, TextNode.valueOf("[CQ:at,qq=10000] /echo a&amp;b"))
                                .toString()))
                .event();
        assertThat(CommandText.of(((OneBotEvent.Message) a).message(), BOT, true))
                .isEqualTo(CommandText.of(((OneBotEvent.Message) s).message(), BOT, true));
        assertThat(List.of(a, s)).allMatch(e -> e instanceof OneBotEvent.Message);
    }
}
