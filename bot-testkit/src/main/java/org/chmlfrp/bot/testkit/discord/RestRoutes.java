package org.chmlfrp.bot.testkit.discord;

import static org.chmlfrp.bot.testkit.discord.DiscordJson.object;
import static org.chmlfrp.bot.testkit.discord.DiscordJson.snowflake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.function.Supplier;
import org.chmlfrp.bot.testkit.discord.RestServer.Reply;
import org.chmlfrp.bot.testkit.discord.RestServer.Request;

/**
 * The REST endpoints, answered as Discord API v10 does (bodies, status codes and error codes).
 * Interaction and webhook routes need no {@code Authorization}; every other route needs
 * {@code Bot <token>}.
 */
final class RestRoutes {

    private final Backend backend;

    RestRoutes(Backend backend) {
        this.backend = backend;
    }

    /** True when no route matched the request's path (as opposed to a known route answering 404). */
    boolean isUnknownRoute(Request request) {
        return !knownShape(request.segments);
    }

    Reply answer(Request request) {
        String[] s = request.segments;
        if (!knownShape(s)) {
            return Reply.error(404, "404: Not Found", 0);
        }
        // Interaction callbacks and webhooks are authorized by their token in the path; GET /gateway is public.
        boolean open =
                s[0].equals("interactions") || s[0].equals("webhooks") || (s[0].equals("gateway") && s.length == 1);
        if (!open && !authorized(request)) {
            return Reply.error(401, "401: Unauthorized", 0);
        }
        switch (s[0]) {
            case "gateway":
                return gateway(request);
            case "users":
                return users(request);
            case "applications":
                return applications(request);
            case "oauth2":
                return only(request, "GET", () -> Reply.ok(backend.shapes().application()));
            case "interactions":
                return only(
                        request, "POST", () -> backend.interactionRoutes().callback(request, snowflakeOr(s[1]), s[2]));
            case "webhooks":
                return webhooks(request);
            case "channels":
                return channels(request);
            case "guilds":
                return guilds(request);
            default:
                return Reply.error(404, "404: Not Found", 0);
        }
    }

    private boolean authorized(Request request) {
        String header = request.header("authorization");
        return header != null && header.equals("Bot " + backend.token());
    }

    // ---- which paths exist ----

    private static boolean knownShape(String[] s) {
        if (s.length == 0) {
            return false;
        }
        switch (s[0]) {
            case "gateway":
                return s.length == 1 || (s.length == 2 && s[1].equals("bot"));
            case "users":
                return s.length == 2 || (s.length == 3 && s[1].equals("@me") && s[2].equals("channels"));
            case "oauth2":
                return s.length == 3 && s[1].equals("applications") && s[2].equals("@me");
            case "applications":
                return (s.length == 2 && s[1].equals("@me"))
                        || (s.length == 3 && s[2].equals("commands"))
                        || (s.length == 4 && s[2].equals("commands"))
                        || (s.length == 5 && s[2].equals("guilds") && s[4].equals("commands"))
                        || (s.length == 6 && s[2].equals("guilds") && s[4].equals("commands"));
            case "interactions":
                return s.length == 4 && s[3].equals("callback");
            case "webhooks":
                return s.length == 3 || (s.length == 5 && s[3].equals("messages"));
            case "channels":
                return s.length == 2
                        || (s.length == 3 && (s[2].equals("messages") || s[2].equals("typing")))
                        || (s.length == 4 && s[2].equals("messages"));
            case "guilds":
                return s.length == 2 || (s.length == 4 && s[2].equals("members"));
            default:
                return false;
        }
    }

    // ---- gateway, users, application ----

    private Reply gateway(Request request) {
        return only(request, "GET", () -> {
            ObjectNode body = object();
            body.put("url", backend.gatewayBaseUrl());
            if (request.segments.length == 2) {
                body.put("shards", backend.recommendedShards());
                ObjectNode limit = body.putObject("session_start_limit");
                limit.put("total", 1000);
                limit.put("remaining", 1000);
                limit.put("reset_after", 0);
                limit.put("max_concurrency", 1);
            }
            return Reply.ok(body);
        });
    }

    private Reply users(Request request) {
        String[] s = request.segments;
        if (s.length == 3) { // users/@me/channels
            return only(request, "POST", () -> {
                long recipient = snowflake(request.json == null ? null : request.json.get("recipient_id"));
                if (recipient == 0) {
                    return invalidForm("recipient_id", "BASE_TYPE_REQUIRED", "This field is required");
                }
                if (recipient == backend.applicationId()) {
                    return Reply.error(400, "Cannot send messages to this user", 50007);
                }
                return Reply.ok(backend.shapes().channel(backend.world().dmWith(recipient)));
            });
        }
        return only(request, "GET", () -> {
            if (s[1].equals("@me")) {
                return Reply.ok(backend.shapes().selfUser());
            }
            long userId = snowflakeOr(s[1]);
            return userId == 0
                    ? Reply.error(404, "Unknown User", 10013)
                    : Reply.ok(backend.shapes().user(userId));
        });
    }

