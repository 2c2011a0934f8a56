package org.chmlfrp.bot.testkit.discord;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything behind the fake's two sockets: configuration, the world, the request log, the
 * interactions in flight, and the REST and gateway servers that share them.
 */
final class Backend {

    private final String token;
    private final long applicationId;
    private final int heartbeatIntervalMillis;
    private final int recommendedShards;
    private final int allowedPrivilegedIntents;

    private final Signal signal = new Signal();
    private final World world = new World(new Snowflakes());
    private final Shapes shapes;
    private final RequestLog log = new RequestLog(signal);
    private final Commands commands = new Commands(this);
    private final Messages messages = new Messages(this);
    private final InteractionRoutes interactionRoutes = new InteractionRoutes(this);
    private final Map<Long, InteractionHandle> interactions = new ConcurrentHashMap<>();
    private final Map<String, InteractionHandle> interactionsByToken = new ConcurrentHashMap<>();
    private final Map<Long, InteractionHandle> followups = new ConcurrentHashMap<>();

    private volatile String gatewayBaseUrl;
    private volatile GatewayServer gateway;

    Backend(
            String token,
            long applicationId,
            String botName,
            int heartbeatIntervalMillis,
            int recommendedShards,
            int allowedPrivilegedIntents) {
        this.token = token;
        this.applicationId = applicationId;
        this.heartbeatIntervalMillis = heartbeatIntervalMillis;
        this.recommendedShards = recommendedShards;
        this.allowedPrivilegedIntents = allowedPrivilegedIntents;
        this.shapes = new Shapes(applicationId, botName, world);
    }

    String token() {
        return token;
    }

    long applicationId() {
        return applicationId;
    }

    int heartbeatIntervalMillis() {
        return heartbeatIntervalMillis;
    }

    int recommendedShards() {
        return recommendedShards;
    }

    int allowedPrivilegedIntents() {
        return allowedPrivilegedIntents;
    }

    Signal signal() {
        return signal;
    }

    World world() {
        return world;
    }

    Shapes shapes() {
        return shapes;
    }

    RequestLog log() {
        return log;
    }

    Commands commands() {
        return commands;
    }

    Messages messages() {
        return messages;
    }

    InteractionRoutes interactionRoutes() {
        return interactionRoutes;
    }

    String gatewayBaseUrl() {
        return gatewayBaseUrl;
    }

    void gatewayBaseUrl(String url) {
        this.gatewayBaseUrl = url;
    }

    GatewayServer gateway() {
        return gateway;
    }

    void gateway(GatewayServer value) {
        this.gateway = value;
    }

    void register(InteractionHandle handle) {
        interactions.put(handle.id(), handle);
        interactionsByToken.put(handle.token(), handle);
    }

    InteractionHandle interaction(long id) {
        return interactions.get(id);
    }

    InteractionHandle interactionByToken(String token) {
        return interactionsByToken.get(token);
    }

    void followupOf(long messageId, InteractionHandle handle) {
        followups.put(messageId, handle);
    }

    InteractionHandle followupHandle(long messageId) {
        return followups.get(messageId);
    }
}
