package org.chmlfrp.bot.testkit.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A local Discord double for a real JDA: the REST API (JDK {@code HttpServer}) and the gateway
 * (Java-WebSocket), both on {@code 127.0.0.1} and a free port. Point JDA at it with
 * {@code RestConfig.setBaseUrl(discord.restUrl())} and a {@code SessionController} whose
 * gateway is {@link #gatewayUrl()}; nothing else changes.
 *
 * <pre>{@code
 * try (FakeDiscord discord = FakeDiscord.start()) {
 *     discord.guild(GUILD, "ChmlFrp").channel(GUILD, CHANNEL, "general");
 *     // build JDA/ShardManager with discord.botToken(), restUrl(), gatewayUrl()
 *     discord.awaitIdentified(Duration.ofSeconds(10));
 *     InteractionHandle h = discord.slashCommand(GUILD, CHANNEL, USER, "zh-CN", "node", "list", Map.of());
 *     JsonNode shown = h.awaitFinalMessage(Duration.ofSeconds(5));
 * }
 * }</pre>
 */
public final class FakeDiscord implements AutoCloseable {

    /** The bot token the fake accepts unless the builder says otherwise. */
    public static final String DEFAULT_TOKEN = "MTE3NDQwNTQ0NjA4MDAwMDAwMA.fake.discord-bot-token";
    /** A snowflake from November 2023: the application id and the bot user's id. */
    public static final long DEFAULT_APPLICATION_ID = ((1700000000000L - Snowflakes.DISCORD_EPOCH) << 22) | 42;

    private final Backend backend;
    private final RestServer rest;
    private final GatewayServer gateway;
    private final Interactions interactions;
    private final String restUrl;
    private final String gatewayUrl;

    private FakeDiscord(Builder builder) {
        this.backend = new Backend(
                builder.token,
                builder.applicationId,
                builder.botName,
                (int) builder.heartbeatInterval.toMillis(),
                builder.recommendedShards,
                builder.allowedPrivilegedIntents);
        this.rest = new RestServer(new RestRoutes(backend), backend.log());
        this.gateway = new GatewayServer(backend);
        backend.gateway(gateway);
        this.interactions = new Interactions(backend, this);
        rest.start();
        int gatewayPort;
        try {
            gatewayPort = gateway.listen(Duration.ofSeconds(10));
        } catch (RuntimeException e) {
            rest.close();
            throw e;
        }
        this.restUrl = "http://127.0.0.1:" + rest.port() + "/api/v10/";
        this.gatewayUrl = "ws://127.0.0.1:" + gatewayPort + "/gateway";
        backend.gatewayBaseUrl(gatewayUrl);
        backend.shapes().attachments("http://127.0.0.1:" + rest.port() + "/attachments/", rest::serve);
    }

    /** A fake with the default token, application id and a 41.25 s heartbeat. */
    public static FakeDiscord start() {
        return builder().start();
    }

    public static Builder builder() {
        return new Builder();
    }

    // ---- where and who ----

    /** {@code http://127.0.0.1:<port>/api/v10/}: JDA's {@code RestConfig} base URL. */
    public String restUrl() {
        return restUrl;
    }

    /** {@code ws://127.0.0.1:<port>/gateway}: what the {@code SessionController} hands JDA. */
    public String gatewayUrl() {
        return gatewayUrl;
    }

    /** The token the fake accepts ({@code Bot <token>} on REST, {@code token} in IDENTIFY/RESUME). */
    public String botToken() {
        return backend.token();
    }

    /** The application's id, which is also the bot user's id. */
    public long applicationId() {
        return backend.applicationId();
    }

    // ---- the world ----

    /** A guild the bot is in ({@code en-US}); sent as GUILD_CREATE at READY, or at once if already connected. */
    public FakeDiscord guild(long guildId, String name) {
        return guild(guildId, name, "en-US");
    }

    /** A guild with a preferred locale ({@code guild_locale} of its interactions). */
    public FakeDiscord guild(long guildId, String name, String locale) {
        World.Guild guild =
                new World.Guild(guildId, name, locale, backend.shapes().ownerIdOfApplication());
        if (backend.world().addGuild(guild)) {
            gateway.dispatchIfIdentified(
                    guildId, "GUILD_CREATE", backend.shapes().guildCreate(guild, List.of()));
        }
        return this;
    }

    /** A text channel in a known guild; CHANNEL_CREATE if the bot is already connected. */
    public FakeDiscord channel(long guildId, long channelId, String name) {
        if (backend.world().guild(guildId).isEmpty()) {
            throw new IllegalArgumentException("unknown guild " + guildId + ": call guild(...) first");
        }
        World.Channel channel = new World.Channel(
                channelId, guildId, name, 0, 0L, backend.world().nextPosition(guildId));
        if (backend.world().addChannel(channel)) {
            gateway.dispatchIfIdentified(
                    guildId, "CHANNEL_CREATE", backend.shapes().channel(channel));
        }
        return this;
    }

    /** Names a user (otherwise {@code user<id>}). */
    public FakeDiscord user(long userId, String name) {
        backend.world().nameUser(userId, name);
        return this;
    }

    /** The DM channel the bot opened with a user (POST /users/@me/channels), if any. */
    public Optional<Long> dmChannelId(long userId) {
        return backend.world().dmChannelOf(userId);
    }

    World.Channel dmChannel(long userId, long channelId) {
        if (channelId == 0) {
            return backend.world().dmWith(userId);
        }
        Optional<World.Channel> existing = backend.world().channel(channelId);
        if (existing.isPresent()) {
            if (!existing.get().isDm() || existing.get().recipientId != userId) {
                throw new IllegalArgumentException("channel " + channelId + " is not the DM with user " + userId);
            }
            return existing.get();
        }
        return backend.world().addDm(channelId, userId);
    }

    /** A message the bot created (channel post, interaction reply, followup) as Discord stores it. */
    public Optional<JsonNode> message(long messageId) {
        return backend.world().message(messageId).map(ObjectNode::deepCopy);
    }

    // ---- the gateway ----

    /**
     * Waits until the bot connected (HELLO sent), identified, and got READY plus a GUILD_CREATE
     * for each of its guilds, on every shard of the total it identified with.
     */
    public boolean awaitIdentified(Duration timeout) {
        return backend.signal().awaitTrue(gateway::allShardsReady, timeout);
    }

    public int identifyCount() {
        return gateway.identifies();
    }

    public int resumeCount() {
        return gateway.resumes();
    }

    public boolean awaitResumes(int count, Duration timeout) {
        return backend.signal().awaitTrue(() -> gateway.resumes() >= count, timeout);
    }

    public boolean awaitIdentifies(int count, Duration timeout) {
        return backend.signal().awaitTrue(() -> gateway.identifies() >= count && gateway.allShardsReady(), timeout);
    }

    public int heartbeatCount() {
        return gateway.heartbeats();
    }

    /** The {@code d} of the latest IDENTIFY (token, intents, shard, properties, presence), or null. */
    public JsonNode lastIdentify() {
        List<JsonNode> frames = gatewayFramesReceived();
        for (int i = frames.size() - 1; i >= 0; i--) {
            if (frames.get(i).path("op").asInt() == 2) {
                return frames.get(i).get("d").deepCopy();
            }
        }
        return null;
    }

    /** Every frame the bot sent on the gateway, in order. */
    public List<JsonNode> gatewayFramesReceived() {
        return gateway.received();
    }

    /** The query of each gateway connection ({@code v}, {@code encoding}, maybe {@code compress}). */
    public List<Map<String, String>> gatewayConnectQueries() {
        return gateway.connectQueries();
    }

    /** Close codes of finished gateway connections, in order. */
    public List<Integer> gatewayCloseCodes() {
        return gateway.closeCodes();
    }

    public int openGatewayConnections() {
        return gateway.openConnections();
    }

    /** Every dispatch (op 0) sent so far to the current session of each shard. */
    public List<JsonNode> dispatched() {
        return gateway.sessions().stream()
                .flatMap(s -> s.dispatched().stream())
                .map(f -> (JsonNode) f)
                .toList();
    }

    /** Closes every gateway connection with that code; sessions stay resumable (4000 = "Unknown error"). */
    public void dropGatewayConnections(int closeCode) {
        gateway.dropConnections(closeCode, "fake Discord dropped the connection");
    }

    /** Op 7 RECONNECT on every connection: the client should reconnect and RESUME. */
    public void requestReconnect() {
        gateway.sendToAll(GatewayServer.frame(7));
    }

    /** Op 9 INVALID_SESSION with {@code d: resumable} on every connection. */
    public void invalidateSessions(boolean resumable) {
        ObjectNode frame = GatewayServer.frame(9);
        frame.put("d", resumable);
        gateway.sendToAll(frame);
    }

    /** Sends a raw dispatch to the shard owning {@code guildId} (0: shard 0); returns its sequence number. */
    public int dispatch(long guildId, String eventType, JsonNode data) {
        return gateway.dispatchFor(guildId, eventType, data.deepCopy());
    }

    // ---- REST log ----

    /** Every REST call so far, in arrival order. */
    public List<RecordedHttp> requests() {
        return backend.log().all();
    }

    /**
     * REST calls of a method ({@code null} or {@code "*"} for any) whose route
     * ({@code channels/123/messages}) or full path matches the regex.
     */
    public List<RecordedHttp> requests(String method, String pathRegex) {
        return backend.log().matching(method, pathRegex);
    }

    /** The first matching REST call, waiting for it; {@link AssertionError} on timeout. */
    public RecordedHttp awaitRequest(String method, String pathRegex, Duration timeout) {
        return backend.log().await(method, pathRegex, 0, timeout);
    }

    /** The {@code index}th (0-based) matching REST call, waiting for it. */
    public RecordedHttp awaitRequest(String method, String pathRegex, int index, Duration timeout) {
        return backend.log().await(method, pathRegex, index, timeout);
    }

    /** Calls to paths the fake does not know (answered 404 {@code {"message": "404: Not Found", "code": 0}}). */
    public List<RecordedHttp> unknownRequests() {
        return backend.log().unknown();
    }

    public void clearRequests() {
        backend.log().clear();
    }

    // ---- application commands ----

    /** The body of the last PUT of global ({@code null}) or a guild's commands; null if none yet. */
    public JsonNode registeredCommands(Long guildIdOrNullForGlobal) {
        return backend.commands().lastPut(scope(guildIdOrNullForGlobal));
    }

    /** Waits for a PUT of that scope's commands and returns its body. */
    public JsonNode awaitRegisteredCommands(Long guildIdOrNullForGlobal, Duration timeout) {
        long scope = scope(guildIdOrNullForGlobal);
        JsonNode body = backend.signal().await(() -> backend.commands().lastPut(scope), timeout);
        if (body == null) {
            throw new AssertionError("no PUT of " + (scope == 0 ? "global" : "guild " + scope) + " commands within "
                    + timeout + "; requests: " + requests());
        }
        return body;
    }

    /** The commands the fake holds for a scope, as Discord answers GET (ids, versions, defaults). */
    public JsonNode commands(Long guildIdOrNullForGlobal) {
        return backend.commands().list(scope(guildIdOrNullForGlobal));
    }

    private static long scope(Long guildIdOrNull) {
        return guildIdOrNull == null ? 0L : guildIdOrNull;
    }

    // ---- interactions ----

    /**
     * A slash command (INTERACTION_CREATE type 2). {@code guildId} 0 means the user's DM with the
     * bot. {@code subcommand} null for none, {@code "list"}, or {@code "group sub"}. Option
     * values are typed by the registered command (else String 3, Integer/Long 4, Boolean 5,
     * other numbers 10); USER options get {@code resolved} users and members.
     */
    public InteractionHandle slashCommand(
            long guildId,
            long channelId,
            long userId,
            String locale,
            String command,
            String subcommand,
            Map<String, ?> options) {
        return interactions.slash(guildId, channelId, userId, locale, command, subcommand, options);
    }

    /**
     * A button press (type 3) on a message; the message is the one the bot created with that id
     * (with its components), or a stand-in with just that button.
     */
    public InteractionHandle button(
            long guildId, long channelId, long userId, String locale, String customId, long messageId) {
        return interactions.button(guildId, channelId, userId, locale, customId, messageId);
    }

    /** Autocomplete (type 4): the focused option with what the user has typed so far. */
    public InteractionHandle autocomplete(
            long guildId,
            long channelId,
            long userId,
            String locale,
            String command,
            String subcommand,
            String focusedOption,
            String typedSoFar) {
        return autocomplete(
                guildId, channelId, userId, locale, command, subcommand, focusedOption, typedSoFar, Map.of());
    }

    /** Autocomplete with other options already filled in. */
    public InteractionHandle autocomplete(
            long guildId,
            long channelId,
            long userId,
            String locale,
            String command,
            String subcommand,
            String focusedOption,
            String typedSoFar,
            Map<String, ?> otherOptions) {
        return interactions.autocomplete(
                guildId, channelId, userId, locale, command, subcommand, focusedOption, typedSoFar, otherOptions);
    }

    /**
     * A modal submit (type 5). If the bot showed that modal (callback type 9), its labels and
     * component ids are mirrored; fields not in it are added as labelled text inputs.
     */
    public InteractionHandle modalSubmit(
            long guildId, long channelId, long userId, String locale, String customId, Map<String, String> fields) {
        return interactions.modalSubmit(guildId, channelId, userId, locale, customId, fields);
    }

    // ---- channel messages (the sink) ----

    /** Successful POST /channels/{channelId}/messages calls, in order. */
    public List<RecordedHttp> channelMessages(long channelId) {
        return requests("POST", "channels/" + Long.toUnsignedString(channelId) + "/messages").stream()
                .filter(r -> r.status() == 200)
                .toList();
    }

    /** The first message posted to a channel, waiting for it. */
    public RecordedHttp awaitChannelMessage(long channelId, Duration timeout) {
        return awaitChannelMessage(channelId, 0, timeout);
    }

    /** The {@code index}th (0-based) message posted to a channel, waiting for it. */
    public RecordedHttp awaitChannelMessage(long channelId, int index, Duration timeout) {
        RecordedHttp found = backend.signal()
                .await(
                        () -> {
                            List<RecordedHttp> posted = channelMessages(channelId);
                            return posted.size() > index ? posted.get(index) : null;
                        },
                        timeout);
        if (found == null) {
            throw new AssertionError("no message #" + index + " in channel " + channelId + " within " + timeout
                    + "; requests: " + requests());
        }
        return found;
    }

    @Override
    public void close() {
        try {
            gateway.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            rest.close();
        }
    }

    @Override
    public String toString() {
        return "FakeDiscord[" + restUrl + ", " + gatewayUrl + "]";
    }

    /** Options of a {@link FakeDiscord}. */
    public static final class Builder {
        private String token = DEFAULT_TOKEN;
        private long applicationId = DEFAULT_APPLICATION_ID;
        private String botName = "ChmlFrp Bot";
        private Duration heartbeatInterval = Duration.ofMillis(41250);
        private int recommendedShards = 1;
        private int allowedPrivilegedIntents;

        private Builder() {}

        public Builder token(String value) {
            this.token = Objects.requireNonNull(value);
            return this;
        }

        public Builder applicationId(long value) {
            this.applicationId = value;
            return this;
        }

        public Builder botName(String value) {
            this.botName = Objects.requireNonNull(value);
            return this;
        }

        /** HELLO's {@code heartbeat_interval} (default 41 250 ms, as Discord). */
        public Builder heartbeatInterval(Duration value) {
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("heartbeat interval must be positive");
            }
            this.heartbeatInterval = value;
            return this;
        }

        /** {@code shards} of GET /gateway/bot (what JDA uses for an automatic shard total). */
        public Builder recommendedShards(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("at least one shard");
            }
            this.recommendedShards = value;
            return this;
        }

        /**
         * Privileged intents enabled "in the developer portal" (bits of GUILD_MEMBERS 1&lt;&lt;1,
         * GUILD_PRESENCES 1&lt;&lt;8, MESSAGE_CONTENT 1&lt;&lt;15). Default none: an IDENTIFY asking
         * for one is closed with 4014, as Discord does.
         */
        public Builder allowPrivilegedIntents(int bits) {
            this.allowedPrivilegedIntents = bits;
            return this;
        }

        public FakeDiscord start() {
            return new FakeDiscord(this);
        }
    }
}
