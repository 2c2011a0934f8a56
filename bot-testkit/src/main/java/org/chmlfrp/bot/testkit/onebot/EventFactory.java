package org.chmlfrp.bot.testkit.onebot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.List;

/** Builds the OneBot v11 events the fake pushes ({@code event/message.md}, {@code event/meta.md}). */
final class EventFactory {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final long selfId;
    private final String selfNickname;
    private final Clock clock;

    EventFactory(long selfId, String selfNickname, Clock clock) {
        this.selfId = selfId;
        this.selfNickname = selfNickname;
        this.clock = clock;
    }

    /** The nickname the fake gives a user it invents. */
    static String nicknameOf(long userId) {
        return "user" + userId;
    }

    ObjectNode privateMessage(long messageId, long userId, List<Segment> message, MessageFormat format) {
        ObjectNode event = messageEvent("message", "private", "friend", messageId, userId);
        putMessage(event, message, format);
        event.putObject("sender").put("user_id", userId).put("nickname", nicknameOf(userId));
        return event;
    }

    ObjectNode groupMessage(
            long messageId, long groupId, long userId, String role, List<Segment> message, MessageFormat format) {
        ObjectNode event = groupEvent("message", messageId, groupId, userId);
        putMessage(event, message, format);
        putGroupSender(event, userId, nicknameOf(userId), role);
        return event;
    }

    ObjectNode groupMessageRaw(long messageId, long groupId, long userId, String role, String cqString) {
        ObjectNode event = groupEvent("message", messageId, groupId, userId);
        event.put("message", cqString);
        event.put("raw_message", cqString);
        event.put("font", 0);
        putGroupSender(event, userId, nicknameOf(userId), role);
        return event;
    }

    /** The bot account's own group message, echoed back ({@code post_type "message_sent"}). */
    ObjectNode selfGroupMessageSent(long messageId, long groupId, List<Segment> message, MessageFormat format) {
        ObjectNode event = groupEvent("message_sent", messageId, groupId, selfId);
        putMessage(event, message, format);
        putGroupSender(event, selfId, selfNickname, "member");
        return event;
    }

    /** {@code status.online} says whether the QQ account is logged in (NapCat: false after a kick). */
    ObjectNode heartbeat(long intervalMillis, boolean online) {
        ObjectNode event = meta("heartbeat");
        event.putObject("status").put("online", online).put("good", true);
        event.put("interval", intervalMillis);
        return event;
    }

    /** NapCat's and Lagrange.OneBot's notice that the account was logged out ({@code BotOfflineEvent}). */
    ObjectNode botOffline(String tag, String message) {
        return base("notice")
                .put("notice_type", "bot_offline")
                .put("user_id", selfId)
                .put("tag", tag)
                .put("message", message);
    }

    /** Lagrange.OneBot's notice that the account is logged in again ({@code OneBotBotOnline}). */
    ObjectNode botOnline(String reason) {
        return base("notice").put("notice_type", "bot_online").put("reason", reason);
    }

    /**
     * A go-cqhttp channel (guild) message: ids are strings, {@code user_id} is the sender's
     * {@code tiny_id} (not a QQ number), {@code message_id} is a string.
     */
    ObjectNode guildMessage(long messageId, long guildId, long channelId, long tinyId, List<Segment> message) {
        ObjectNode event = base("message");
        event.put("message_type", "guild");
        event.put("sub_type", "channel");
        event.put("self_tiny_id", Long.toString(selfId + 144115218676000000L));
        event.put("guild_id", Long.toString(guildId));
        event.put("channel_id", Long.toString(channelId));
        event.put("message_id", "guild-" + messageId);
        event.put("user_id", Long.toString(tinyId));
        putMessage(event, message, MessageFormat.ARRAY);
        event.putObject("sender")
                .put("user_id", tinyId)
                .put("tiny_id", Long.toString(tinyId))
                .put("nickname", nicknameOf(tinyId));
        return event;
    }

    ObjectNode lifecycle(String subType) {
        return meta("lifecycle").put("sub_type", subType);
    }

    private ObjectNode groupEvent(String postType, long messageId, long groupId, long userId) {
        ObjectNode event = messageEvent(postType, "group", "normal", messageId, userId);
        event.put("group_id", groupId);
        event.putNull("anonymous");
        return event;
    }

    private ObjectNode messageEvent(String postType, String messageType, String subType, long messageId, long userId) {
        ObjectNode event = base(postType);
        event.put("message_type", messageType);
        event.put("sub_type", subType);
        event.put("message_id", messageId);
        event.put("user_id", userId);
        return event;
    }

    private ObjectNode meta(String metaEventType) {
        return base("meta_event").put("meta_event_type", metaEventType);
    }

    private ObjectNode base(String postType) {
        return JSON.objectNode()
                .put("time", clock.instant().getEpochSecond())
                .put("self_id", selfId)
                .put("post_type", postType);
    }

    private static void putMessage(ObjectNode event, List<Segment> message, MessageFormat format) {
        String cq = CqCode.encode(message);
        if (format == MessageFormat.ARRAY) {
            ArrayNode segments = event.putArray("message");
            message.forEach(segment -> segments.add(segment.toJson()));
        } else {
            event.put("message", cq);
        }
        event.put("raw_message", cq);
        event.put("font", 0);
    }

    private static void putGroupSender(ObjectNode event, long userId, String nickname, String role) {
        event.putObject("sender")
                .put("user_id", userId)
                .put("nickname", nickname)
                .put("card", "")
                .put("role", role);
    }
}
