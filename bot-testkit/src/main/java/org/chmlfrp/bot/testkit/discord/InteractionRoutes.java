package org.chmlfrp.bot.testkit.discord;

import static org.chmlfrp.bot.testkit.discord.DiscordJson.id;
import static org.chmlfrp.bot.testkit.discord.DiscordJson.object;
import static org.chmlfrp.bot.testkit.discord.DiscordJson.snowflake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.Set;
import org.chmlfrp.bot.testkit.discord.RestServer.Reply;
import org.chmlfrp.bot.testkit.discord.RestServer.Request;

/**
 * {@code POST /interactions/{id}/{token}/callback} and the interaction webhook
 * ({@code /webhooks/{appId}/{token}} followups, {@code .../messages/@original|{id}}).
 */
final class InteractionRoutes {

    static final int PONG = 1;
    static final int CHANNEL_MESSAGE_WITH_SOURCE = 4;
    static final int DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE = 5;
    static final int DEFERRED_UPDATE_MESSAGE = 6;
    static final int UPDATE_MESSAGE = 7;
    static final int AUTOCOMPLETE_RESULT = 8;
    static final int MODAL = 9;

    private final Backend backend;

    InteractionRoutes(Backend backend) {
        this.backend = backend;
    }

    private static Set<Integer> allowedCallbacks(int interactionType) {
        switch (interactionType) {
            case InteractionHandle.APPLICATION_COMMAND:
                return Set.of(4, 5, 9);
            case InteractionHandle.MESSAGE_COMPONENT:
                return Set.of(4, 5, 6, 7, 9);
            case InteractionHandle.APPLICATION_COMMAND_AUTOCOMPLETE:
                return Set.of(8);
            case InteractionHandle.MODAL_SUBMIT:
                return Set.of(4, 5, 6, 7);
            default:
                return Set.of();
        }
    }

    Reply callback(Request request, long interactionId, String token) {
        InteractionHandle handle = backend.interaction(interactionId);
        if (handle == null || !handle.token().equals(token)) {
            return Reply.error(404, "Unknown interaction", 10062);
        }
        JsonNode body = request.json;
        if (body == null || !body.has("type")) {
            return RestRoutes.invalidForm("type", "BASE_TYPE_REQUIRED", "This field is required");
        }
        int type = body.get("type").asInt();
        if (!allowedCallbacks(handle.type()).contains(type)) {
            return RestRoutes.invalidForm(
                    "type",
                    "INTERACTION_RESPONSE_TYPE_INVALID",
                    "Interaction response type " + type + " is not valid for interaction type " + handle.type());
        }
        JsonNode data = body.path("data");
        Reply invalid = validateCallbackData(type, data, request);
        if (invalid != null) {
            return invalid;
        }

        World.Channel channel = backend.world().channel(handle.channelId()).orElseThrow();
        long messageId = 0;
        ObjectNode message = null;
        switch (type) {
            case CHANNEL_MESSAGE_WITH_SOURCE:
            case DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE:
                messageId = backend.world().ids.next();
                break;
            case DEFERRED_UPDATE_MESSAGE:
            case UPDATE_MESSAGE:
                messageId = handle.componentMessageId();
                break;
            default:
                break;
        }
        int already = handle.acknowledge(type, messageId);
        if (already != 0) {
            return Reply.error(400, "Interaction has already been acknowledged.", 40060);
        }
        switch (type) {
            case CHANNEL_MESSAGE_WITH_SOURCE:
                message = backend.messages()
                        .build(
                                messageId,
                                channel,
                                messageTypeFor(handle),
                                data,
                                request.files,
                                null,
                                backend.messages().interactionMetadata(handle));
                break;
            case DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE: {
                ObjectNode thinking = object();
                thinking.put("content", "");
                thinking.put(
                        "flags",
                        Shapes.MESSAGE_FLAG_LOADING | (data.path("flags").asInt(0) & Shapes.MESSAGE_FLAG_EPHEMERAL));
                message = backend.messages()
                        .build(
                                messageId,
                                channel,
                                messageTypeFor(handle),
                                thinking,
                                null,
                                null,
                                backend.messages().interactionMetadata(handle));
                break;
            }
            case DEFERRED_UPDATE_MESSAGE:
                message = backend.world().message(messageId).orElse(null);
                break;
            case UPDATE_MESSAGE: {
                Optional<ObjectNode> existing = backend.world().message(messageId);
                if (existing.isPresent()) {
                    message = backend.messages().applyEdit(existing.get(), data, request.files);
                }
                break;
            }
            case MODAL:
                backend.world().rememberModal(data);
                break;
            default:
                break;
        }
        request.afterRecording(handle::callbackRecorded);

        if (!"true".equalsIgnoreCase(request.query.get("with_response"))) {
            return Reply.noContent();
        }
        ObjectNode response = object();
        ObjectNode interaction = response.putObject("interaction");
        interaction.put("id", id(handle.id()));
        interaction.put("type", handle.type());
        if (message != null) {
            interaction.put("response_message_id", message.get("id").asText());
            interaction.put("response_message_loading", type == DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE);
            interaction.put(
                    "response_message_ephemeral",
                    (message.path("flags").asInt(0) & Shapes.MESSAGE_FLAG_EPHEMERAL) != 0);
        }
        ObjectNode resource = response.putObject("resource");
        resource.put("type", type);
        if (message != null) {
            resource.set("message", message.deepCopy());
        }
        return Reply.ok(response);
    }

