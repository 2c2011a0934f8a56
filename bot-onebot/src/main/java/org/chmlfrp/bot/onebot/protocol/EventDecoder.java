package org.chmlfrp.bot.onebot.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads frames from the implementation (OneBot v11 event/*.md, api answers): events carry
 * {@code post_type}; answers carry {@code echo}/{@code retcode}/{@code status}. Messages in
 * both formats: an array of segments, or a CQ string (unescaped per message/string.md).
 */
public final class EventDecoder {

    public Inbound decode(String frame) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(frame);
        } catch (JsonProcessingException e) {
            return new Inbound.Unreadable("not JSON");
        }
        if (node == null || !node.isObject()) {
            return new Inbound.Unreadable("not a JSON object");
        }
        if (node.hasNonNull("post_type")) {
            return new Inbound.Event(event(node));
        }
        if (node.has("echo") || node.has("retcode") || node.has("status")) {
            JsonNode echo = node.get("echo");
            return new Inbound.Response(echo, ActionResult.fromJson(node));
        }
        return new Inbound.Unreadable("neither an event nor an action answer");
    }

    public OneBotEvent event(JsonNode node) {
        String postType = Json.text(node.get("post_type"));
        long selfId = Json.id(node.get("self_id"));
        switch (postType) {
            case "message":
            case "message_sent":
                return message(node, selfId, "message_sent".equals(postType));
            case "meta_event":
                return meta(node, selfId);
            default:
                return new OneBotEvent.Other(selfId, postType);
        }
    }

    private OneBotEvent meta(JsonNode node, long selfId) {
        String type = Json.text(node.get("meta_event_type"));
        if ("heartbeat".equals(type)) {
            JsonNode interval = node.get("interval");
            return new OneBotEvent.Heartbeat(selfId, interval != null && interval.canConvertToLong() ? interval.asLong() : 0);
        }
        if ("lifecycle".equals(type)) {
            return new OneBotEvent.Lifecycle(selfId, Json.text(node.get("sub_type")));
        }
        return new OneBotEvent.Other(selfId, "meta_event");
    }

    private OneBotEvent message(JsonNode node, long selfId, boolean sent) {
        String type = Json.text(node.get("message_type"));
        OneBotEvent.ChatKind kind = "group".equals(type) ? OneBotEvent.ChatKind.GROUP : OneBotEvent.ChatKind.PRIVATE;
        JsonNode sender = node.path("sender");
        String card = Json.text(sender.get("card"));
        String name = card.isBlank() ? Json.text(sender.get("nickname")) : card;
        long userId = Json.id(node.get("user_id"));
        if (userId == 0) {
            userId = Json.id(sender.get("user_id"));
        }
        return new OneBotEvent.Message(selfId, sent, kind, Json.text(node.get("sub_type")),
                Json.text(node.get("message_id")), userId, Json.id(node.get("group_id")),
                segments(node.has("message") ? node.get("message") : node.get("raw_message")),
                Json.text(sender.get("role")), name);
    }

    /** The {@code message} field in either format; a single segment object is accepted too. */
    public static List<Segment> segments(JsonNode message) {
        List<Segment> out = new ArrayList<>();
        if (message == null || message.isNull()) {
            return out;
        }
        if (message.isTextual()) {
            return CqCode.parse(message.asText());
        }
        if (message.isArray()) {
            for (JsonNode s : message) {
                if (s.isObject()) {
                    out.add(Segment.fromJson(s));
                }
            }
        } else if (message.isObject()) {
            out.add(Segment.fromJson(message));
        }
        return out;
    }
}
