package org.chmlfrp.bot.onebot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.chmlfrp.bot.onebot.protocol.CqCode;
import org.chmlfrp.bot.onebot.protocol.Json;
import org.chmlfrp.bot.onebot.protocol.Segment;

/** OneBot v11 event JSON as an implementation would send it, for tests. */
public final class Events {
    private Events() {}

    public static ArrayNode array(Segment... segments) {
        ArrayNode a = Json.MAPPER.createArrayNode();
        for (Segment s : segments) {
            a.add(s.toJson());
        }
        return a;
    }

    public static ObjectNode privateMessage(long selfId, long userId, long messageId, JsonNode message) {
        ObjectNode e = base(selfId, "message");
        e.put("message_type", "private");
        e.put("sub_type", "friend");
        e.put("message_id", messageId);
        e.put("user_id", userId);
        e.set("message", message);
        e.put("raw_message", raw(message));
        e.put("font", 0);
        ObjectNode sender = e.putObject("sender");
        sender.put("user_id", userId);
        sender.put("nickname", "user" + userId);
        return e;
    }

    public static ObjectNode privateText(long selfId, long userId, long messageId, String text) {
        return privateMessage(selfId, userId, messageId, array(Segment.text(text)));
    }

    public static ObjectNode groupMessage(
            long selfId, long groupId, long userId, String role, long messageId, JsonNode message) {
        ObjectNode e = base(selfId, "message");
        e.put("message_type", "group");
        e.put("sub_type", "normal");
        e.put("message_id", messageId);
        e.put("group_id", groupId);
        e.put("user_id", userId);
        e.set("message", message);
        e.put("raw_message", raw(message));
        e.put("font", 0);
        ObjectNode sender = e.putObject("sender");
        sender.put("user_id", userId);
        sender.put("nickname", "user" + userId);
        sender.put("card", "");
        sender.put("role", role);
        return e;
    }

    public static ObjectNode groupText(
            long selfId, long groupId, long userId, String role, long messageId, String text) {
        return groupMessage(selfId, groupId, userId, role, messageId, array(Segment.text(text)));
    }

    public static ObjectNode heartbeat(long selfId, long intervalMillis) {
        ObjectNode e = base(selfId, "meta_event");
        e.put("meta_event_type", "heartbeat");
        e.put("interval", intervalMillis);
        ObjectNode status = e.putObject("status");
        status.put("online", true);
        status.put("good", true);
        return e;
    }

    public static ObjectNode lifecycle(long selfId) {
        ObjectNode e = base(selfId, "meta_event");
        e.put("meta_event_type", "lifecycle");
        e.put("sub_type", "connect");
        return e;
    }

    private static ObjectNode base(long selfId, String postType) {
        ObjectNode e = Json.MAPPER.createObjectNode();
        e.put("time", System.currentTimeMillis() / 1000);
        e.put("self_id", selfId);
        e.put("post_type", postType);
        return e;
    }

    private static String raw(JsonNode message) {
        if (message instanceof TextNode t) {
            return t.asText();
        }
        java.util.List<Segment> segs = new java.util.ArrayList<>();
        message.forEach(s -> segs.add(Segment.fromJson(s)));
        return CqCode.render(segs);
    }
}
