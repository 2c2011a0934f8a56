package org.chmlfrp.bot.onebot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chmlfrp.bot.onebot.testing.OneBotRig.groupReply;
import static org.chmlfrp.bot.onebot.testing.OneBotRig.privateReply;

import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.chmlfrp.bot.core.chat.ChatPlace;
import org.chmlfrp.bot.core.chat.ChatSink;
import org.chmlfrp.bot.core.chat.Platform;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.onebot.testing.LogLines;
import org.chmlfrp.bot.onebot.testing.OneBotRig;
import org.chmlfrp.bot.onebot.testing.RealBot;
import org.chmlfrp.bot.onebot.testing.Waits;
import org.chmlfrp.bot.testkit.onebot.FakeOneBot;
import org.chmlfrp.bot.testkit.onebot.MessageFormat;
import org.chmlfrp.bot.testkit.onebot.RecordedAction;
import org.chmlfrp.bot.testkit.onebot.Segment;
import org.chmlfrp.bot.testkit.onebot.SentMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole QQ path against the testkit's FakeOneBot and FakeChmlFrpServer, through the real
 * core (CoreModule) and OneBotModule, over real sockets.
 */
class OneBotEndToEndTest {
    private static final Duration WAIT = OneBotRig.WAIT;
    private static final long BOT = 10000L;
    private static final long BOT2 = 20000L;
    private static final long ALICE = 10001L;
    private static final long GROUP = 5000L;
    private static final String PATH = "/onebot/v11/ws";
    /** A command whose answer needs a call to the API: slower than anything the bot says at once. */
    private static final String NODE_LIST = "/node list";

    private static final String NODE_IN_LIST = "湖南娄底";
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
    private static final OneBotOptions FAST = OneBotOptions.defaults()
            .withActionTimeout(Duration.ofMillis(700))
            .withReconnect(Duration.ofMillis(100), Duration.ofSeconds(1))
            .withStaleCheckPeriod(Duration.ofMillis(100));

    @RegisterExtension
    final OneBotRig rig = new OneBotRig();

    private final LogLines logs = rig.keep(new LogLines());
    private RealBot bot;

    private OneBotAdapter startBot(OneBotSettings.Connection... connections) throws Exception {
        bot = rig.bot(b -> {
            b.options(FAST);
            List.of(connections).forEach(b::connection);
            return b;
        });
        return bot.adapter();
    }

    /** A forward fake (the bot dials it) and the bot connected to it. */
    private FakeOneBot forwardPeer(String fakeToken, String botToken) throws Exception {
        FakeOneBot peer = rig.peer(FakeOneBot.forward()
                .selfId(BOT)
                .accessToken(fakeToken)
                .heartbeatInterval(Duration.ofSeconds(5))
                .sendLifecycle(true));
        startBot(new OneBotSettings.Forward(peer.url().toString(), botToken));
        return peer;
    }

    private FakeOneBot connectedForwardPeer() throws Exception {
        FakeOneBot peer = forwardPeer("", "");
        assertThat(peer.awaitConnected(WAIT)).isTrue();
        bot.awaitAccount(BOT);
        return peer;
    }

    private URI reverseUrl() {
        return URI.create("ws://127.0.0.1:" + bot.adapter().reversePorts().get(0) + PATH);
    }

    private static OneBotSettings.Reverse reverse(String accessToken) {
        return new OneBotSettings.Reverse("127.0.0.1", 0, PATH, accessToken);
    }

    /**
     * Alice asks for the node list in the group and gets it: the only group message so far. The
     * bot reads one connection's events in order, and this answer is the slowest it gives, so
     * anything it had wrongly answered before would already be there.
     */
    private static void aLaterCommandIsTheOnlyOneAnswered(FakeOneBot peer) {
        peer.groupMessage(GROUP, ALICE, "member", NODE_LIST);
        assertThat(groupReply(peer, GROUP).text()).contains(NODE_IN_LIST);
        assertThat(peer.actions("send_group_msg"))
                .as("nothing for the earlier messages")
                .hasSize(1);
    }

    private static void assertSafe(SentMessage m) {
        assertThat(m.wasCqString()).as("sent as a segment array").isFalse();
        assertThat(m.hasAt()).as("no at segments").isFalse();
    }

    // ---- commands ------------------------------------------------------------------------

