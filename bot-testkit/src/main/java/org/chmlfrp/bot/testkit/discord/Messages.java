package org.chmlfrp.bot.testkit.discord;

import static org.chmlfrp.bot.testkit.discord.DiscordJson.id;
import static org.chmlfrp.bot.testkit.discord.DiscordJson.object;
import static org.chmlfrp.bot.testkit.discord.DiscordJson.snowflake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chmlfrp.bot.testkit.discord.RestServer.Reply;
import org.chmlfrp.bot.testkit.discord.RestServer.Request;

/**
 * Messages the bot creates and edits: validation as Discord does it (empty message 50006,
 * content over 2000, more than 10 embeds or 6000 embed characters 50035), storage in the world,
 * the message object Discord answers.
 */
final class Messages {

    static final int DEFAULT = 0;
    static final int REPLY = 19;
    static final int CHAT_INPUT_COMMAND = 20;

    private final Backend backend;

    Messages(Backend backend) {
        this.backend = backend;
    }

    /** POST /channels/{id}/messages. */
    Reply create(Request request, World.Channel channel) {
        Reply invalid = validateCreate(request.json, request.files);
        if (invalid != null) {
            return invalid;
        }
        int type = request.json != null && request.json.hasNonNull("message_reference") ? REPLY : DEFAULT;
        ObjectNode message = build(backend.world().ids.next(), channel, type, request.json, request.files, null, null);
        return Reply.ok(message.deepCopy());
    }

    /** PATCH /channels/{id}/messages/{id}. */
    Reply edit(Request request, ObjectNode existing) {
        Reply invalid = validateContent(request.json);
        if (invalid != null) {
            return invalid;
        }
        return Reply.ok(applyEdit(existing, request.json, request.files).deepCopy());
    }

    /** Builds, stores and returns a new message. */
    ObjectNode build(
            long messageId,
            World.Channel channel,
            int type,
            JsonNode body,
            List<UploadedFile> files,
            Map<Long, ObjectNode> kept,
            ObjectNode interactionMetadata) {
        ObjectNode message = backend.shapes().message(messageId, channel, type, body, files, kept, interactionMetadata);
        backend.world().putMessage(message);
        return message;
    }

    /**
     * An edit: the body's fields replace the message's; {@code attachments} in the body lists the
     * existing ones to keep (by id) and names new uploads; without it, all existing ones stay.
     */
    ObjectNode applyEdit(ObjectNode existing, JsonNode body, List<UploadedFile> files) {
        ObjectNode merged = object();
        for (String field : new String[] {"content", "embeds", "components", "flags"}) {
            JsonNode value = body != null && body.has(field) ? body.get(field) : existing.get(field);
            if (value != null) {
                merged.set(field, value.deepCopy());
            }
        }
        if (body != null && body.has("flags")) {
            // Only SUPPRESS_EMBEDS / IS_COMPONENTS_V2 may change; ephemeral and loading stay as they were.
            int kept = existing.path("flags").asInt(0) & (Shapes.MESSAGE_FLAG_EPHEMERAL);
            merged.put(
                    "flags",
                    (body.get("flags").asInt(0) & ~(Shapes.MESSAGE_FLAG_EPHEMERAL | Shapes.MESSAGE_FLAG_LOADING))
                            | kept);
        } else {
            merged.put("flags", existing.path("flags").asInt(0) & ~Shapes.MESSAGE_FLAG_LOADING);
        }
        Map<Long, ObjectNode> keptAttachments = new LinkedHashMap<>();
        Map<Long, ObjectNode> existingAttachments = new LinkedHashMap<>();
        for (JsonNode a : existing.path("attachments")) {
            existingAttachments.put(snowflake(a.get("id")), (ObjectNode) a.deepCopy());
        }
        if (body != null && body.has("attachments") && body.get("attachments").isArray()) {
            merged.set("attachments", body.get("attachments").deepCopy());
            for (JsonNode a : body.get("attachments")) {
                long attachmentId = snowflake(a.get("id"));
                if (existingAttachments.containsKey(attachmentId)) {
                    keptAttachments.put(attachmentId, existingAttachments.get(attachmentId));
                }
            }
        } else {
            keptAttachments.putAll(existingAttachments);
        }
        long messageId = snowflake(existing.get("id"));
        World.Channel channel = backend.world()
                .channel(snowflake(existing.get("channel_id")))
                .orElseThrow(() -> new IllegalStateException("message " + messageId + " in an unknown channel"));
        ObjectNode metadata = existing.hasNonNull("interaction_metadata")
                ? (ObjectNode) existing.get("interaction_metadata").deepCopy()
                : null;
        ObjectNode edited = backend.shapes()
                .message(messageId, channel, existing.path("type").asInt(0), merged, files, keptAttachments, metadata);
        edited.put("edited_timestamp", Shapes.timestamp(Instant.now()));
        backend.world().putMessage(edited);
        return edited;
    }

