package org.chmlfrp.bot.testkit.discord;

import static org.chmlfrp.bot.testkit.discord.DiscordJson.id;
import static org.chmlfrp.bot.testkit.discord.DiscordJson.object;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds INTERACTION_CREATE payloads as Discord sends them (API v10, {@code version: 1}) and
 * dispatches them on the shard that owns the guild. Option types come from the commands the bot
 * registered; unregistered options are typed by their Java value.
 */
final class Interactions {

    static final int USER = 6;
    static final int CHANNEL = 7;
    static final int ROLE = 8;
    static final int MENTIONABLE = 9;
    static final int INTEGER = 4;
    static final int BOOLEAN = 5;
    static final int NUMBER = 10;

    private final Backend backend;
    private final FakeDiscord discord;
    private final SecureRandom random = new SecureRandom();

    Interactions(Backend backend, FakeDiscord discord) {
        this.backend = backend;
        this.discord = discord;
    }

    // ---- the four kinds ----

    InteractionHandle slash(
            long guildId,
            long channelId,
            long userId,
            String locale,
            String command,
            String subcommand,
            Map<String, ?> options) {
        CommandData c = commandData(guildId, command, subcommand, options);
        if (c.resolved().size() > 0) {
            c.data().set("resolved", c.resolved());
        }
        return dispatch(InteractionHandle.APPLICATION_COMMAND, guildId, channelId, userId, locale, c.data(), 0L, null);
    }

    InteractionHandle autocomplete(
            long guildId,
            long channelId,
            long userId,
            String locale,
            String command,
            String subcommand,
            String focusedOption,
            String partial,
            Map<String, ?> others) {
        CommandData c = commandData(guildId, command, subcommand, others);
        ObjectNode focused = c.leaf().addObject();
        focused.put("name", focusedOption);
        focused.put("type", declaredType(c.declared(), focusedOption).orElse(Commands.STRING));
        focused.put("value", partial); // what the user has typed so far: always a string
        focused.put("focused", true);
        return dispatch(
                InteractionHandle.APPLICATION_COMMAND_AUTOCOMPLETE,
                guildId,
                channelId,
                userId,
                locale,
                c.data(),
                0L,
                null);
    }

    /** A command interaction's {@code data}; {@code leaf} holds the options, {@code resolved} their users. */
    private record CommandData(ObjectNode data, ArrayNode leaf, JsonNode declared, ObjectNode resolved) {}

    /** The command as registered (or a stand-in), with {@code options} typed as it declares them. */
    private CommandData commandData(long guildId, String command, String subcommand, Map<String, ?> options) {
        Optional<ObjectNode> registered = backend.world().command(guildId, command);
        ObjectNode data = object();
        data.put(
                "id", id(registered.map(c -> DiscordJson.snowflake(c.get("id"))).orElseGet(backend.world().ids::next)));
        data.put("name", command);
        data.put("type", 1);
        registered
                .filter(c -> c.hasNonNull("guild_id"))
                .ifPresent(c -> data.put("guild_id", c.get("guild_id").asText()));
        ObjectNode resolved = object();
        JsonNode declared = declaredOptions(registered.orElse(null), subcommand);
        ArrayNode leaf = leafOptions(data, subcommand, declared);
        for (Map.Entry<String, ?> option : ordered(options, declared).entrySet()) {
            leaf.add(option(guildId, option.getKey(), option.getValue(), declared, resolved));
        }
        return new CommandData(data, leaf, declared, resolved);
    }

    InteractionHandle button(
            long guildId, long channelId, long userId, String locale, String customId, long messageId) {
        World.Channel channel = ensureChannel(guildId, channelId, userId);
        ObjectNode message = backend.world()
                .message(messageId)
                .filter(m -> DiscordJson.snowflake(m.get("channel_id")) == channel.id)
                .orElseGet(() -> syntheticButtonMessage(messageId, channel, customId));
        ObjectNode data = object();
        data.put("custom_id", customId);
        data.put("component_type", Components.BUTTON);
        Components.find(message.get("components"), customId)
                .filter(c -> c.hasNonNull("id"))
                .ifPresent(c -> data.put("id", c.get("id").asInt()));
        return dispatch(
                InteractionHandle.MESSAGE_COMPONENT,
                guildId,
                channel.id,
                userId,
                locale,
                data,
                DiscordJson.snowflake(message.get("id")),
                message.deepCopy());
    }