    @Test
    void privateHelpInArrayFormat() throws Exception {
        FakeOneBot peer = connectedForwardPeer();
        peer.privateMessage(ALICE, "/help");
        SentMessage reply = privateReply(peer, ALICE);
        assertSafe(reply);
        assertThat(reply.hasReply()).isFalse();
        assertThat(reply.text()).contains("ChmlFrp").contains("help");
    }

    @Test
    void privateHelpInCqStringFormat() throws Exception {
        FakeOneBot peer = connectedForwardPeer();
        peer.privateMessage(ALICE, "#help", MessageFormat.STRING);
        SentMessage reply = privateReply(peer, ALICE);
        assertSafe(reply);
        assertThat(reply.text()).contains("ChmlFrp");
    }

    @Test
    void chineseAliasInPrivate() throws Exception {
        FakeOneBot peer = connectedForwardPeer();
        peer.privateMessage(ALICE, "帮助");
        assertThat(privateReply(peer, ALICE).text()).contains("ChmlFrp");
    }

    @Test
    void groupHelpAfterAtBotQuotesTheCommand() throws Exception {
        FakeOneBot peer = connectedForwardPeer();
        long id = peer.groupMessage(
                GROUP, ALICE, "member", List.of(Segment.at(BOT), Segment.text(" help")), MessageFormat.ARRAY);
        SentMessage reply = groupReply(peer, GROUP);
        assertSafe(reply);
        assertThat(reply.hasReply()).isTrue();
        assertThat(reply.replyTo()).contains(Long.toString(id));
        assertThat(reply.segments().get(0).type()).isEqualTo("reply");
        assertThat(reply.text()).contains("ChmlFrp");
    }

    @Test
    void groupHelpFromARawCqStringWithAtBot() throws Exception {
        FakeOneBot peer = connectedForwardPeer();
        peer.groupMessageRaw(GROUP, ALICE, "member", "[CQ:at,qq=" + BOT + "] /help");
        assertThat(groupReply(peer, GROUP).text()).contains("ChmlFrp");
    }

    @Test
    void groupPlainChatIsIgnored() throws Exception {
        FakeOneBot peer = connectedForwardPeer();
        peer.groupMessage(GROUP, ALICE, "member", "just chatting about help");
        peer.groupMessage(
                GROUP, ALICE, "member", List.of(Segment.at(12345L), Segment.text(" help")), MessageFormat.ARRAY);
        aLaterCommandIsTheOnlyOneAnswered(peer);
    }

    @Test
    void theBotsOwnMessagesAreIgnored() throws Exception {
        FakeOneBot peer = connectedForwardPeer();
        peer.selfMessageSent(GROUP, "/help");
        aLaterCommandIsTheOnlyOneAnswered(peer);
    }

    /** Needs the node feature in main. */
    @Test
    void nodeListInAGroup() throws Exception {
        FakeOneBot peer = connectedForwardPeer();
        peer.groupMessage(GROUP, ALICE, "member", NODE_LIST);
        SentMessage reply = groupReply(peer, GROUP);
        assertSafe(reply);
        assertThat(reply.text()).contains(NODE_IN_LIST);
    }

    /** Needs the node feature in main. */
    @Test
    void nodeListInCqStringFormat() throws Exception {
        FakeOneBot peer = connectedForwardPeer();
        peer.privateMessage(ALICE, NODE_LIST, MessageFormat.STRING);
        assertThat(privateReply(peer, ALICE).text()).contains(NODE_IN_LIST);
    }

    // ---- injection -----------------------------------------------------------------------

    @Test
    void cqCodesTypedByAUserComeBackAsLiteralTextAndPingNobody() throws Exception {
        FakeOneBot peer = connectedForwardPeer();
        // escaped per message/string.md by the fake: the bot must read it as text, not as a code
        peer.groupMessage(GROUP, ALICE, "member", "/[CQ:at,qq=all] now", MessageFormat.STRING);
        SentMessage reply = groupReply(peer, GROUP);
        assertSafe(reply);
        assertThat(reply.text()).contains("[CQ:at,qq=all]");
        assertThat(reply.segments()).noneMatch(s -> s.type().equals("at"));
    }

