package org.chmlfrp.bot.onebot.transport;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every open session, and which serve which QQ account. Several accounts at once; an account
 * reachable through several connections uses the newest. When the same account connects
 * again through the same configured connection (a reverse peer that redialled), the older
 * session is stale and is closed.
 */
@Singleton
public final class OneBotSessions {
    private static final Logger log = LoggerFactory.getLogger(OneBotSessions.class);

    private final Set<OneBotSession> open = ConcurrentHashMap.newKeySet();
    private final List<OneBotSession> bound = new CopyOnWriteArrayList<>();

    public void opened(OneBotSession session) {
        open.add(session);
    }

    /** The session learnt its account: route to it, and retire a stale one of the same account and origin. */
    public void bind(OneBotSession session) {
        List<OneBotSession> stale = new ArrayList<>();
        synchronized (this) {
            for (OneBotSession s : bound) {
                if (s != session && s.selfId() == session.selfId() && s.origin().equals(session.origin())) {
                    stale.add(s);
                }
            }
            bound.removeAll(stale);
            if (!bound.contains(session)) {
                bound.add(session);
            }
        }
        for (OneBotSession s : stale) {
            log.info("QQ account {} reconnected through {}; closing its previous connection", s.selfId(), s.origin());
            s.close(1000, "replaced by a new connection");
        }
    }

    public void closed(OneBotSession session) {
        open.remove(session);
        bound.remove(session);
    }

    /** The newest open session serving the account. */
    public Optional<OneBotSession> find(long selfId) {
        for (int i = bound.size() - 1; i >= 0; i--) {
            OneBotSession s;
            try {
                s = bound.get(i);
            } catch (IndexOutOfBoundsException e) {
                continue;
            }
            if (s.selfId() == selfId && s.isOpen()) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** True when {@code userId} is one of the bot's own connected QQ accounts. */
    public boolean isBotAccount(long userId) {
        return userId > 0 && bound.stream().anyMatch(s -> s.selfId() == userId);
    }

    public List<OneBotSession> all() {
        return List.copyOf(open);
    }

    public Set<Long> accounts() {
        Set<Long> ids = ConcurrentHashMap.newKeySet();
        bound.forEach(s -> ids.add(s.selfId()));
        return ids;
    }
}