    /** Discord's checks for a new message. */
    static Reply validateCreate(JsonNode body, List<UploadedFile> files) {
        boolean hasContent = body != null
                && body.hasNonNull("content")
                && !body.get("content").asText().isEmpty();
        boolean hasEmbeds = body != null && body.path("embeds").size() > 0;
        boolean hasComponents = body != null && body.path("components").size() > 0;
        boolean hasStickers = body != null && body.path("sticker_ids").size() > 0;
        boolean hasPoll = body != null && body.hasNonNull("poll");
        boolean hasFiles = files != null && !files.isEmpty();
        if (!hasContent && !hasEmbeds && !hasComponents && !hasStickers && !hasPoll && !hasFiles) {
            return Reply.error(400, "Cannot send an empty message", 50006);
        }
        return validateContent(body);
    }

    static Reply validateContent(JsonNode body) {
        if (body == null) {
            return null;
        }
        if (body.hasNonNull("content")
                && body.get("content")
                                .asText()
                                .codePointCount(0, body.get("content").asText().length())
                        > 2000) {
            return RestRoutes.invalidForm("content", "BASE_TYPE_MAX_LENGTH", "Must be 2000 or fewer in length.");
        }
        JsonNode embeds = body.get("embeds");
        if (embeds != null && embeds.isArray()) {
            if (embeds.size() > 10) {
                return RestRoutes.invalidForm("embeds", "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.");
            }
            int total = 0;
            for (JsonNode embed : embeds) {
                total += embed.path("title").asText("").length()
                        + embed.path("description").asText("").length()
                        + embed.path("footer").path("text").asText("").length()
                        + embed.path("author").path("name").asText("").length();
                for (JsonNode field : embed.path("fields")) {
                    total += field.path("name").asText("").length()
                            + field.path("value").asText("").length();
                }
                if (embed.path("description").asText("").length() > 4096) {
                    return RestRoutes.invalidForm(
                            "embeds.0.description", "BASE_TYPE_MAX_LENGTH", "Must be 4096 or fewer in length.");
                }
                if (embed.path("fields").size() > 25) {
                    return RestRoutes.invalidForm(
                            "embeds.0.fields", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
                }
            }
            if (total > 6000) {
                return RestRoutes.invalidForm(
                        "embeds", "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000");
            }
        }
        return null;
    }

    /** {@code interaction_metadata} of a message created in answer to an interaction. */
    ObjectNode interactionMetadata(InteractionHandle handle) {
        ObjectNode metadata = object();
        metadata.put("id", id(handle.id()));
        metadata.put("type", handle.type());
        metadata.set("user", backend.shapes().user(handle.userId()));
        ObjectNode owners = metadata.putObject("authorizing_integration_owners");
        owners.put("0", handle.guildId() == 0 ? "0" : id(handle.guildId()));
        if (handle.type() == InteractionHandle.MESSAGE_COMPONENT && handle.componentMessageId() != 0) {
            metadata.put("interacted_message_id", id(handle.componentMessageId()));
        }
        if (handle.type() == InteractionHandle.APPLICATION_COMMAND) {
            metadata.put("name", handle.payload().path("data").path("name").asText());
            metadata.put("command_type", 1);
        }
        return metadata;
    }
}