    @Test
    void cqCodesInArrayTextSegmentsStayText() throws Exception {
        FakeOneBot peer = connectedForwardPeer();
        peer.privateMessage(
                ALICE, List.of(Segment.text("/[CQ:at,qq=all] [CQ:image,file=http://x/y.png]")), MessageFormat.ARRAY);
        SentMessage reply = privateReply(peer, ALICE);
        assertSafe(reply);
        assertThat(reply.hasImage()).isFalse();
        assertThat(reply.text()).contains("[CQ:at,qq=all]");
    }

    // ---- secrets -------------------------------------------------------------------------

    /** Needs the account feature (bind) in main. */
    @Test
    void aTokenTypedInAGroupIsRecalledRefusedAndNotRepeated() throws Exception {
        FakeOneBot peer = connectedForwardPeer();
        long id = peer.groupMessage(GROUP, ALICE, "member", "/bind ChmlFrpDemoToken227");
        RecordedAction delete =
                peer.awaitAction("delete_msg", p -> p.path("message_id").asLong() == id, WAIT);
        SentMessage warning = groupReply(peer, GROUP);
        assertThat(delete.at())
                .isBeforeOrEqualTo(peer.actions("send_group_msg").get(0).at());
        assertSafe(warning);
        assertThat(warning.text()).doesNotContain("ChmlFrpDemoToken227").isNotBlank();
        assertThat(rig.api().requests()).noneMatch(r -> r.toString().contains("ChmlFrpDemoToken227"));
    }

    /** Needs the account feature (bind) in main. */
    @Test
    void aFailedRecallStillWarns() throws Exception {
        FakeOneBot peer = connectedForwardPeer();
        peer.failAction("delete_msg", 100, 1);
        peer.groupMessage(GROUP, ALICE, "member", "/bind ChmlFrpDemoToken227");
        assertThat(groupReply(peer, GROUP).text()).doesNotContain("ChmlFrpDemoToken227");
    }

    // ---- access tokens -------------------------------------------------------------------

    @Test
    void forwardWithTheRightTokenConnects() throws Exception {
        FakeOneBot peer = forwardPeer("s3cret", "s3cret");
        assertThat(peer.awaitConnected(WAIT)).isTrue();
        bot.awaitAccount(BOT);
        peer.privateMessage(ALICE, "/help");
        assertThat(privateReply(peer, ALICE).text()).contains("ChmlFrp");
    }

    @Test
    void forwardWithAWrongTokenIsRefusedAndTheBotKeepsTrying() throws Exception {
        FakeOneBot peer = forwardPeer("s3cret", "wrong");
        Waits.until("a second refused handshake", () -> peer.refusedHandshakes() >= 2, WAIT);
        assertThat(peer.isConnected()).isFalse();
    }

    @Test
    // The peers below write nothing on open: Java-WebSocket's server closes the socket right
    // after flushing the 1008 close frame, and a peer that is writing at that moment gets a TCP
    // reset (1006) instead of the frame. The refusal itself does not depend on it.
    void reverseWithAWrongTokenIsClosedWith1008() throws Exception {
        startBot(reverse("s3cret"));
        FakeOneBot peer = rig.peer(FakeOneBot.reverse(reverseUrl())
                .selfId(BOT)
                .accessToken("wrong")
                .sendLifecycle(false));
        assertThat(peer.awaitCloseCode(WAIT)).isEqualTo(1008);
        assertThat(bot.adapter().sessions().find(BOT)).isEmpty();
    }

    @Test
    void reverseWithoutATokenIsClosedWith1008() throws Exception {
        startBot(reverse("s3cret"));
        FakeOneBot peer = rig.peer(
                FakeOneBot.reverse(reverseUrl()).selfId(BOT).accessToken("").sendLifecycle(false));
        assertThat(peer.awaitCloseCode(WAIT)).isEqualTo(1008);
    }

    @Test
    void reverseWithTheRightTokenWorks() throws Exception {
        startBot(reverse("s3cret"));
        FakeOneBot peer = rig.peer(FakeOneBot.reverse(reverseUrl()).selfId(BOT).accessToken("s3cret"));
        assertThat(peer.awaitConnected(WAIT)).isTrue();
        bot.awaitAccount(BOT);
        peer.groupMessage(GROUP, ALICE, "admin", "/help");
        assertThat(groupReply(peer, GROUP).text()).contains("ChmlFrp");
    }

    // ---- connection life -----------------------------------------------------------------

