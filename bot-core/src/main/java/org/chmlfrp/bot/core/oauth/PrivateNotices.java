package org.chmlfrp.bot.core.oauth;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.chmlfrp.bot.core.chat.ChatIdentity;
import org.chmlfrp.bot.core.chat.ChatPlace;
import org.chmlfrp.bot.core.chat.ChatSink;
import org.chmlfrp.bot.core.chat.Platform;
import org.chmlfrp.bot.core.reply.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells one user something privately, unprompted, through their platform's {@link ChatSink}. The sinks
 * are looked up at the first message: an adapter that is also a sink (the console) depends on the
 * dispatcher, which depends on this through the token refresher.
 */
@Singleton
public final class PrivateNotices {
    private static final Logger log = LoggerFactory.getLogger(PrivateNotices.class);
    private final Provider<Set<ChatSink>> sinks;
    private volatile Map<Platform, ChatSink> byPlatform;

    @Inject
    public PrivateNotices(Provider<Set<ChatSink>> sinks) {
        this.sinks = sinks;
    }

    /** Sends the text privately; a failure is logged, never thrown. */
    public void tell(ChatIdentity user, String botAccount, String text) {
        ChatSink sink = byPlatform().get(user.platform());
        if (sink == null) {
            log.info(
                    "no way to reach {} privately: no {} sink",
                    user,
                    user.platform().id());
            return;
        }
        sink.send(new ChatPlace.Private(user.platform(), user.userId(), botAccount), Reply.text(text))
                .whenComplete((ok, failure) -> {
                    if (failure != null) {
                        log.info(
                                "could not tell {} privately: {}",
                                user,
                                failure.getClass().getSimpleName());
                    }
                });
    }

    private Map<Platform, ChatSink> byPlatform() {
        Map<Platform, ChatSink> map = byPlatform;
        if (map == null) {
            map = sinks.get().stream()
                    .collect(Collectors.toMap(
                            ChatSink::platform, s -> s, (first, later) -> first, () -> new EnumMap<>(Platform.class)));
            byPlatform = map;
        }
        return map;
    }
}
