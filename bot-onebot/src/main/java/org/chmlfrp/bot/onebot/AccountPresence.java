package org.chmlfrp.bot.onebot;

import org.chmlfrp.bot.core.chat.ChatIdentity;
import org.chmlfrp.bot.core.chat.ConnectionHealth;
import org.chmlfrp.bot.core.chat.Platform;
import org.chmlfrp.bot.onebot.protocol.OneBotEvent;
import org.chmlfrp.bot.onebot.transport.OneBotSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether each QQ account is logged in, as its implementation says — a {@code bot_offline}
 * notice, a heartbeat's {@code status.online}, Lagrange's {@code bot_online} — reported into
 * the core's {@link ConnectionHealth} (which {@code help} shows bot admins). A change is
 * logged once (offline at WARN with the reason, back at INFO), not at every heartbeat.
 */
final class AccountPresence {
    private static final Logger log = LoggerFactory.getLogger(AccountPresence.class);
    private static final int MAX_REASON = 200;

    private final ConnectionHealth health;

    AccountPresence(ConnectionHealth health) {
        this.health = health;
    }

    void heartbeat(OneBotSession session, OneBotEvent.Heartbeat hb) {
        switch (hb.presence()) {
            case OFFLINE -> offline(session, hb.selfId(), "");
            case ONLINE -> online(session, hb.selfId());
            case UNKNOWN -> {}
        }
    }

    void offline(OneBotSession session, OneBotEvent.BotOffline notice) {
        offline(session, notice.selfId(), reason(notice));
    }

    void online(OneBotSession session, long reported) {
        long account = account(session, reported);
        if (account > 0 && health.online(identity(account))) {
            log.info("OneBot {}: QQ account {} is online again", session.origin(), account);
        }
    }

    private void offline(OneBotSession session, long reported, String reason) {
        long account = account(session, reported);
        if (account <= 0) {
            log.warn(
                    "OneBot {}: the QQ account (not known yet) is offline: {}",
                    session.origin(),
                    reason.isEmpty() ? "heartbeat says online=false" : reason);
        } else if (health.offline(identity(account), reason)) {
            log.warn(
                    "OneBot {}: QQ account {} is offline: {}",
                    session.origin(),
                    account,
                    reason.isEmpty() ? "heartbeat says online=false" : reason);
        }
    }

    private static long account(OneBotSession session, long reported) {
        return reported > 0 ? reported : session.selfId();
    }

    private static ChatIdentity identity(long account) {
        return new ChatIdentity(Platform.ONEBOT, Long.toString(account));
    }

    /** "tag: message" (either alone when the other is empty or the same), one line, cut short. */
    private static String reason(OneBotEvent.BotOffline notice) {
        String tag = notice.tag().strip();
        String message = notice.message().strip();
        String joined = tag.isEmpty() || tag.equals(message) ? message : message.isEmpty() ? tag : tag + ": " + message;
        String oneLine = joined.replaceAll("\\p{Cntrl}+", " ");
        return oneLine.length() <= MAX_REASON ? oneLine : oneLine.substring(0, MAX_REASON) + "…";
    }
}