    @Test
    void forwardRedialsAfterThePeerDropsAndAnswersAgain() throws Exception {
        FakeOneBot peer = connectedForwardPeer();
        peer.disconnect();
        assertThat(peer.awaitConnectionCount(2, WAIT)).isTrue();
        assertThat(peer.awaitConnected(WAIT)).isTrue();
        bot.awaitAccount(BOT);
        peer.privateMessage(ALICE, "/help");
        assertThat(privateReply(peer, ALICE).text()).contains("ChmlFrp");
    }

    @Test
    void aReversePeerThatRedialsReplacesItsStaleSession() throws Exception {
        startBot(reverse(""));
        FakeOneBot peer = rig.peer(FakeOneBot.reverse(reverseUrl()).selfId(BOT));
        assertThat(peer.awaitConnected(WAIT)).isTrue();
        bot.awaitAccount(BOT);
        peer.reconnect();
        assertThat(peer.awaitConnectionCount(2, WAIT)).isTrue();
        bot.awaitAccount(BOT);
        peer.privateMessage(ALICE, "/help");
        assertThat(privateReply(peer, ALICE).text()).contains("ChmlFrp");
        assertThat(bot.adapter().sessions().all().stream()
                        .filter(s -> s.isOpen())
                        .count())
                .isEqualTo(1);
    }

    @Test
    void aSilentPeerIsClosedAndRedialled() throws Exception {
        FakeOneBot peer = rig.peer(FakeOneBot.forward().selfId(BOT).heartbeatInterval(Duration.ofMillis(200)));
        startBot(new OneBotSettings.Forward(peer.url().toString(), ""));
        assertThat(peer.awaitConnected(WAIT)).isTrue();
        bot.awaitAccount(BOT);
        // at least one heartbeat, so the interval is known: the bot has read it once it answers what came after
        peer.sendHeartbeat();
        peer.privateMessage(ALICE, "/help");
        privateReply(peer, ALICE);
        peer.stopHeartbeats();
        assertThat(peer.awaitConnectionCount(2, WAIT)).isTrue();
    }

    @Test
    void anEchoThatNeverComesTimesOutAndTheBotCarriesOn() throws Exception {
        FakeOneBot peer =
                rig.peer(FakeOneBot.forward().selfId(BOT).sendLifecycle(false).heartbeatInterval(Duration.ZERO));
        peer.ignoreAction("get_login_info");
        startBot(new OneBotSettings.Forward(peer.url().toString(), ""));
        assertThat(peer.awaitConnected(WAIT)).isTrue();
        assertThat(logs.await("get_login_info did not tell the account", WAIT).text())
                .contains("ActionTimeoutException");
        peer.privateMessage(ALICE, "/help");
        assertThat(privateReply(peer, ALICE).text()).contains("ChmlFrp");
        assertThat(bot.adapter().sessions().find(BOT)).isPresent();
    }

    @Test
    void aSlowAnswerStillArrivesInOrder() throws Exception {
        FakeOneBot peer = connectedForwardPeer();
        peer.delayAction("send_private_msg", Duration.ofMillis(200));
        peer.privateMessage(ALICE, "/help");
        peer.privateMessage(ALICE, "/help help");
        List<RecordedAction> sends = peer.awaitActions("send_private_msg", 2, WAIT);
        assertThat(sends).hasSize(2);
    }

    @Test
    void twoAccountsForwardAndReverseAtOnce() throws Exception {
        FakeOneBot first = rig.peer(FakeOneBot.forward().selfId(BOT));
        startBot(new OneBotSettings.Forward(first.url().toString(), ""), reverse(""));
        FakeOneBot second = rig.peer(FakeOneBot.reverse(reverseUrl()).selfId(BOT2));
        bot.awaitAccount(BOT).awaitAccount(BOT2);
        // the bot knows BOT2 from the handshake, possibly before the fake has seen its side open
        assertThat(second.awaitConnected(WAIT)).isTrue();
        second.groupMessage(GROUP, ALICE, "member", "/help");
        assertThat(groupReply(second, GROUP).text()).contains("ChmlFrp");
        assertThat(first.actions("send_group_msg")).isEmpty();
        // the other bot account's messages are not commands
        first.groupMessage(GROUP, BOT2, "member", "/help");
        aLaterCommandIsTheOnlyOneAnswered(first);
    }

    // ---- images and the sink -------------------------------------------------------------