    private static int messageTypeFor(InteractionHandle handle) {
        return handle.type() == InteractionHandle.APPLICATION_COMMAND ? Messages.CHAT_INPUT_COMMAND : Messages.DEFAULT;
    }

    private static Reply validateCallbackData(int type, JsonNode data, Request request) {
        switch (type) {
            case CHANNEL_MESSAGE_WITH_SOURCE:
                return Messages.validateCreate(data, request.files);
            case UPDATE_MESSAGE:
                return Messages.validateContent(data);
            case AUTOCOMPLETE_RESULT: {
                JsonNode choices = data.get("choices");
                if (choices == null || !choices.isArray()) {
                    return RestRoutes.invalidForm("data.choices", "BASE_TYPE_REQUIRED", "This field is required");
                }
                if (choices.size() > 25) {
                    return RestRoutes.invalidForm(
                            "data.choices", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
                }
                for (int i = 0; i < choices.size(); i++) {
                    String name = choices.get(i).path("name").asText("");
                    if (name.isEmpty() || name.length() > 100) {
                        return RestRoutes.invalidForm(
                                "data.choices." + i + ".name",
                                "BASE_TYPE_BAD_LENGTH",
                                "Must be between 1 and 100 in length.");
                    }
                }
                return null;
            }
            case MODAL: {
                String customId = data.path("custom_id").asText("");
                String title = data.path("title").asText("");
                if (customId.isEmpty() || title.isEmpty() || title.length() > 45) {
                    return RestRoutes.invalidForm(
                            customId.isEmpty() ? "data.custom_id" : "data.title",
                            "BASE_TYPE_BAD_LENGTH",
                            "Must be between 1 and 45 in length.");
                }
                if (data.path("components").size() < 1
                        || data.path("components").size() > 5) {
                    return RestRoutes.invalidForm(
                            "data.components", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 5 in length.");
                }
                return null;
            }
            default:
                return null;
        }
    }

    // ---- webhook side ----

    private InteractionHandle byToken(long applicationId, String token) {
        if (applicationId != backend.applicationId()) {
            return null;
        }
        return backend.interactionByToken(token);
    }

    Reply followup(Request request, long applicationId, String token) {
        InteractionHandle handle = byToken(applicationId, token);
        if (handle == null || !handle.acknowledged()) {
            return Reply.error(404, "Unknown Webhook", 10015);
        }
        Reply invalid = Messages.validateCreate(request.json, request.files);
        if (invalid != null) {
            return invalid;
        }
        World.Channel channel = backend.world().channel(handle.channelId()).orElseThrow();
        ObjectNode message = backend.messages()
                .build(
                        backend.world().ids.next(),
                        channel,
                        Messages.DEFAULT,
                        request.json,
                        request.files,
                        null,
                        backend.messages().interactionMetadata(handle));
        backend.followupOf(snowflake(message.get("id")), handle);
        request.afterRecording(handle::followupRecorded);
        // Followups always wait: the message comes back (wait=true is implied for interactions).
        return Reply.ok(message.deepCopy());
    }

    /** What a webhook message route names: the interaction and the stored message, or the error. */
    private record Target(InteractionHandle handle, ObjectNode message, Reply error) {}

    /** The stored message {@code messageId} ("@original" or a followup's id) names. */
    private Target resolve(long applicationId, String token, String messageId) {
        InteractionHandle handle = byToken(applicationId, token);
        if (handle == null) {
            return new Target(null, null, Reply.error(404, "Unknown Webhook", 10015));
        }
        long id;
        if (messageId.equals("@original")) {
            if (!handle.acknowledged()) {
                return new Target(handle, null, Reply.error(404, "Unknown Webhook", 10015));
            }
            id = handle.messageId();
        } else {
            id = RestRoutes.snowflakeOr(messageId);
            if (backend.followupHandle(id) != handle) {
                return new Target(handle, null, Reply.error(404, "Unknown Message", 10008));
            }
        }
        Optional<ObjectNode> message =
                id == 0 ? Optional.empty() : backend.world().message(id);
        return message.map(m -> new Target(handle, m, null))
                .orElseGet(() -> new Target(handle, null, Reply.error(404, "Unknown Message", 10008)));
    }

    Reply getMessage(Request request, long applicationId, String token, String messageId) {
        Target target = resolve(applicationId, token, messageId);
        return target.error() != null
                ? target.error()
                : Reply.ok(target.message().deepCopy());
    }

    /** PATCH; edits of {@code @original} (failed ones too) are recorded on the handle. */
    Reply editMessage(Request request, long applicationId, String token, String messageId) {
        Target target = resolve(applicationId, token, messageId);
        if (target.handle() != null && messageId.equals("@original")) {
            request.afterRecording(target.handle()::editRecorded);
        }
        if (target.error() != null) {
            return target.error();
        }
        Reply invalid = Messages.validateContent(request.json);
        if (invalid != null) {
            return invalid;
        }
        return Reply.ok(backend.messages()
                .applyEdit(target.message(), request.json, request.files)
                .deepCopy());
    }

    Reply deleteMessage(Request request, long applicationId, String token, String messageId) {
        Target target = resolve(applicationId, token, messageId);
        if (target.error() != null) {
            return target.error();
        }
        backend.world().removeMessage(snowflake(target.message().get("id")));
        return Reply.noContent();
    }
}
