package org.chmlfrp.bot.onebot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.chmlfrp.bot.core.chat.BotLocale;
import org.chmlfrp.bot.core.command.Dispatcher;
import org.chmlfrp.bot.core.command.Invocation;
import org.chmlfrp.bot.core.i18n.I18n;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.onebot.protocol.Json;
import org.chmlfrp.bot.onebot.protocol.MessageTarget;
import org.chmlfrp.bot.onebot.protocol.OneBotEvent;
import org.chmlfrp.bot.onebot.render.OutgoingMessage;
import org.chmlfrp.bot.onebot.render.SegmentRenderer;
import org.chmlfrp.bot.onebot.transport.OneBotSession;
import org.chmlfrp.bot.onebot.transport.OneBotSessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A message event in, a reply out. Ignores the bot's own messages ({@code message_sent}) and
 * messages from any of the bot's connected accounts. Hands the command line to the dispatcher
 * and returns at once (the WebSocket thread never waits); the reply is rendered and queued
 * when the dispatcher's future completes — in a group quoting the command. When the reply
 * asks for it (a secret typed in a group), the user's message is recalled first; a failed
 * recall (the bot is not admin) is ignored. Message text is never logged.
 */
public final class MessageHandler {
    private static final Logger log = LoggerFactory.getLogger(MessageHandler.class);

    private final Dispatcher dispatcher;
    private final OneBotSessions sessions;
    private final SegmentRenderer renderer;
    private final BotLocale locale;
    private final I18n i18n;
    private volatile boolean accepting = true;

    public MessageHandler(
            Dispatcher dispatcher, OneBotSessions sessions, SegmentRenderer renderer, BotLocale locale, I18n i18n) {
        this.dispatcher = dispatcher;
        this.sessions = sessions;
        this.renderer = renderer;
        this.locale = locale;
        this.i18n = i18n;
    }

    /** Stop taking new commands (shutdown); replies in flight still go out. */
    public void stopAccepting() {
        accepting = false;
    }

    public void handle(OneBotSession session, OneBotEvent.Message m) {
        if (!accepting || m.fromSelf()) {
            return;
        }
        long selfId = m.selfId() > 0 ? m.selfId() : session.selfId();
        if (m.userId() <= 0 || m.userId() == selfId || sessions.isBotAccount(m.userId())) {
            return;
        }
        CommandText line = CommandText.of(m.message(), selfId, m.inGroup());
        if (line.text().isEmpty()) {
            return;
        }
        Invocation invocation = Invocations.of(m, selfId, locale);
        CompletableFuture<Optional<Reply>> answer;
        try {
            answer = dispatcher.onText(invocation, line.text(), line.mentioned());
        } catch (RuntimeException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        answer.whenComplete((reply, failure) -> {
            if (failure != null) {
                log.warn(
                        "a command from QQ {} failed: {}",
                        m.userId(),
                        failure.getClass().getSimpleName());
                deliver(session, m, Optional.of(Reply.error(i18n.get(locale, "error.internal"))));
            } else {
                deliver(session, m, reply);
            }
        });
    }

    private void deliver(OneBotSession received, OneBotEvent.Message m, Optional<Reply> maybeReply) {
        if (maybeReply.isEmpty()) {
            return;
        }
        Reply reply = maybeReply.get();
        try {
            MessageTarget target = m.inGroup() ? MessageTarget.group(m.groupId()) : MessageTarget.user(m.userId());
            List<OutgoingMessage> messages = renderer.render(reply, m.inGroup() ? m.messageId() : null);
            OneBotSession session = received.isOpen()
                    ? received
                    : sessions.find(received.selfId()).orElse(received);
            if (reply.recallInvocation() && m.inGroup()) {
                session.call("delete_msg", messageIdParams(m.messageId())).whenComplete((r, e) -> {
                    if (e != null || !r.ok()) {
                        log.info(
                                "could not recall a message holding a secret in group {} (is the bot admin there?)",
                                m.groupId());
                    }
                    send(session, target, messages);
                });
            } else {
                send(session, target, messages);
            }
        } catch (RuntimeException e) {
            log.warn("could not send a reply to QQ {}: {}", m.userId(), e.toString());
        }
    }

    private static void send(OneBotSession session, MessageTarget target, List<OutgoingMessage> messages) {
        for (OutgoingMessage message : messages) {
            session.send(target, message).exceptionally(e -> {
                log.warn(
                        "reply to {} {} not delivered: {}",
                        target.kind(),
                        target.id(),
                        e.getClass().getSimpleName());
                return null;
            });
        }
    }

    static ObjectNode messageIdParams(String messageId) {
        ObjectNode params = Json.MAPPER.createObjectNode();
        try {
            params.put("message_id", Long.parseLong(messageId.trim()));
        } catch (NumberFormatException e) {
            params.put("message_id", messageId);
        }
        return params;
    }
}
