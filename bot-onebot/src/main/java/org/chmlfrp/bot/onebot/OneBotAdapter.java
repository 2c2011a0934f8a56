package org.chmlfrp.bot.onebot;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.chmlfrp.bot.core.chat.ChatAdapter;
import org.chmlfrp.bot.core.chat.ChatConnections;
import org.chmlfrp.bot.core.chat.ConnectionHealth;
import org.chmlfrp.bot.core.command.RateLimit;
import org.chmlfrp.bot.onebot.protocol.Json;
import org.chmlfrp.bot.onebot.protocol.OneBotEvent;
import org.chmlfrp.bot.onebot.transport.ForwardConnector;
import org.chmlfrp.bot.onebot.transport.FrameChannel;
import org.chmlfrp.bot.onebot.transport.OneBotSession;
import org.chmlfrp.bot.onebot.transport.OneBotSessions;
import org.chmlfrp.bot.onebot.transport.ReverseServer;
import org.chmlfrp.bot.onebot.transport.SessionListener;
import org.chmlfrp.bot.onebot.transport.SessionOpener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * QQ through OneBot v11: starts every configured connection (forward connectors dial,
 * reverse servers listen where configured and nowhere else), makes a session for each
 * connection that opens, learns its account with {@code get_login_info} (without waiting for
 * {@code lifecycle.connect}, which some implementations never send), closes connections that
 * stop sending heartbeats, passes message events to the {@link MessageHandler} and reports
 * whether each QQ account is logged in ({@link AccountPresence}).
 */
@Singleton
public final class OneBotAdapter implements ChatAdapter {
    private static final Logger log = LoggerFactory.getLogger(OneBotAdapter.class);

    private final OneBotSettings settings;
    private final OneBotOptions options;
    private final OneBotSessions sessions;
    private final MessageHandler handler;
    private final OneBotTimers timers;
    private final AccountPresence presence;
    private final OneBotConnections connections;
    private final List<ForwardConnector> connectors = new CopyOnWriteArrayList<>();
    private final List<ReverseServer> servers = new CopyOnWriteArrayList<>();
    private final Listener listener = new Listener();
    private final Random random = new Random();
    private ScheduledFuture<?> staleCheck;

    @Inject
    public OneBotAdapter(
            OneBotSettings settings,
            OneBotOptions options,
            OneBotSessions sessions,
            MessageHandler handler,
            OneBotTimers timers,
            ConnectionHealth health,
            ChatConnections chatConnections,
            MeterRegistry registry) {
        this.settings = settings;
        this.options = options;
        this.sessions = sessions;
        this.handler = handler;
        this.timers = timers;
        this.presence = new AccountPresence(health);
        this.connections = new OneBotConnections(
                settings.enabled() ? settings.connections().size() : 0, chatConnections, registry);
    }

    @Override
    public String name() {
        return "onebot";
    }

    @Override
    public synchronized void start() throws Exception {
        if (!settings.enabled()) {
            log.info("OneBot adapter disabled (onebot.enabled: false)");
            return;
        }
        if (settings.connections().isEmpty()) {
            log.warn("OneBot adapter enabled without connections");
        }
        long period = options.staleCheckPeriod().toMillis();
        staleCheck = timers.scheduler()
                .scheduleAtFixedRate(this::closeSilentSessions, period, period, TimeUnit.MILLISECONDS);
        for (int i = 0; i < settings.connections().size(); i++) {
            OneBotSettings.Connection c = settings.connections().get(i);
            int index = i;
            SessionOpener opener = (origin, channel, selfId) -> openSession(index, origin, channel, selfId);
            if (c instanceof OneBotSettings.Forward f) {
                ForwardConnector connector = new ForwardConnector(
                        f.url(),
                        f.accessToken(),
                        opener,
                        timers.scheduler(),
                        options.connectTimeout(),
                        options.reconnectInitial(),
                        options.reconnectMax(),
                        random);
                connectors.add(connector);
                connector.start();
            } else if (c instanceof OneBotSettings.Reverse r) {
                ReverseServer server = new ReverseServer(r.host(), r.port(), r.path(), r.accessToken(), opener);
                servers.add(server);
                server.start(options.connectTimeout());
            }
        }
    }

    @Override
    public synchronized void stop() {
        handler.stopAccepting();
        long deadline = System.nanoTime() + options.stopGrace().toNanos();
        while (System.nanoTime() < deadline && sessions.all().stream().anyMatch(s -> s.queuedMessages() > 0)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (staleCheck != null) {
            staleCheck.cancel(false);
        }
        connectors.forEach(ForwardConnector::stop);
        servers.forEach(ReverseServer::stop);
        sessions.all().forEach(s -> s.close(1001, "bot stopping"));
        timers.close();
    }

    /** The connections' registry (accounts, sessions). */
    public OneBotSessions sessions() {
        return sessions;
    }

    /** The ports the reverse servers listen on, in configuration order (actual ports when configured as 0). */
    public List<Integer> reversePorts() {
        List<Integer> ports = new ArrayList<>();
        servers.forEach(s -> ports.add(s.port()));
        return ports;
    }

    private OneBotSession openSession(int index, String origin, FrameChannel channel, long knownSelfId) {
        RateLimit rate = settings.sendRate() == null ? RateLimit.UNLIMITED : settings.sendRate();
        OneBotSession session =
                new OneBotSession(origin, channel, options.actionTimeout(), rate, timers.scheduler(), listener);
        sessions.opened(session);
        connections.opened(index, session);
        if (knownSelfId > 0) {
            session.bindAccount(knownSelfId);
        } else {
            learnAccount(session);
        }
        return session;
    }

    private void learnAccount(OneBotSession session) {
        session.call("get_login_info", Json.MAPPER.createObjectNode()).whenComplete((r, e) -> {
            if (e == null && r.ok() && Json.id(r.data().get("user_id")) > 0) {
                session.bindAccount(Json.id(r.data().get("user_id")));
            } else if (session.selfId() == 0) {
                log.warn(
                        "OneBot {}: get_login_info did not tell the account ({}); waiting for the first event",
                        session.origin(),
                        e != null ? e.getClass().getSimpleName() : "retcode " + r.retcode());
            }
        });
    }

    private void closeSilentSessions() {
        try {
            long now = System.nanoTime();
            for (OneBotSession s : sessions.all()) {
                if (s.isOpen() && s.isStale(now, options.staleHeartbeats())) {
                    s.closeStale();
                }
            }
        } catch (RuntimeException e) {
            log.warn("heartbeat check failed: {}", e.toString());
        }
    }

    private final class Listener implements SessionListener {
        @Override
        public void onAccountKnown(OneBotSession session) {
            sessions.bind(session);
        }

        @Override
        public void onEvent(OneBotSession session, OneBotEvent event) {
            if (event instanceof OneBotEvent.Message m) {
                handler.handle(session, m);
            } else if (event instanceof OneBotEvent.BotOffline o) {
                presence.offline(session, o);
            } else if (event instanceof OneBotEvent.BotOnline o) {
                presence.online(session, o.selfId());
            } else if (event instanceof OneBotEvent.Lifecycle l) {
                log.debug("OneBot {}: lifecycle {}", session.origin(), l.subType());
            }
        }

        @Override
        public void onHeartbeat(OneBotSession session, OneBotEvent.Heartbeat heartbeat) {
            presence.heartbeat(session, heartbeat);
        }

        @Override
        public void onClosed(OneBotSession session) {
            connections.closed(session);
            sessions.closed(session);
        }
    }
}
