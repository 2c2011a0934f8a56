package org.chmlfrp.bot.onebot.protocol;

import java.util.List;

/** An event pushed by the OneBot implementation, as far as the bot cares. */
public sealed interface OneBotEvent
        permits OneBotEvent.Message,
                OneBotEvent.Heartbeat,
                OneBotEvent.Lifecycle,
                OneBotEvent.BotOffline,
                OneBotEvent.BotOnline,
                OneBotEvent.Other {

    /** The account the event belongs to; 0 when the event did not say. */
    long selfId();

    /** Where a message was said. */
    enum ChatKind {
        PRIVATE,
        GROUP
    }

    /**
     * A message event ({@code post_type} {@code message}) or the bot's own message echoed back
     * ({@code message_sent}, {@code fromSelf} true).
     *
     * @param messageId   as text; numbers are the rule, some implementations send strings
     * @param senderRole  {@code owner}, {@code admin}, {@code member} or "" (private chats)
     * @param senderName  the group card when set, else the nickname ("" when absent)
     */
    record Message(
            long selfId,
            boolean fromSelf,
            ChatKind kind,
            String subType,
            String messageId,
            long userId,
            long groupId,
            List<Segment> message,
            String senderRole,
            String senderName)
            implements OneBotEvent {
        public Message {
            message = List.copyOf(message);
        }

        public boolean inGroup() {
            return kind == ChatKind.GROUP;
        }
    }

    /** Whether the QQ account is logged in, as a heartbeat's {@code status.online} says. */
    enum Presence {
        ONLINE,
        OFFLINE,
        UNKNOWN
    }

    /**
     * {@code meta_event} heartbeat; {@code intervalMillis} 0 when the implementation did not say,
     * {@code presence} {@link Presence#UNKNOWN} when its {@code status} had no {@code online}.
     */
    record Heartbeat(long selfId, long intervalMillis, Presence presence) implements OneBotEvent {}

    /**
     * The QQ account was logged out (kicked, another device, risk control): NapCat's and
     * Lagrange.OneBot's {@code bot_offline} notice (older Lagrange: {@code notify}/{@code bot_offline}).
     * The connection itself stays up.
     *
     * @param tag     the notice's title ("" when absent)
     * @param message the notice's text ("" when absent)
     */
    record BotOffline(long selfId, String tag, String message) implements OneBotEvent {}

    /** The QQ account is logged in again: Lagrange.OneBot's {@code bot_online} notice. */
    record BotOnline(long selfId, String reason) implements OneBotEvent {}

    /** {@code meta_event} lifecycle: connect, enable, disable. */
    record Lifecycle(long selfId, String subType) implements OneBotEvent {}

    /**
     * Notices, requests, messages from anywhere but a private chat or a group (go-cqhttp's
     * {@code guild}) and anything else: consumed, not acted on.
     */
    record Other(long selfId, String postType) implements OneBotEvent {}
}
