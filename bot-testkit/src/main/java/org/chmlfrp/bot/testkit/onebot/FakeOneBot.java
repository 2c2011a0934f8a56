package org.chmlfrp.bot.testkit.onebot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A OneBot v11 implementation (NapCat, Lagrange.OneBot, go-cqhttp) over a real WebSocket, for
 * tests and the load benchmark: it pushes message and meta events to the bot, records the
 * actions the bot calls and answers them (echo returned verbatim), with injectable failures,
 * silences and delays.
 *
 * <pre>{@code
 * try (FakeOneBot peer = FakeOneBot.forward().selfId(10000L).accessToken("secret").start()) {
 *     URI url = peer.url();                                  // the bot dials ws://127.0.0.1:<port>
 *     peer.awaitConnected(Duration.ofSeconds(5));
 *     long id = peer.groupMessage(5000L, 10001L, "member", "/node list");
 *     RecordedAction reply = peer.awaitAction("send_group_msg", p -> true, Duration.ofSeconds(5));
 *     assertThat(SentMessage.of(reply).text()).contains("湖南娄底");
 * }
 * }</pre>
 *
 * <p>Forward mode ({@link #forward()}) listens on {@code 127.0.0.1} and a free port and accepts
 * any number of bot connections ({@code /api} takes only actions, {@code /event} only events,
 * any other path both). Reverse mode ({@link #reverse(URI)}) dials the bot's reverse server as a
 * Universal client. Every method is safe to call from any thread.
 */
public final class FakeOneBot implements AutoCloseable {

    /** {@link #lastCloseCode()} before any connection has closed. */
    public static final int NO_CLOSE_YET = SessionHub.NO_CLOSE_YET;

    private final long selfId;
    private final AtomicLong messageIds;
    private final EventFactory events;
    private final MemberRoles roles;
    private final ActionLog actionLog;
    private final ActionRules rules;
    private final SessionHub hub;
    private final ScheduledExecutorService scheduler;
    private final OneBotLink link;

    private FakeOneBot(Builder builder) {
        this.selfId = builder.selfId;
        this.messageIds = new AtomicLong();
        this.events = new EventFactory(selfId, builder.nickname, builder.clock);
        this.roles = new MemberRoles();
        this.actionLog = new ActionLog(builder.recordActions);
        this.rules = new ActionRules();
        this.scheduler = builder.scheduler != null ? builder.scheduler : newScheduler();
        ObjectMapper json = new ObjectMapper();
        DefaultAnswers defaults = new DefaultAnswers(selfId, builder.nickname, messageIds::incrementAndGet, roles);
        ActionDispatcher dispatcher = new ActionDispatcher(json, builder.clock, actionLog, rules, defaults, scheduler);
        this.hub =
                new SessionHub(json, events, dispatcher, scheduler, builder.sendLifecycle, builder.heartbeatInterval);
        try {
            if (builder.reverseUrl == null) {
                ForwardServer server =
                        new ForwardServer(new AccessTokenCheck(builder.accessToken), builder.tokenRefusal, json, hub);
                this.link = server;
                server.listen(builder.startTimeout);
            } else {
                ReverseConnector connector = new ReverseConnector(
                        builder.reverseUrl, selfId, builder.accessToken, hub, scheduler, builder.reconnectInterval);
                this.link = connector;
                connector.connect();
            }
        } catch (RuntimeException e) {
            scheduler.shutdownNow();
            throw e;
        }
    }

    /** A fake that is the bot's WebSocket server (the bot dials {@link #url()}). */
    public static Builder forward() {
        return new Builder(null);
    }

    /** A fake that dials the bot's reverse WebSocket server at {@code url}. */
    public static Builder reverse(URI url) {
        return new Builder(Objects.requireNonNull(url, "url"));
    }

    // ---- connection ----------------------------------------------------------------------

    /** Forward: {@code ws://127.0.0.1:<port>}, where the bot dials. Reverse: the bot's URL the fake dials. */
    public URI url() {
        return link.url();
    }

    public long selfId() {
        return selfId;
    }

    /** True as soon as a bot connection is open (at once if one already is), false on timeout. */
    public boolean awaitConnected(Duration timeout) {
        return hub.awaitConnected(timeout);
    }

    /** True as soon as no bot connection is open, false on timeout. */
    public boolean awaitDisconnected(Duration timeout) {
        return hub.awaitDisconnected(timeout);
    }

    /** True once {@code count} connections have opened since start (redials count), false on timeout. */
    public boolean awaitConnectionCount(int count, Duration timeout) {
        return hub.awaitConnectionCount(count, timeout);
    }

    public boolean isConnected() {
        return hub.isConnected();
    }

    /** Connections opened since start (redials count). */
    public int connectionCount() {
        return hub.connectionCount();
    }

    /**
     * The close code of the connection that ended last: 1001 after {@link #disconnect()}, the bot's
     * code when it closed (e.g. 1008 when it refused the fake), 1002 when a reverse handshake was
     * refused at the HTTP level, -1 when a reverse dial never connected; {@link #NO_CLOSE_YET} before.
     */
    public int lastCloseCode() {
        return hub.lastCloseCode();
    }

    /**
     * {@link #lastCloseCode()}, first waiting up to {@code timeout} until some connection or dial
     * has ended (at once if one already has); {@link #NO_CLOSE_YET} on timeout.
     */
    public int awaitCloseCode(Duration timeout) {
        return hub.awaitCloseCode(timeout);
    }

    /** The reason that came with {@link #lastCloseCode()} (for a refused reverse handshake it names the HTTP status). */
    public String lastCloseReason() {
        return hub.lastCloseReason();
    }

    /**
     * Forward: connections refused for a missing or wrong access token (with HTTP 401, or with
     * NapCat's retcode 1403 answer, see {@link Builder#tokenRefusal}). Reverse: 0.
     */
    public int refusedHandshakes() {
        return link.refusedHandshakes();
    }

    /**
     * Drops the open connections with close code 1001. A forward fake keeps listening so the bot
     * can redial; a reverse fake redials after its reconnect interval, or on {@link #reconnect()}.
     */
    public void disconnect() {
        link.disconnect();
    }

    /**
     * Reverse only: drops the open connection, if any, and dials the bot again.
     *
     * @throws UnsupportedOperationException in forward mode (the bot is the one that redials)
     */
    public void reconnect() {
        link.reconnect();
    }

    /** Stops the heartbeats, on open and future connections (for stale-connection tests). */
    public void stopHeartbeats() {
        hub.stopHeartbeats();
    }

    /** Restarts the heartbeats after {@link #stopHeartbeats()}. */
    public void resumeHeartbeats() {
        hub.resumeHeartbeats();
    }

    /** One heartbeat now, besides the scheduled ones. */
    public void sendHeartbeat() {
        hub.heartbeatNow();
    }

    /**
     * Whether the QQ account is logged in, as every heartbeat from now on says in
     * {@code status.online} (default true). Sends nothing by itself: see {@link #sendHeartbeat()}.
     */
    public void accountOnline(boolean online) {
        hub.accountOnline(online);
    }

    /** Drops every connection, stops listening or dialling and ends the fake's threads. */
    @Override
    public void close() {
        try {
            link.shutdown();
        } finally {
            scheduler.shutdownNow();
            try {
                scheduler.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public String toString() {
        return "FakeOneBot[" + url() + ", self " + selfId + "]";
    }

    // ---- events to the bot ---------------------------------------------------------------

    /**
     * A friend's private message as one text segment, in array format.
     *
     * @return the event's {@code message_id}
     * @throws IllegalStateException if no bot connection takes events
     */
    public long privateMessage(long userId, String text) {
        return privateMessage(userId, text, MessageFormat.ARRAY);
    }

    public long privateMessage(long userId, String text, MessageFormat format) {
        return privateMessage(userId, List.of(Segment.text(text)), format);
    }

    public long privateMessage(long userId, List<Segment> message, MessageFormat format) {
        long id = messageIds.incrementAndGet();
        hub.broadcast(events.privateMessage(id, userId, List.copyOf(message), format));
        return id;
    }

    /**
     * A group member's message as one text segment, in array format. The role ({@code owner},
     * {@code admin} or {@code member}) is also what {@code get_group_member_info} answers afterwards.
     */
    public long groupMessage(long groupId, long userId, String role, String text) {
        return groupMessage(groupId, userId, role, text, MessageFormat.ARRAY);
    }

    public long groupMessage(long groupId, long userId, String role, String text, MessageFormat format) {
        return groupMessage(groupId, userId, role, List.of(Segment.text(text)), format);
    }

    public long groupMessage(long groupId, long userId, String role, List<Segment> message, MessageFormat format) {
        roles.put(groupId, userId, role);
        long id = messageIds.incrementAndGet();
        hub.broadcast(events.groupMessage(id, groupId, userId, role, List.copyOf(message), format));
        return id;
    }

    /** A group message whose {@code message} and {@code raw_message} are this CQ string, unchanged. */
    public long groupMessageRaw(long groupId, long userId, String role, String cqString) {
        roles.put(groupId, userId, role);
        long id = messageIds.incrementAndGet();
        hub.broadcast(events.groupMessageRaw(id, groupId, userId, role, Objects.requireNonNull(cqString, "cqString")));
        return id;
    }

    /** The bot account's own group message echoed back ({@code post_type "message_sent"}), array format. */
    public long selfMessageSent(long groupId, String text) {
        long id = messageIds.incrementAndGet();
        hub.broadcast(events.selfGroupMessageSent(id, groupId, List.of(Segment.text(text)), MessageFormat.ARRAY));
        return id;
    }

    /**
     * A go-cqhttp QQ channel (guild) message as one text segment: string ids, the sender's
     * {@code tiny_id} as {@code user_id}, a string {@code message_id}.
     */
    public void guildMessage(long guildId, long channelId, long tinyId, String text) {
        hub.broadcast(events.guildMessage(
                messageIds.incrementAndGet(), guildId, channelId, tinyId, List.of(Segment.text(text))));
    }

    /**
     * The account was logged out while the connection stays up: NapCat's {@code bot_offline}
     * notice ({@code tag} its title, {@code message} its text, {@code user_id} the account).
     * Heartbeats are not changed; see {@link #accountOnline(boolean)}.
     */
    public void botOffline(String tag, String message) {
        hub.broadcast(
                events.botOffline(Objects.requireNonNull(tag, "tag"), Objects.requireNonNull(message, "message")));
    }

    /** Lagrange.OneBot's {@code bot_online} notice: the account is logged in again. */
    public void botOnline(String reason) {
        hub.broadcast(events.botOnline(Objects.requireNonNull(reason, "reason")));
    }

    /** Any event, as given (notices, requests, malformed events...). */
    public void sendRawEvent(ObjectNode event) {
        hub.broadcast(Objects.requireNonNull(event, "event"));
    }

    // ---- actions from the bot ------------------------------------------------------------

    /** Every action received since start or the last {@link #clearActions()}, in arrival order. */
    public List<RecordedAction> actions() {
        return actionLog.all();
    }

    public List<RecordedAction> actions(String action) {
        return actionLog.named(action);
    }

    public void clearActions() {
        actionLog.clear();
    }

    /**
     * The first recorded call of {@code action} (since start or the last {@link #clearActions()})
     * whose params match, waiting for it up to {@code timeout}.
     *
     * @throws AssertionError on timeout, listing what was received
     */
    public RecordedAction awaitAction(String action, Predicate<JsonNode> params, Duration timeout) {
        return actionLog.await(action, params, timeout);
    }

    /** The first {@code count} recorded calls of {@code action}, waiting until there are that many. */
    public List<RecordedAction> awaitActions(String action, int count, Duration timeout) {
        return actionLog.awaitCount(action, p -> true, count, timeout);
    }

    /** Answers {@code action} with this function of its params (instead of the default). */
    public void answer(String action, Function<JsonNode, ActionResult> answer) {
        rules.answer(action, answer);
    }

    /** The next {@code times} calls of {@code action} fail: status {@code failed}, this retcode. */
    public void failAction(String action, int retcode, int times) {
        rules.failTimes(action, retcode, times);
    }

    /** Every call of {@code action} whose params match fails with this retcode (until {@link #resetActions()}). */
    public void failWhen(String action, Predicate<JsonNode> params, int retcode) {
        rules.failWhen(action, params, retcode);
    }

    /** Calls of {@code action} are recorded but never answered. */
    public void ignoreAction(String action) {
        rules.ignore(action);
    }

    /** Answers to {@code action} go out after {@code delay} (other actions are not held up). */
    public void delayAction(String action, Duration delay) {
        rules.delay(action, Objects.requireNonNull(delay, "delay"));
    }

    /** Drops every custom answer, failure, ignore and delay. */
    public void resetActions() {
        rules.reset();
    }

    /** The role {@code get_group_member_info} answers for this member (default {@code member}). */
    public void memberRole(long groupId, long userId, String role) {
        roles.put(groupId, userId, role);
    }

    private ScheduledExecutorService newScheduler() {
        AtomicInteger threads = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(task, "fake-onebot-" + selfId + "-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(2, factory);
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    /** Configures and starts a {@link FakeOneBot}. */
    public static final class Builder {
        private final URI reverseUrl;
        private long selfId = 10000L;
        private String nickname = "FakeBot";
        private String accessToken = "";
        private TokenRefusal tokenRefusal = TokenRefusal.HTTP_401;
        private Duration heartbeatInterval = Duration.ofSeconds(5);
        private boolean sendLifecycle = true;
        private Duration reconnectInterval = Duration.ZERO;
        private Clock clock = Clock.systemUTC();
        private Duration startTimeout = Duration.ofSeconds(5);
        private boolean recordActions = true;
        private ScheduledExecutorService scheduler;

        private Builder(URI reverseUrl) {
            this.reverseUrl = reverseUrl;
        }

        /** The QQ account the fake is logged in as (default 10000): {@code self_id}, {@code get_login_info}. */
        public Builder selfId(long value) {
            selfId = value;
            return this;
        }

        /** The account's nickname in {@code get_login_info} (default {@code FakeBot}). */
        public Builder nickname(String value) {
            nickname = Objects.requireNonNull(value, "nickname");
            return this;
        }

        /**
         * {@code ""} (default): no authorization. Forward: the bot must send
         * {@code Authorization: Bearer <token>} or {@code ?access_token=<token>}, else the handshake
         * is refused (see {@link #tokenRefusal}). Reverse: the fake sends
         * {@code Authorization: Bearer <token>}.
         */
        public Builder accessToken(String value) {
            accessToken = Objects.requireNonNull(value, "accessToken");
            return this;
        }

        /**
         * Forward only: how a missing or wrong access token is refused (default
         * {@link TokenRefusal#HTTP_401}; NapCat: {@link TokenRefusal#NAPCAT_1403}).
         */
        public Builder tokenRefusal(TokenRefusal value) {
            tokenRefusal = Objects.requireNonNull(value, "tokenRefusal");
            return this;
        }

        /** A heartbeat meta event on each connection every interval (default 5 s); {@link Duration#ZERO} = none. */
        public Builder heartbeatInterval(Duration value) {
            heartbeatInterval = notNegative(value, "heartbeatInterval");
            return this;
        }

        /** Whether each new connection first gets a {@code lifecycle}/{@code connect} meta event (default true). */
        public Builder sendLifecycle(boolean value) {
            sendLifecycle = value;
            return this;
        }

        /** Reverse only: redial this long after a connection ends; {@link Duration#ZERO} (default) = only on {@link #reconnect()}. */
        public Builder reconnectInterval(Duration value) {
            reconnectInterval = notNegative(value, "reconnectInterval");
            return this;
        }

        private static Duration notNegative(Duration value, String name) {
            if (value.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative");
            }
            return value;
        }

        /**
         * Whether the bot's actions are kept for {@link FakeOneBot#actions()} and
         * {@link FakeOneBot#awaitAction} (default true). A load run that only {@link FakeOneBot#answer answers}
         * turns it off, so the fake does not hold every reply it ever got.
         */
        public Builder recordActions(boolean value) {
            recordActions = value;
            return this;
        }

        /** The clock for event {@code time} and {@link RecordedAction#at()} (default system UTC). */
        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * What runs the heartbeats, delayed answers and reverse redials (default: two daemon threads);
         * a {@link org.chmlfrp.bot.testkit.ManualTimer} lets a test move their time. Shut down by
         * {@link FakeOneBot#close()}.
         */
        public Builder scheduler(ScheduledExecutorService value) {
            scheduler = Objects.requireNonNull(value, "scheduler");
            return this;
        }

        /**
         * Forward: binds {@code 127.0.0.1} on a free port and starts listening. Reverse: starts
         * dialling (see {@link FakeOneBot#awaitConnected}).
         *
         * @throws java.io.UncheckedIOException if the port cannot be bound
         */
        public FakeOneBot start() {
            return new FakeOneBot(this);
        }
    }
}
