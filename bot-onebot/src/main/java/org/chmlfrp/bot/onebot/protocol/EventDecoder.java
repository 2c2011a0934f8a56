package org.chmlfrp.bot.onebot.protocol;

import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.util.List;

/**
 * Reads frames from the implementation (OneBot v11 event/*.md, api answers): events carry
 * {@code post_type}; answers carry {@code echo}/{@code retcode}/{@code status}. Messages in
 * both formats: an array of segments, or a CQ string (unescaped per message/string.md). Only
 * private and group messages are messages; anything else (go-cqhttp's {@code guild}) is
 * {@link OneBotEvent.Other}. Each frame is bound straight into an {@link InboundFrame} record:
 * no JSON tree is built for an event.
 */
public final class EventDecoder {
    private static final ObjectReader FRAME = Json.MAPPER.readerFor(InboundFrame.class);

    public Inbound decode(String frame) {
        InboundFrame f;
        try {
            f = FRAME.readValue(frame);
        } catch (IOException e) {
            return new Inbound.Unreadable("not JSON");
        }
        if (f == null) {
            return new Inbound.Unreadable("not a JSON object");
        }
        if (f.postType() != null) {
            return new Inbound.Event(event(f));
        }
        if (f.echo() != null || f.retcode() != null || f.status() != null) {
            return new Inbound.Response(f.echo(), result(f));
        }
        return new Inbound.Unreadable("neither an event nor an action answer");
    }

    private static ActionResult result(InboundFrame f) {
        String status = f.status() == null ? null : f.status().text();
        int retcode = f.retcode() != null ? f.retcode() : ("ok".equals(status) ? 0 : -1);
        String message = f.wording() != null ? f.wording() : text(f.message());
        return new ActionResult(status, retcode, f.data(), message);
    }

    private static OneBotEvent event(InboundFrame f) {
        switch (f.postType()) {
            case "message":
            case "message_sent":
                return message(f, "message_sent".equals(f.postType()));
            case "meta_event":
                return meta(f);
            case "notice":
                return notice(f);
            default:
                return new OneBotEvent.Other(f.selfId(), f.postType());
        }
    }

    private static OneBotEvent meta(InboundFrame f) {
        if ("heartbeat".equals(f.metaEventType())) {
            Boolean online = f.status() == null ? null : f.status().online();
            OneBotEvent.Presence presence = online == null
                    ? OneBotEvent.Presence.UNKNOWN
                    : online ? OneBotEvent.Presence.ONLINE : OneBotEvent.Presence.OFFLINE;
            return new OneBotEvent.Heartbeat(f.selfId(), f.interval(), presence);
        }
        if ("lifecycle".equals(f.metaEventType())) {
            return new OneBotEvent.Lifecycle(f.selfId(), text(f.subType()));
        }
        return new OneBotEvent.Other(f.selfId(), "meta_event");
    }

    /** {@code bot_offline}/{@code bot_online} as a notice type (NapCat, Lagrange) or as a {@code notify} sub type. */
    private static OneBotEvent notice(InboundFrame f) {
        String type = "notify".equals(f.noticeType()) ? text(f.subType()) : text(f.noticeType());
        long account = f.selfId() > 0 ? f.selfId() : f.userId();
        switch (type) {
            case "bot_offline":
                return new OneBotEvent.BotOffline(account, text(f.tag()), text(f.message()));
            case "bot_online":
                return new OneBotEvent.BotOnline(account, text(f.reason()));
            default:
                return new OneBotEvent.Other(f.selfId(), "notice");
        }
    }

    private static OneBotEvent message(InboundFrame f, boolean sent) {
        OneBotEvent.ChatKind kind;
        if ("group".equals(f.messageType())) {
            kind = OneBotEvent.ChatKind.GROUP;
        } else if ("private".equals(f.messageType())) {
            kind = OneBotEvent.ChatKind.PRIVATE;
        } else {
            return new OneBotEvent.Other(f.selfId(), f.postType());
        }
        InboundFrame.Sender sender = f.sender();
        String card = sender == null ? "" : text(sender.card());
        String name = card.isBlank() ? (sender == null ? "" : text(sender.nickname())) : card;
        long userId = f.userId() != 0 ? f.userId() : (sender == null ? 0 : sender.userId());
        return new OneBotEvent.Message(
                f.selfId(),
                sent,
                kind,
                text(f.subType()),
                text(f.messageId()),
                userId,
                f.groupId(),
                segments(f),
                sender == null ? "" : text(sender.role()),
                name);
    }

    /** The message: {@code message} when present (even null), else {@code raw_message}. */
    private static List<Segment> segments(InboundFrame f) {
        MessageBody body = f.message() != null ? f.message() : f.rawMessage();
        return body == null ? List.of() : body.segments();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String text(MessageBody body) {
        return body == null ? "" : body.text();
    }
}