    private Reply applications(Request request) {
        String[] s = request.segments;
        if (s.length == 2) { // applications/@me
            return only(request, "GET", () -> Reply.ok(backend.shapes().application()));
        }
        if (snowflakeOr(s[1]) != backend.applicationId()) {
            return Reply.error(403, "Missing Access", 50001);
        }
        boolean guildScope = s[2].equals("guilds");
        long guildId = guildScope ? snowflakeOr(s[3]) : 0L;
        if (guildScope && backend.world().guild(guildId).isEmpty()) {
            return Reply.error(403, "Missing Access", 50001);
        }
        String commandId = guildScope ? (s.length == 6 ? s[5] : null) : (s.length == 4 ? s[3] : null);
        Commands commands = backend.commands();
        if (commandId == null) {
            switch (request.method) {
                case "GET":
                    return Reply.ok(commands.list(guildId));
                case "PUT":
                    return commands.bulkOverwrite(guildId, request.json);
                case "POST":
                    return commands.upsert(guildId, request.json);
                default:
                    return methodNotAllowed();
            }
        }
        long id = snowflakeOr(commandId);
        switch (request.method) {
            case "GET":
                return commands.get(guildId, id);
            case "PATCH":
                return commands.edit(guildId, id, request.json);
            case "DELETE":
                return commands.delete(guildId, id);
            default:
                return methodNotAllowed();
        }
    }

    // ---- webhooks (interaction followups and @original) ----

    private Reply webhooks(Request request) {
        String[] s = request.segments;
        InteractionRoutes interactions = backend.interactionRoutes();
        if (s.length == 3) {
            return only(request, "POST", () -> interactions.followup(request, snowflakeOr(s[1]), s[2]));
        }
        String messageId = s[4];
        switch (request.method) {
            case "GET":
                return interactions.getMessage(request, snowflakeOr(s[1]), s[2], messageId);
            case "PATCH":
                return interactions.editMessage(request, snowflakeOr(s[1]), s[2], messageId);
            case "DELETE":
                return interactions.deleteMessage(request, snowflakeOr(s[1]), s[2], messageId);
            default:
                return methodNotAllowed();
        }
    }

    // ---- channels ----

    private Reply channels(Request request) {
        String[] s = request.segments;
        Optional<World.Channel> found = backend.world().channel(snowflakeOr(s[1]));
        if (found.isEmpty()) {
            return Reply.error(404, "Unknown Channel", 10003);
        }
        World.Channel channel = found.get();
        if (s.length == 2) {
            return only(request, "GET", () -> Reply.ok(backend.shapes().channel(channel)));
        }
        if (s[2].equals("typing")) {
            return only(request, "POST", Reply::noContent);
        }
        Messages messages = backend.messages();
        if (s.length == 3) {
            return only(request, "POST", () -> messages.create(request, channel));
        }
        long messageId = snowflakeOr(s[3]);
        Optional<ObjectNode> message =
                backend.world().message(messageId).filter(m -> snowflake(m.get("channel_id")) == channel.id);
        if (message.isEmpty()) {
            return Reply.error(404, "Unknown Message", 10008);
        }
        switch (request.method) {
            case "GET":
                return Reply.ok(message.get().deepCopy());
            case "PATCH":
                return messages.edit(request, message.get());
            case "DELETE":
                backend.world().removeMessage(messageId);
                return Reply.noContent();
            default:
                return methodNotAllowed();
        }
    }

    private Reply guilds(Request request) {
        String[] s = request.segments;
        return only(
                request,
                "GET",
                () -> backend.world()
                        .guild(snowflakeOr(s[1]))
                        .map(g -> {
                            if (s.length == 2) {
                                return Reply.ok(backend.shapes()
                                        .guildCreate(g, backend.world().channelsOf(g.id)));
                            }
                            // Any user id is a member: the fake's guilds take everyone who interacts.
                            long userId = snowflakeOr(s[3]);
                            return userId == 0
                                    ? Reply.error(404, "Unknown Member", 10007)
                                    : Reply.ok(backend.shapes().member(g.id, userId, false));
                        })
                        .orElseGet(() -> Reply.error(404, "Unknown Guild", 10004)));
    }

    // ---- helpers ----

    private static Reply only(Request request, String method, Supplier<Reply> answer) {
        return request.method.equals(method) ? answer.get() : methodNotAllowed();
    }

    static Reply methodNotAllowed() {
        return Reply.error(405, "405: Method Not Allowed", 0);
    }

    /** Discord's 50035 with one field error. */
    static Reply invalidForm(String field, String code, String message) {
        ObjectNode body = DiscordJson.error("Invalid Form Body", 50035);
        ObjectNode cursor = body.putObject("errors");
        for (String part : field.split("\\.")) {
            cursor = cursor.putObject(part);
        }
        ObjectNode error = cursor.putArray("_errors").addObject();
        error.put("code", code);
        error.put("message", message);
        return new Reply(400, body);
    }

    static long snowflakeOr(String text) {
        try {
            return Long.parseUnsignedLong(text);
        } catch (NumberFormatException e) {
            return 0L;
        }
    }
}
