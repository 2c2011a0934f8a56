package org.chmlfrp.bot.testkit.discord;

import static org.chmlfrp.bot.testkit.discord.DiscordJson.id;
import static org.chmlfrp.bot.testkit.discord.DiscordJson.object;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Discord gateway (v10, JSON) over Java-WebSocket on {@code 127.0.0.1:<free port>}:
 * HELLO on connect; IDENTIFY (token, shard, intents checked) answered with READY and a
 * GUILD_CREATE per guild of that shard; heartbeats ACKed; RESUME replays missed dispatches and
 * ends with RESUMED (or op 9 for an unknown session); REQUEST_GUILD_MEMBERS gets one chunk.
 * Close codes as Discord's: 4001 unknown opcode, 4002 decode error, 4003 not authenticated,
 * 4004 authentication failed, 4005 already authenticated, 4010 invalid shard, 4012 invalid API
 * version, 4014 disallowed intents.
 */
final class GatewayServer extends WebSocketServer {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayServer.class);

    /** GUILD_MEMBERS (1 << 1), GUILD_PRESENCES (1 << 8), MESSAGE_CONTENT (1 << 15). */
    static final int PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | (1 << 15);

    private final Backend backend;
    private final CompletableFuture<Integer> started = new CompletableFuture<>();
    private final SecureRandom random = new SecureRandom();

    // Guarded by this.
    private final Map<String, GatewaySession> sessions = new LinkedHashMap<>();
    private final Map<Integer, GatewaySession> byShard = new LinkedHashMap<>();
    private final List<JsonNode> received = new ArrayList<>();
    private final List<Integer> closeCodes = new ArrayList<>();
    private final List<Map<String, String>> connectQueries = new ArrayList<>();
    private int shardTotal = 1;
    private int identifies;
    private int resumes;
    private int heartbeats;

    GatewayServer(Backend backend) {
        super(new InetSocketAddress("127.0.0.1", 0));
        this.backend = backend;
        setReuseAddr(true);
        setDaemon(true);
        setConnectionLostTimeout(0);
    }

    /** Starts listening; returns the port. */
    int listen(Duration timeout) {
        start();
        try {
            return started.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("fake Discord gateway could not listen on 127.0.0.1", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("fake Discord gateway did not start within " + timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the fake Discord gateway", e);
        }
    }

    @Override
    public void onStart() {
        started.complete(getPort());
    }

    @Override
    public void onOpen(WebSocket socket, ClientHandshake handshake) {
        Map<String, String> query = query(handshake.getResourceDescriptor());
        GatewayConnection connection = new GatewayConnection(socket, query);
        socket.setAttachment(connection);
        synchronized (this) {
            connectQueries.add(query);
        }
        LOG.debug("gateway connection {} {}", handshake.getResourceDescriptor(), query);
        String version = query.getOrDefault("v", "10");
        if (!version.equals("10") && !version.equals("9")) {
            socket.close(4012, "Invalid API version.");
            return;
        }
        if ("etf".equals(query.get("encoding"))) {
            socket.close(4002, "Error while decoding payload (the fake speaks JSON only).");
            return;
        }
        ObjectNode hello = frame(10);
        ObjectNode d = hello.putObject("d");
        d.put("heartbeat_interval", backend.heartbeatIntervalMillis());
        d.putArray("_trace").add("[\"fake-discord-gateway\",{\"micros\":0.0}]");
        connection.send(hello);
        backend.signal().changed();
    }

    @Override
    public void onMessage(WebSocket socket, String message) {
        GatewayConnection connection = socket.getAttachment();
        JsonNode frame;
        try {
            frame = DiscordJson.parse(message);
        } catch (IllegalArgumentException e) {
            socket.close(4002, "Error while decoding payload.");
            return;
        }
        if (frame == null || !frame.isObject() || !frame.has("op")) {
            socket.close(4002, "Error while decoding payload.");
            return;
        }
        synchronized (this) {
            received.add(frame);
        }
        try {
            handle(connection, frame);
        } finally {
            backend.signal().changed();
        }
    }

    @Override
    public void onMessage(WebSocket socket, ByteBuffer bytes) {
        byte[] data = new byte[bytes.remaining()];
        bytes.get(data);
        onMessage(socket, new String(data, StandardCharsets.UTF_8));
    }

    @Override
    public void onClose(WebSocket socket, int code, String reason, boolean remote) {
        GatewayConnection connection = socket.getAttachment();
        LOG.debug("gateway connection closed {} {} by {}", code, reason, remote ? "client" : "fake");
        synchronized (this) {
            closeCodes.add(code);
        }
        if (connection != null) {
            GatewaySession session = connection.session();
            if (session != null) {
                session.detach(connection);
            }
            connection.released();
        }
        backend.signal().changed();
    }

    @Override
    public void onError(WebSocket socket, Exception e) {
        LOG.debug("gateway socket error", e);
    }

    // ---- protocol ----

    private void handle(GatewayConnection connection, JsonNode frame) {
        int op = frame.get("op").asInt(-1);
        JsonNode d = frame.get("d");
        switch (op) {
            case 1: // HEARTBEAT
                synchronized (this) {
                    heartbeats++;
                }
                connection.send(frame(11));
                return;
            case 2:
                identify(connection, d);
                return;
            case 6:
                resume(connection, d);
                return;
            case 3: // PRESENCE_UPDATE
            case 4: // VOICE_STATE_UPDATE
                if (connection.session() == null) {
                    connection.close(4003, "Not authenticated.");
                }
                return;
            case 8:
                requestGuildMembers(connection, d);
                return;
            default:
                connection.close(4001, "Unknown opcode.");
        }
    }

    private void identify(GatewayConnection connection, JsonNode d) {
        if (connection.session() != null) {
            connection.close(4005, "Already authenticated.");
            return;
        }
        if (d == null || !backend.token().equals(d.path("token").asText(null))) {
            connection.close(4004, "Authentication failed.");
            return;
        }
        if (!d.has("intents")) {
            connection.close(4013, "Invalid intent(s).");
            return;
        }
        int intents = d.get("intents").asInt();
        if ((intents & PRIVILEGED_INTENTS & ~backend.allowedPrivilegedIntents()) != 0) {
            connection.close(4014, "Disallowed intent(s).");
            return;
        }
        int shardId = 0;
        int total = 1;
        JsonNode shard = d.get("shard");
        if (shard != null && shard.isArray() && shard.size() == 2) {
            shardId = shard.get(0).asInt();
            total = shard.get(1).asInt();
        }
        if (total < 1 || shardId < 0 || shardId >= total) {
            connection.close(4010, "Invalid shard.");
            return;
        }
        GatewaySession session = new GatewaySession(HexFormat.of().formatHex(randomBytes(16)), shardId, total, d);
        synchronized (this) {
            identifies++;
            if (total != shardTotal) {
                byShard.clear();
                shardTotal = total;
            }
            sessions.put(session.sessionId, session);
            byShard.put(shardId, session);
        }
        session.attach(connection);
        session.dispatch("READY", ready(session));
        for (World.Guild guild : backend.world().guilds()) {
            if (Snowflakes.shardOf(guild.id, total) == shardId) {
                session.dispatch(
                        "GUILD_CREATE",
                        backend.shapes().guildCreate(guild, backend.world().channelsOf(guild.id)));
            }
        }
        session.markReady();
        LOG.debug("shard [{}, {}] identified as session {}", shardId, total, session.sessionId);
    }

    private ObjectNode ready(GatewaySession session) {
        ObjectNode d = object();
        d.put("v", 10);
        d.set("user", backend.shapes().selfUser());
        ArrayNode guilds = d.putArray("guilds");
        for (World.Guild guild : backend.world().guilds()) {
            if (Snowflakes.shardOf(guild.id, session.shardTotal) == session.shardId) {
                guilds.add(Shapes.unavailableGuild(guild.id));
            }
        }
        d.put("session_id", session.sessionId);
        d.put("session_type", "normal");
        d.put("resume_gateway_url", backend.gatewayBaseUrl());
        d.putArray("shard").add(session.shardId).add(session.shardTotal);
        ObjectNode application = d.putObject("application");
        application.put("id", id(backend.applicationId()));
        application.put("flags", 0);
        d.putArray("private_channels");
        d.putArray("presences");
        d.putArray("relationships");
        d.putArray("guild_join_requests");
        d.putArray("geo_ordered_rtc_regions");
        d.putObject("auth");
        d.putObject("user_settings");
        d.putArray("_trace").add("[\"fake-discord-gateway\",{\"micros\":0.0}]");
        return d;
    }

    private void resume(GatewayConnection connection, JsonNode d) {
        if (d == null || !backend.token().equals(d.path("token").asText(null))) {
            connection.close(4004, "Authentication failed.");
            return;
        }
        GatewaySession session;
        synchronized (this) {
            session = sessions.get(d.path("session_id").asText(""));
            if (session != null && byShard.get(session.shardId) != session) {
                session = null; // superseded by a newer IDENTIFY of that shard
            }
        }
        if (session == null) {
            ObjectNode invalid = frame(9);
            invalid.put("d", false);
            connection.send(invalid);
            return;
        }
        synchronized (this) {
            resumes++;
        }
        GatewayConnection previous = session.connection();
        if (previous != null && previous != connection) {
            previous.close(4009, "Session timed out.");
        }
        int replayed = session.resume(connection, d.path("seq").asLong(0));
        ObjectNode resumed = object();
        resumed.putArray("_trace").add("[\"fake-discord-gateway\",{\"micros\":0.0}]");
        session.dispatch("RESUMED", resumed);
        LOG.debug("session {} resumed, {} dispatch(es) replayed", session.sessionId, replayed);
    }

    private void requestGuildMembers(GatewayConnection connection, JsonNode d) {
        GatewaySession session = connection.session();
        if (session == null) {
            connection.close(4003, "Not authenticated.");
            return;
        }
        JsonNode guildIds = d.path("guild_id");
        List<Long> ids = new ArrayList<>();
        if (guildIds.isArray()) {
            guildIds.forEach(g -> ids.add(DiscordJson.snowflake(g)));
        } else {
            ids.add(DiscordJson.snowflake(guildIds));
        }
        for (long guildId : ids) {
            ObjectNode chunk = object();
            chunk.put("guild_id", id(guildId));
            chunk.putArray("members").add(backend.shapes().member(guildId, backend.applicationId(), false));
            chunk.put("chunk_index", 0);
            chunk.put("chunk_count", 1);
            chunk.putArray("not_found");
            if (d.hasNonNull("nonce")) {
                chunk.set("nonce", d.get("nonce"));
            }
            session.dispatch("GUILD_MEMBERS_CHUNK", chunk);
        }
    }

    // ---- what the fake does to the bot ----

    /** Dispatches to the session of the shard that owns the guild (shard 0 for DMs, guild 0). */
    int dispatchFor(long guildId, String type, JsonNode data) {
        GatewaySession session;
        synchronized (this) {
            session = byShard.get(guildId == 0 ? 0 : Snowflakes.shardOf(guildId, shardTotal));
        }
        if (session == null) {
            throw new IllegalStateException("no bot gateway session owns guild " + guildId
                    + " yet: start the bot and awaitIdentified(...) first");
        }
        return session.dispatch(type, data);
    }

    /** Like {@link #dispatchFor} but silently skips when no session owns the guild yet. */
    boolean dispatchIfIdentified(long guildId, String type, JsonNode data) {
        synchronized (this) {
            if (byShard.get(guildId == 0 ? 0 : Snowflakes.shardOf(guildId, shardTotal)) == null) {
                return false;
            }
        }
        dispatchFor(guildId, type, data);
        return true;
    }

    /** True once every shard of the last seen total has identified and got READY + GUILD_CREATEs. */
    synchronized boolean allShardsReady() {
        if (byShard.size() < shardTotal) {
            return false;
        }
        for (GatewaySession session : byShard.values()) {
            if (!session.isReady()) {
                return false;
            }
        }
        return true;
    }

    synchronized List<GatewaySession> sessions() {
        return new ArrayList<>(byShard.values());
    }

    /** Closes every open connection with that code (sessions stay resumable). */
    void dropConnections(int code, String reason) {
        for (WebSocket socket : getConnections()) {
            socket.close(code, reason);
        }
    }

    /** Sends a raw frame on every open connection (op 7 RECONNECT, op 9 INVALID_SESSION, op 1 ...). */
    void sendToAll(ObjectNode frame) {
        for (WebSocket socket : getConnections()) {
            GatewayConnection connection = socket.getAttachment();
            if (connection != null) {
                connection.send(frame);
            }
        }
    }

    synchronized List<JsonNode> received() {
        return new ArrayList<>(received);
    }

    synchronized List<Integer> closeCodes() {
        return new ArrayList<>(closeCodes);
    }

    synchronized List<Map<String, String>> connectQueries() {
        return new ArrayList<>(connectQueries);
    }

    synchronized int identifies() {
        return identifies;
    }

    synchronized int resumes() {
        return resumes;
    }

    synchronized int heartbeats() {
        return heartbeats;
    }

    synchronized int shardTotal() {
        return shardTotal;
    }

    int openConnections() {
        return getConnections().size();
    }

    static ObjectNode frame(int op) {
        ObjectNode frame = object();
        frame.put("op", op);
        frame.putNull("d");
        frame.putNull("s");
        frame.putNull("t");
        return frame;
    }

    private byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }

    private static Map<String, String> query(String resource) {
        Map<String, String> query = new LinkedHashMap<>();
        String raw = URI.create(resource == null ? "/" : resource).getRawQuery();
        if (raw == null) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            query.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return query;
    }
}