    InteractionHandle modalSubmit(
            long guildId, long channelId, long userId, String locale, String customId, Map<String, String> fields) {
        ObjectNode data = object();
        data.put("custom_id", customId);
        ArrayNode components = data.putArray("components");
        Optional<ObjectNode> shown = backend.world().modal(customId);
        Map<String, String> remaining = new LinkedHashMap<>(fields);
        int nextId = 1;
        if (shown.isPresent()) {
            ArrayNode copy = (ArrayNode) shown.get().path("components").deepCopy();
            Components.assignIds(copy);
            for (JsonNode top : copy) {
                nextId = Math.max(nextId, top.path("id").asInt(0) + 1);
                if (top.path("type").asInt() == Components.LABEL && top.has("component")) {
                    JsonNode inner = top.get("component");
                    nextId = Math.max(nextId, inner.path("id").asInt(0) + 1);
                    ObjectNode label = components.addObject();
                    label.put("type", Components.LABEL);
                    label.put("id", top.path("id").asInt());
                    label.set(
                            "component",
                            submitted(
                                    inner,
                                    remaining.remove(inner.path("custom_id").asText())));
                } else if (top.path("type").asInt() == Components.ACTION_ROW) {
                    ObjectNode row = components.addObject();
                    row.put("type", Components.ACTION_ROW);
                    row.put("id", top.path("id").asInt());
                    ArrayNode children = row.putArray("components");
                    for (JsonNode inner : top.path("components")) {
                        children.add(submitted(
                                inner, remaining.remove(inner.path("custom_id").asText())));
                    }
                }
            }
        }
        for (Map.Entry<String, String> field : remaining.entrySet()) {
            ObjectNode label = components.addObject();
            label.put("type", Components.LABEL);
            label.put("id", nextId++);
            ObjectNode input = label.putObject("component");
            input.put("type", Components.TEXT_INPUT);
            input.put("id", nextId++);
            input.put("custom_id", field.getKey());
            input.put("value", field.getValue());
        }
        return dispatch(InteractionHandle.MODAL_SUBMIT, guildId, channelId, userId, locale, data, 0L, null);
    }

    private static ObjectNode submitted(JsonNode shown, String value) {
        ObjectNode component = object();
        component.put("type", shown.path("type").asInt(Components.TEXT_INPUT));
        component.put("id", shown.path("id").asInt());
        component.put("custom_id", shown.path("custom_id").asText());
        if (shown.path("type").asInt(Components.TEXT_INPUT) == Components.TEXT_INPUT) {
            component.put("value", value == null ? shown.path("value").asText("") : value);
        } else {
            ArrayNode values = component.putArray("values");
            if (value != null) {
                values.add(value);
            }
        }
        return component;
    }

    // ---- the common envelope ----

    private InteractionHandle dispatch(
            int type,
            long guildId,
            long channelId,
            long userId,
            String locale,
            ObjectNode data,
            long componentMessageId,
            ObjectNode message) {
        World.Channel channel = ensureChannel(guildId, channelId, userId);
        long interactionId = backend.world().ids.next();
        String token =
                "aW50ZXJhY3Rpb24" + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(96));

