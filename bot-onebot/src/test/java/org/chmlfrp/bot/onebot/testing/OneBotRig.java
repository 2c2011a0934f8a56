package org.chmlfrp.bot.onebot.testing;

import java.time.Duration;
import java.util.function.UnaryOperator;
import org.chmlfrp.bot.testkit.Closer;
import org.chmlfrp.bot.testkit.chmlfrp.FakeChmlFrpServer;
import org.chmlfrp.bot.testkit.onebot.FakeOneBot;
import org.chmlfrp.bot.testkit.onebot.SentMessage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The set-up every OneBot end-to-end test shares: the fake ChmlFrp API, FakeOneBot peers and real
 * bots, started on demand and closed after each test, newest first. Register it with
 * {@code @RegisterExtension final OneBotRig rig = new OneBotRig();}.
 */
public final class OneBotRig implements AfterEachCallback {
    public static final Duration WAIT = Duration.ofSeconds(10);

    private final Closer open = new Closer();
    private FakeChmlFrpServer api;

    /** The fake ChmlFrp API with its defaults, started at the first call. */
    public FakeChmlFrpServer api() {
        return api == null ? api(FakeChmlFrpServer.builder()) : api;
    }

    /** The fake ChmlFrp API built so; call it before anything else uses {@link #api()}. */
    public FakeChmlFrpServer api(FakeChmlFrpServer.Builder builder) {
        if (api != null) {
            throw new IllegalStateException("the API is already running");
        }
        api = keep(builder.start());
        return api;
    }

    public FakeOneBot peer(FakeOneBot.Builder builder) {
        return keep(builder.start());
    }

    /** A real bot reading {@link #api()}, as {@code setUp} configures it. */
    public RealBot bot(UnaryOperator<RealBot.Builder> setUp) throws Exception {
        return keep(setUp.apply(RealBot.builder(api().baseUrl())).start());
    }

    /** Closed after the test, before what was kept earlier. */
    public <T extends AutoCloseable> T keep(T resource) {
        return open.keep(resource);
    }

    /** The next message the bot sends to {@code userId} in private. */
    public static SentMessage privateReply(FakeOneBot peer, long userId) {
        return SentMessage.of(
                peer.awaitAction("send_private_msg", p -> p.path("user_id").asLong() == userId, WAIT));
    }

    /** The next message the bot sends to the group {@code groupId}. */
    public static SentMessage groupReply(FakeOneBot peer, long groupId) {
        return SentMessage.of(
                peer.awaitAction("send_group_msg", p -> p.path("group_id").asLong() == groupId, WAIT));
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        api = null;
        open.close();
    }
}
