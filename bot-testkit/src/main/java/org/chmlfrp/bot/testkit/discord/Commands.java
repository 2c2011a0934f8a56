package org.chmlfrp.bot.testkit.discord;

import static org.chmlfrp.bot.testkit.discord.DiscordJson.id;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.chmlfrp.bot.testkit.discord.RestServer.Reply;

/**
 * Application commands, global (scope 0) and per guild: bulk overwrite (PUT), upsert (POST),
 * get, edit, delete, with Discord's validation (names, descriptions, option limits) answering
 * 400 / 50035 like the real API. Ids are stable per name across overwrites, as on Discord.
 */
final class Commands {

    static final int SUB_COMMAND = 1;
    static final int SUB_COMMAND_GROUP = 2;
    static final int STRING = 3;

    private static final Pattern NAME = Pattern.compile("^[-_'\\p{L}\\p{N}\\p{IsDevanagari}\\p{IsThai}]{1,32}$");

    private final Backend backend;

    Commands(Backend backend) {
        this.backend = backend;
    }

    ArrayNode list(long guildId) {
        World.CommandSet set = backend.world().commandSet(guildId);
        synchronized (backend.world()) {
            ArrayNode result = DiscordJson.array();
            set.byName.values().forEach(c -> result.add(c.deepCopy()));
            return result;
        }
    }

    /** The last PUT body for a scope, or null if there was none. */
    JsonNode lastPut(long guildId) {
        synchronized (backend.world()) {
            return backend.world()
                    .existingCommandSet(guildId)
                    .map(set -> set.lastPut == null ? null : (JsonNode) set.lastPut.deepCopy())
                    .orElse(null);
        }
    }

    Reply bulkOverwrite(long guildId, JsonNode body) {
        if (body == null || !body.isArray()) {
            return RestRoutes.invalidForm("_root", "BASE_TYPE_ARRAY", "Must be an array");
        }
        if (body.size() > 110) {
            return RestRoutes.invalidForm("_root", "BASE_TYPE_MAX_LENGTH", "Must be 110 or fewer in length.");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < body.size(); i++) {
            Reply invalid = validate(body.get(i), Integer.toString(i));
            if (invalid != null) {
                return invalid;
            }
            String key = body.get(i).path("type").asInt(1) + ":"
                    + body.get(i).path("name").asText();
            if (!names.add(key)) {
                return RestRoutes.invalidForm(
                        i + ".name", "APPLICATION_COMMANDS_DUPLICATE_NAME", "Application command names must be unique");
            }
        }
        ArrayNode stored = DiscordJson.array();
        World world = backend.world();
        synchronized (world) {
            World.CommandSet set = world.commandSet(guildId);
            set.lastPut = (ArrayNode) body.deepCopy();
            set.byName.clear();
            for (JsonNode command : body) {
                ObjectNode full = stored(guildId, set, command);
                set.byName.put(full.get("name").asText(), full);
                stored.add(full.deepCopy());
            }
        }
        backend.signal().changed();
        return Reply.ok(stored);
    }

    Reply upsert(long guildId, JsonNode body) {
        Reply invalid = validate(body, "_root");
        if (invalid != null) {
            return invalid;
        }
        ObjectNode full;
        boolean created;
        World world = backend.world();
        synchronized (world) {
            World.CommandSet set = world.commandSet(guildId);
            created = !set.byName.containsKey(body.get("name").asText());
            full = stored(guildId, set, body);
            set.byName.put(full.get("name").asText(), full);
        }
        backend.signal().changed();
        return new Reply(created ? 201 : 200, full.deepCopy());
    }

    Reply get(long guildId, long commandId) {
        synchronized (backend.world()) {
            return find(guildId, commandId)
                    .map(c -> Reply.ok(c.deepCopy()))
                    .orElseGet(() -> Reply.error(404, "Unknown application command", 10063));
        }
    }

    Reply edit(long guildId, long commandId, JsonNode patch) {
        World world = backend.world();
        synchronized (world) {
            var found = find(guildId, commandId);
            if (found.isEmpty()) {
                return Reply.error(404, "Unknown application command", 10063);
            }
            ObjectNode merged = found.get().deepCopy();
            if (patch != null && patch.isObject()) {
                patch.fields().forEachRemaining(e -> merged.set(e.getKey(), e.getValue()));
            }
            Reply invalid = validate(merged, "_root");
            if (invalid != null) {
                return invalid;
            }
            World.CommandSet set = world.commandSet(guildId);
            set.byName.remove(found.get().get("name").asText());
            merged.put("version", id(world.ids.next()));
            set.byName.put(merged.get("name").asText(), merged);
            return Reply.ok(merged.deepCopy());
        }
    }

    Reply delete(long guildId, long commandId) {
        World world = backend.world();
        synchronized (world) {
            var found = find(guildId, commandId);
            if (found.isEmpty()) {
                return Reply.error(404, "Unknown application command", 10063);
            }
            world.commandSet(guildId).byName.remove(found.get().get("name").asText());
            return Reply.noContent();
        }
    }

    private java.util.Optional<ObjectNode> find(long guildId, long commandId) {
        return backend.world()
                .existingCommandSet(guildId)
                .flatMap(set -> set.byName.values().stream()
                        .filter(c -> DiscordJson.snowflake(c.get("id")) == commandId)
                        .findFirst());
    }

