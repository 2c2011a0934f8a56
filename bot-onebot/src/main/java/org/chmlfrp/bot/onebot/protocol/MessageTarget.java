package org.chmlfrp.bot.onebot.protocol;

import java.util.List;

/** Where a message goes: a QQ user (private) or a QQ group. */
public record MessageTarget(OneBotEvent.ChatKind kind, long id) {
    public static MessageTarget user(long userId) {
        return new MessageTarget(OneBotEvent.ChatKind.PRIVATE, userId);
    }

    public static MessageTarget group(long groupId) {
        return new MessageTarget(OneBotEvent.ChatKind.GROUP, groupId);
    }

    public boolean isGroup() {
        return kind == OneBotEvent.ChatKind.GROUP;
    }

    /** {@code send_group_msg} or {@code send_private_msg}. */
    public String sendAction() {
        return isGroup() ? "send_group_msg" : "send_private_msg";
    }

    /** The action's params: the id and the message as a segment ARRAY, never a CQ string. */
    public ActionParams sendParams(List<Segment> message) {
        return out -> {
            out.writeStartObject();
            out.writeNumberField(isGroup() ? "group_id" : "user_id", id);
            out.writeArrayFieldStart("message");
            for (Segment s : message) {
                s.writeTo(out);
            }
            out.writeEndArray();
            out.writeEndObject();
        };
    }
}