    private ChatSink sink() {
        Set<ChatSink> sinks = bot.injector().getInstance(Key.get(new TypeLiteral<Set<ChatSink>>() {}));
        return sinks.stream()
                .filter(s -> s.platform() == Platform.ONEBOT)
                .findFirst()
                .orElseThrow();
    }

    private static byte[] png() throws Exception {
        java.awt.image.BufferedImage img =
                new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    @Test
    void theSinkSendsAGroupBroadcastThroughTheRightAccount() throws Exception {
        FakeOneBot peer = connectedForwardPeer();
        sink().send(
                        new ChatPlace.Group(Platform.ONEBOT, Long.toString(GROUP), Long.toString(BOT)),
                        Reply.text("节点 湖南娄底 离线"))
                .get(10, TimeUnit.SECONDS);
        SentMessage m = groupReply(peer, GROUP);
        assertSafe(m);
        assertThat(m.text()).isEqualTo("节点 湖南娄底 离线");
        assertThat(m.hasReply()).isFalse();
    }

    @Test
    void theSinkSendsAPrivateMessage() throws Exception {
        FakeOneBot peer = connectedForwardPeer();
        sink().send(
                        new ChatPlace.Private(Platform.ONEBOT, Long.toString(ALICE), Long.toString(BOT)),
                        Reply.text("隧道 web 上线"))
                .get(10, TimeUnit.SECONDS);
        assertThat(privateReply(peer, ALICE).text()).isEqualTo("隧道 web 上线");
    }

    @Test
    void theSinkFailsForAnAccountThatIsNotConnected() throws Exception {
        connectedForwardPeer();
        assertThatThrownBy(() -> sink().send(new ChatPlace.Group(Platform.ONEBOT, "5000", "99999"), Reply.text("x"))
                        .get(10, TimeUnit.SECONDS))
                .hasRootCauseInstanceOf(org.chmlfrp.bot.onebot.transport.NotConnectedException.class);
    }

    @Test
    void anImageReplyDecodesToAPng() throws Exception {
        FakeOneBot peer = connectedForwardPeer();
        byte[] png = png();
        sink().send(
                        new ChatPlace.Group(Platform.ONEBOT, Long.toString(GROUP), Long.toString(BOT)),
                        Reply.builder()
                                .text("在线率")
                                .image(png, "uptime.png", "在线率图")
                                .build())
                .get(10, TimeUnit.SECONDS);
        SentMessage m = groupReply(peer, GROUP);
        assertThat(m.hasImage()).isTrue();
        assertThat(m.images().get(0).get("file")).startsWith("base64://");
        byte[] got = m.imageBytes().get(0);
        assertThat(got).isEqualTo(png);
        assertThat(Arrays.copyOf(got, 8)).isEqualTo(PNG_SIGNATURE);
    }

    @Test
    void anImageThatCannotBeSentFallsBackToItsAltText() throws Exception {
        FakeOneBot peer = connectedForwardPeer();
        peer.failWhen("send_group_msg", p -> p.toString().contains("\"image\""), 1200);
        sink().send(
                        new ChatPlace.Group(Platform.ONEBOT, Long.toString(GROUP), Long.toString(BOT)),
                        Reply.builder()
                                .text("在线率")
                                .image(png(), "uptime.png", "在线率图")
                                .build())
                .get(10, TimeUnit.SECONDS);
        List<RecordedAction> sends = peer.awaitActions("send_group_msg", 3, WAIT);
        assertThat(SentMessage.of(sends.get(0)).hasImage()).isTrue();
        assertThat(SentMessage.of(sends.get(1)).hasImage()).isTrue();
        SentMessage fallback = SentMessage.of(sends.get(2));
        assertThat(fallback.hasImage()).isFalse();
        assertThat(fallback.text()).contains("[在线率图]");
    }

    /** Needs the node feature in main (node uptime answers with a PNG chart). */
    @Test
    void nodeUptimeChartArrivesAsAPng() throws Exception {
        FakeOneBot peer = connectedForwardPeer();
        peer.groupMessage(GROUP, ALICE, "member", "/node uptime 湖南娄底");
        SentMessage m = groupReply(peer, GROUP);
        assertThat(m.hasImage()).isTrue();
        assertThat(Arrays.copyOf(m.imageBytes().get(0), 8)).isEqualTo(PNG_SIGNATURE);
    }
}