    /** What Discord stores and answers for a sent command: ids, version and defaults filled in. */
    private ObjectNode stored(long guildId, World.CommandSet set, JsonNode sent) {
        World world = backend.world();
        ObjectNode full = (ObjectNode) sent.deepCopy();
        String name = full.get("name").asText();
        long commandId = set.idsByName.computeIfAbsent(name, n -> world.ids.next());
        full.put("id", id(commandId));
        full.put("application_id", id(backend.applicationId()));
        full.put("version", id(world.ids.next()));
        if (!full.has("type")) {
            full.put("type", 1);
        }
        if (guildId != 0) {
            full.put("guild_id", id(guildId));
        }
        if (!full.has("default_member_permissions")) {
            full.putNull("default_member_permissions");
        }
        if (!full.has("nsfw")) {
            full.put("nsfw", false);
        }
        if (!full.has("description")) {
            full.put("description", "");
        }
        if (!full.has("integration_types") || full.get("integration_types").isNull()) {
            full.putArray("integration_types").add(0);
        }
        if (!full.has("contexts")) {
            full.putNull("contexts");
        }
        return full;
    }

    // ---- validation, as Discord answers 50035 ----

    private static Reply validate(JsonNode command, String at) {
        if (command == null || !command.isObject()) {
            return RestRoutes.invalidForm(at, "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
        }
        int type = command.path("type").asInt(1);
        String prefix = at.equals("_root") ? "" : at + ".";
        Reply name = validateName(command, prefix, type == 1);
        if (name != null) {
            return name;
        }
        String description = command.path("description").asText("");
        if (type == 1 && (description.isEmpty() || description.length() > 100)) {
            return RestRoutes.invalidForm(
                    prefix + "description", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
        }
        if (type != 1 && !description.isEmpty()) {
            return RestRoutes.invalidForm(
                    prefix + "description",
                    "APPLICATION_COMMAND_INVALID_DESCRIPTION",
                    "Context menu commands cannot have description");
        }
        return validateOptions(command.get("options"), prefix + "options", 0);
    }

    private static Reply validateName(JsonNode node, String prefix, boolean chatInput) {
        String name = node.path("name").asText("");
        if (name.isEmpty() || name.length() > 32) {
            return RestRoutes.invalidForm(
                    prefix + "name", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 32 in length.");
        }
        if (chatInput && (!NAME.matcher(name).matches() || !name.equals(name.toLowerCase(Locale.ROOT)))) {
            return RestRoutes.invalidForm(
                    prefix + "name", "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid");
        }
        return null;
    }

    private static Reply validateOptions(JsonNode options, String at, int depth) {
        if (options == null || options.isNull()) {
            return null;
        }
        if (!options.isArray()) {
            return RestRoutes.invalidForm(at, "BASE_TYPE_ARRAY", "Must be an array");
        }
        if (options.size() > 25) {
            return RestRoutes.invalidForm(at, "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
        }
        Set<String> names = new HashSet<>();
        boolean sawOptional = false;
        boolean sawSub = false;
        boolean sawValue = false;
        for (int i = 0; i < options.size(); i++) {
            JsonNode option = options.get(i);
            String prefix = at + "." + i + ".";
            int type = option.path("type").asInt(0);
            if (type < 1 || type > 11) {
                return RestRoutes.invalidForm(prefix + "type", "BASE_TYPE_CHOICES", "Value must be one of {1..11}.");
            }
            Reply name = validateName(option, prefix, true);
            if (name != null) {
                return name;
            }
            if (!names.add(option.get("name").asText())) {
                return RestRoutes.invalidForm(
                        prefix + "name",
                        "APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS",
                        "Option names must be unique");
            }
            String description = option.path("description").asText("");
            if (description.isEmpty() || description.length() > 100) {
                return RestRoutes.invalidForm(
                        prefix + "description", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
            }
            boolean sub = type == SUB_COMMAND || type == SUB_COMMAND_GROUP;
            sawSub |= sub;
            sawValue |= !sub;
            if (sawSub && sawValue) {
                return RestRoutes.invalidForm(
                        prefix + "type",
                        "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID",
                        "Sub-command and sub-command group option types are mutually exclusive to all other types");
            }
            if (sub) {
                if (depth >= (type == SUB_COMMAND_GROUP ? 1 : 2)) {
                    return RestRoutes.invalidForm(
                            prefix + "type",
                            "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID",
                            "Sub-commands cannot be nested this deep");
                }
                if (type == SUB_COMMAND_GROUP) {
                    for (JsonNode child : option.path("options")) {
                        if (child.path("type").asInt() != SUB_COMMAND) {
                            return RestRoutes.invalidForm(
                                    prefix + "options",
                                    "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID",
                                    "Sub-command groups may only contain sub-commands");
                        }
                    }
                }
                Reply nested = validateOptions(option.get("options"), prefix + "options", depth + 1);
                if (nested != null) {
                    return nested;
                }
                continue;
            }
            boolean required = option.path("required").asBoolean(false);
            if (required && sawOptional) {
                return RestRoutes.invalidForm(
                        prefix + "required",
                        "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
                        "Required options must be placed before non-required options");
            }
            sawOptional |= !required;
            JsonNode choices = option.get("choices");
            if (choices != null && choices.isArray()) {
                if (choices.size() > 25) {
                    return RestRoutes.invalidForm(
                            prefix + "choices", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
                }
                if (choices.size() > 0 && option.path("autocomplete").asBoolean(false)) {
                    return RestRoutes.invalidForm(
                            prefix + "autocomplete",
                            "APPLICATION_COMMAND_OPTIONS_AUTOCOMPLETE_INVALID",
                            "Autocomplete cannot be set with choices");
                }
            }
        }
        return null;
    }

    static Map<String, Integer> typesOf(JsonNode options) {
        Map<String, Integer> types = new java.util.LinkedHashMap<>();
        if (options != null) {
            for (JsonNode option : options) {
                types.put(option.path("name").asText(), option.path("type").asInt(STRING));
            }
        }
        return types;
    }
}