        ObjectNode d = object();
        d.put("id", id(interactionId));
        d.put("application_id", id(backend.applicationId()));
        d.put("type", type);
        d.set("data", data);
        d.put("token", token);
        d.put("version", 1);
        d.put("locale", locale);
        d.put("channel_id", id(channel.id));
        d.set("channel", backend.shapes().interactionChannel(channel));
        d.putArray("entitlements");
        d.put("attachment_size_limit", 10 * 1024 * 1024);
        ObjectNode owners = d.putObject("authorizing_integration_owners");
        if (guildId != 0) {
            World.Guild guild = backend.world().guild(guildId).orElseThrow();
            d.put("guild_id", id(guildId));
            ObjectNode partialGuild = d.putObject("guild");
            partialGuild.put("id", id(guildId));
            partialGuild.put("locale", guild.locale);
            partialGuild.putArray("features");
            d.put("guild_locale", guild.locale);
            d.set("member", backend.shapes().member(guildId, userId, true));
            d.put("app_permissions", Long.toString(Shapes.EVERYONE));
            d.put("context", 0);
            owners.put("0", id(guildId));
        } else {
            d.set("user", backend.shapes().user(userId));
            d.put("app_permissions", Long.toString(Shapes.DM_APP_PERMISSIONS));
            d.put("context", 1);
            owners.put("0", "0");
        }
        if (message != null) {
            d.set("message", message);
        }
        InteractionHandle handle = new InteractionHandle(
                interactionId,
                token,
                type,
                guildId,
                channel.id,
                userId,
                componentMessageId,
                d.deepCopy(),
                backend.signal());
        backend.register(handle);
        backend.gateway().dispatchFor(guildId, "INTERACTION_CREATE", d);
        return handle;
    }

    /** The guild, its channel or the user's DM channel, made known (and announced) if new. */
    private World.Channel ensureChannel(long guildId, long channelId, long userId) {
        if (guildId == 0) {
            return discord.dmChannel(userId, channelId);
        }
        if (backend.world().guild(guildId).isEmpty()) {
            discord.guild(guildId, "guild-" + Long.toUnsignedString(guildId));
        }
        Optional<World.Channel> channel = backend.world().channel(channelId);
        if (channel.isEmpty()) {
            discord.channel(guildId, channelId, "channel-" + Long.toUnsignedString(channelId));
            channel = backend.world().channel(channelId);
        }
        if (channel.get().guildId != guildId) {
            throw new IllegalArgumentException("channel " + channelId + " is not in guild " + guildId);
        }
        return channel.get();
    }

    private ObjectNode syntheticButtonMessage(long messageId, World.Channel channel, String customId) {
        ObjectNode body = object();
        body.put("content", "");
        ObjectNode row = body.putArray("components").addObject();
        row.put("type", Components.ACTION_ROW);
        ObjectNode button = row.putArray("components").addObject();
        button.put("type", Components.BUTTON);
        button.put("style", 1);
        button.put("label", customId);
        button.put("custom_id", customId);
        long id = messageId == 0 ? backend.world().ids.next() : messageId;
        return backend.messages().build(id, channel, Messages.DEFAULT, body, List.of(), null, null);
    }

    // ---- options ----

    /** The declared options of the leaf the subcommand path names (null if unregistered). */
    private static JsonNode declaredOptions(ObjectNode command, String subcommand) {
        if (command == null) {
            return null;
        }
        JsonNode options = command.path("options");
        if (subcommand == null || subcommand.isBlank()) {
            return options;
        }
        for (String part : subcommand.trim().split("\\s+")) {
            JsonNode next = null;
            for (JsonNode option : options) {
                if (option.path("name").asText().equals(part)) {
                    next = option.path("options");
                }
            }
            if (next == null) {
                return null;
            }
            options = next;
        }
        return options;
    }

    /** Adds the subcommand (and group) wrappers to {@code data.options}; returns the leaf array. */
    private static ArrayNode leafOptions(ObjectNode data, String subcommand, JsonNode declared) {
        ArrayNode options = data.putArray("options");
        if (subcommand == null || subcommand.isBlank()) {
            return options;
        }
        String[] parts = subcommand.trim().split("\\s+");
        if (parts.length > 2) {
            throw new IllegalArgumentException("at most \"group subcommand\": " + subcommand);
        }
        if (parts.length == 2) {
            ObjectNode group = options.addObject();
            group.put("name", parts[0]);
            group.put("type", Commands.SUB_COMMAND_GROUP);
            options = group.putArray("options");
        }
        ObjectNode sub = options.addObject();
        sub.put("name", parts[parts.length - 1]);
        sub.put("type", Commands.SUB_COMMAND);
        return sub.putArray("options");
    }

    /** Options in declaration order when the command is registered, else as given. */
    private static Map<String, Object> ordered(Map<String, ?> options, JsonNode declared) {
        Map<String, Object> result = new LinkedHashMap<>();
        if (options == null) {
            return result;
        }
        if (declared != null) {
            for (JsonNode option : declared) {
                String name = option.path("name").asText();
                if (options.containsKey(name)) {
                    result.put(name, options.get(name));
                }
            }
        }
        List<String> rest = new ArrayList<>(options.keySet());
        rest.removeAll(result.keySet());
        rest.forEach(name -> result.put(name, options.get(name)));
        return result;
    }

    private static Optional<Integer> declaredType(JsonNode declared, String name) {
        if (declared != null) {
            for (JsonNode option : declared) {
                if (option.path("name").asText().equals(name)) {
                    return Optional.of(option.path("type").asInt(Commands.STRING));
                }
            }
        }
        return Optional.empty();
    }

    private ObjectNode option(long guildId, String name, Object value, JsonNode declared, ObjectNode resolved) {
        int type = declaredType(declared, name).orElseGet(() -> inferredType(value));
        ObjectNode option = object();
        option.put("name", name);
        option.put("type", type);
        switch (type) {
            case INTEGER:
                option.put("value", value instanceof Number n ? n.longValue() : Long.parseLong(value.toString()));
                break;
            case BOOLEAN:
                option.put(
                        "value",
                        value instanceof Boolean b ? b.booleanValue() : Boolean.parseBoolean(value.toString()));
                break;
            case NUMBER:
                option.put("value", value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString()));
                break;
            case USER:
            case MENTIONABLE: {
                long userId = value instanceof Number n ? n.longValue() : Long.parseUnsignedLong(value.toString());
                option.put("value", id(userId));
                ObjectNode users =
                        resolved.has("users") ? (ObjectNode) resolved.get("users") : resolved.putObject("users");
                users.set(id(userId), backend.shapes().user(userId));
                if (guildId != 0) {
                    ObjectNode members = resolved.has("members")
                            ? (ObjectNode) resolved.get("members")
                            : resolved.putObject("members");
                    ObjectNode member = backend.shapes().member(guildId, userId, true);
                    member.remove("user");
                    members.set(id(userId), member);
                }
                break;
            }
            case CHANNEL: {
                long channelId = value instanceof Number n ? n.longValue() : Long.parseUnsignedLong(value.toString());
                option.put("value", id(channelId));
                backend.world().channel(channelId).ifPresent(channel -> {
                    ObjectNode channels = resolved.has("channels")
                            ? (ObjectNode) resolved.get("channels")
                            : resolved.putObject("channels");
                    channels.set(id(channelId), backend.shapes().interactionChannel(channel));
                });
                break;
            }
            case ROLE:
                option.put("value", value.toString());
                break;
            default:
                option.put("value", String.valueOf(value));
        }
        return option;
    }

    private static int inferredType(Object value) {
        if (value instanceof Boolean) {
            return BOOLEAN;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return INTEGER;
        }
        if (value instanceof Number) {
            return NUMBER;
        }
        return Commands.STRING;
    }

    private byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }
}
