package org.chmlfrp.bot.core.oauth;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.chmlfrp.bot.core.chat.ChatIdentity;
import org.chmlfrp.bot.core.chat.ChatPlace;
import org.chmlfrp.bot.core.chat.ChatSink;
import org.chmlfrp.bot.core.chat.Platform;
import org.chmlfrp.bot.core.reply.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells one user something privately, unprompted, through their platform's {@link ChatSink}. */
@Singleton
public final class PrivateNotices {
    private static final Logger log = LoggerFactory.getLogger(PrivateNotices.class);
    private final Map<Platform, ChatSink> sinks = new EnumMap<>(Platform.class);

    @Inject
    public PrivateNotices(Set<ChatSink> sinks) {
        sinks.forEach(s -> this.sinks.putIfAbsent(s.platform(), s));
    }

    /** Sends the text privately; a failure is logged, never thrown. */
    public void tell(ChatIdentity user, String botAccount, String text) {
        ChatSink sink = sinks.get(user.platform());
        if (sink == null) {
            log.info("no way to reach {} privately: no {} sink", user, user.platform().id());
            return;
        }
        sink.send(new ChatPlace.Private(user.platform(), user.userId(), botAccount), Reply.text(text))
                .whenComplete((ok, failure) -> {
                    if (failure != null) {
                        log.info("could not tell {} privately: {}", user, failure.getClass().getSimpleName());
                    }
                });
    }
}
