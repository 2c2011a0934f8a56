package org.chmlfrp.bot.onebot.protocol;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Reads frames from the implementation (OneBot v11 event/*.md, api answers): events carry
 * {@code post_type}; answers carry {@code echo}/{@code retcode}/{@code status}. Messages in
 * both formats: an array of segments, or a CQ string (unescaped per message/string.md).
 * One streaming pass per frame ({@link FrameFields}): the socket thread builds no JSON tree
 * for a message event.
 */
public final class EventDecoder {

    public Inbound decode(String frame) {
        FrameFields f;
        try (JsonParser p = Json.MAPPER.createParser(frame)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                if (first != null) {
                    p.skipChildren();
                }
                return new Inbound.Unreadable(first == null ? "not JSON" : "not a JSON object");
            }
            f = FrameFields.read(p);
        } catch (IOException e) {
            return new Inbound.Unreadable("not JSON");
        }
        if (f.hasPostType) {
            return new Inbound.Event(event(f));
        }
        if (f.hasEcho || f.hasRetcode || f.hasStatus) {
            return new Inbound.Response(f.echo, result(f));
        }
        return new Inbound.Unreadable("neither an event nor an action answer");
    }

    private static ActionResult result(FrameFields f) {
        int retcode = f.retcode != null ? f.retcode : ("ok".equals(f.status) ? 0 : -1);
        String message = f.wording != null ? f.wording : f.messageText;
        return new ActionResult(f.status, retcode, f.data, message);
    }

    private static OneBotEvent event(FrameFields f) {
        switch (f.postType) {
            case "message":
            case "message_sent":
                return message(f, "message_sent".equals(f.postType));
            case "meta_event":
                return meta(f);
            default:
                return new OneBotEvent.Other(f.selfId, f.postType);
        }
    }

    private static OneBotEvent meta(FrameFields f) {
        if ("heartbeat".equals(f.metaEventType)) {
            return new OneBotEvent.Heartbeat(f.selfId, f.interval);
        }
        if ("lifecycle".equals(f.metaEventType)) {
            return new OneBotEvent.Lifecycle(f.selfId, f.subType);
        }
        return new OneBotEvent.Other(f.selfId, "meta_event");
    }

    private static OneBotEvent message(FrameFields f, boolean sent) {
        OneBotEvent.ChatKind kind = "group".equals(f.messageType) ? OneBotEvent.ChatKind.GROUP : OneBotEvent.ChatKind.PRIVATE;
        String name = f.senderCard.isBlank() ? f.senderNickname : f.senderCard;
        long userId = f.userId != 0 ? f.userId : f.senderUserId;
        return new OneBotEvent.Message(f.selfId, sent, kind, f.subType, f.messageId, userId, f.groupId,
                f.messageSegments(), f.senderRole, name);
    }
}
