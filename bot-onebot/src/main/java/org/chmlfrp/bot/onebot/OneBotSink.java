package org.chmlfrp.bot.onebot;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.chmlfrp.bot.core.chat.ChatPlace;
import org.chmlfrp.bot.core.chat.ChatSink;
import org.chmlfrp.bot.core.chat.Platform;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.onebot.protocol.MessageTarget;
import org.chmlfrp.bot.onebot.render.OutgoingMessage;
import org.chmlfrp.bot.onebot.render.SegmentRenderer;
import org.chmlfrp.bot.onebot.transport.NotConnectedException;
import org.chmlfrp.bot.onebot.transport.OneBotSession;
import org.chmlfrp.bot.onebot.transport.OneBotSessions;

/**
 * Unprompted messages (broadcasts) to a QQ group or user, through the connection that serves
 * the place's bot account ({@code self_id}). Fails when that account is not connected or the
 * implementation refuses the message. A place without a bot account goes through the only
 * connected account, when there is exactly one.
 */
@Singleton
public final class OneBotSink implements ChatSink {
    private final OneBotSessions sessions;
    private final SegmentRenderer renderer;

    @Inject
    public OneBotSink(OneBotSessions sessions, SegmentRenderer renderer) {
        this.sessions = sessions;
        this.renderer = renderer;
    }

    @Override
    public Platform platform() {
        return Platform.ONEBOT;
    }

    @Override
    public CompletableFuture<Void> send(ChatPlace place, Reply reply) {
        try {
            if (place.platform() != Platform.ONEBOT) {
                return CompletableFuture.failedFuture(new IllegalArgumentException("not a OneBot place: " + place));
            }
            Optional<OneBotSession> session = session(place.botAccount());
            if (session.isEmpty()) {
                return CompletableFuture.failedFuture(
                        new NotConnectedException("QQ account " + place.botAccount() + " is not connected"));
            }
            long id = Long.parseLong(place.id().trim());
            MessageTarget target = place.isPrivate() ? MessageTarget.user(id) : MessageTarget.group(id);
            List<OutgoingMessage> messages = renderer.render(reply, null);
            CompletableFuture<?>[] sends =
                    messages.stream().map(m -> session.get().send(target, m)).toArray(CompletableFuture[]::new);
            return CompletableFuture.allOf(sends);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private Optional<OneBotSession> session(String botAccount) {
        if (botAccount == null || botAccount.isBlank()) {
            Set<Long> accounts = sessions.accounts();
            return accounts.size() == 1 ? sessions.find(accounts.iterator().next()) : Optional.empty();
        }
        try {
            return sessions.find(Long.parseLong(botAccount.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
