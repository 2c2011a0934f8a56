package org.chmlfrp.bot.onebot.testing;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import com.google.inject.util.Modules;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.chmlfrp.bot.core.BotSettings;
import org.chmlfrp.bot.core.CoreModule;
import org.chmlfrp.bot.core.broadcast.BroadcastScheduler;
import org.chmlfrp.bot.core.broadcast.BroadcastSettings;
import org.chmlfrp.bot.core.chat.ChatAdapter;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpSettings;
import org.chmlfrp.bot.core.command.RateLimit;
import org.chmlfrp.bot.core.oauth.OAuthSettings;
import org.chmlfrp.bot.core.store.Database;
import org.chmlfrp.bot.core.store.StoreStart;
import org.chmlfrp.bot.core.store.TokenCipher;
import org.chmlfrp.bot.onebot.OneBotAdapter;
import org.chmlfrp.bot.onebot.OneBotModule;
import org.chmlfrp.bot.onebot.OneBotOptions;
import org.chmlfrp.bot.onebot.OneBotSettings;
import org.chmlfrp.bot.testkit.VirtualClock;
import org.chmlfrp.bot.testkit.onebot.FakeOneBot;

/**
 * The real bot as the launcher assembles it — CoreModule (an in-memory store of its own unless
 * {@link Builder#database} says otherwise) and OneBotModule through Guice — with only the OneBot
 * adapter started: the broadcast ticker stays off; with a {@link Builder#clock virtual clock} the
 * test drives the broadcasts through {@link #broadcasts()}.
 */
public final class RealBot implements AutoCloseable {
    /** How long an account may take to become ready. */
    public static final Duration READY = Duration.ofSeconds(15);

    private final Injector injector;
    private final OneBotAdapter adapter;
    private final VirtualClock clock;
    private final Duration pollInterval;
    private final AtomicBoolean closed = new AtomicBoolean();

    private RealBot(Injector injector, OneBotAdapter adapter, VirtualClock clock, Duration pollInterval) {
        this.injector = injector;
        this.adapter = adapter;
        this.clock = clock;
        this.pollInterval = pollInterval;
    }

    /** A bot reading the ChmlFrp API at {@code apiBaseUrl}. */
    public static Builder builder(URI apiBaseUrl) {
        return new Builder(apiBaseUrl);
    }

    public Injector injector() {
        return injector;
    }

    public OneBotAdapter adapter() {
        return adapter;
    }

    /** Waits until the QQ account {@code selfId} has a ready session. */
    public RealBot awaitAccount(long selfId) {
        Waits.until(
                "account " + selfId + " ready",
                () -> adapter.sessions().find(selfId).isPresent(),
                READY);
        return this;
    }

    /** The broadcast scheduler on the virtual clock, driven by hand. */
    public BroadcastDriver broadcasts() {
        if (clock == null) {
            throw new IllegalStateException("broadcasts are driven by hand only on a virtual clock");
        }
        return new BroadcastDriver(clock, pollInterval, injector.getInstance(BroadcastScheduler.class));
    }

    /** Stops the adapter and closes the store (an in-memory database stays for a restart on the same URL); once. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        adapter.stop();
        injector.getInstance(BroadcastScheduler.class).stepDown(); // as BroadcastTicker.stop() does
        injector.getInstance(Database.class).close();
    }

    public static final class Builder {
        private final URI apiBaseUrl;
        private final List<OneBotSettings.Connection> connections = new ArrayList<>();
        private BotSettings bot = BotSettings.defaults();
        private OneBotOptions options = OneBotOptions.defaults();
        private OAuthSettings oauth = OAuthSettings.off();
        private BroadcastSettings broadcast = BroadcastSettings.defaults();
        private VirtualClock clock;
        private String database = "jdbc:h2:mem:onebot-e2e-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

        private Builder(URI apiBaseUrl) {
            this.apiBaseUrl = apiBaseUrl;
        }

        public Builder bot(BotSettings value) {
            bot = value;
            return this;
        }

        public Builder options(OneBotOptions value) {
            options = value;
            return this;
        }

        /** With QZhua device-code login configured ({@code oauth.*}). */
        public Builder oauth(OAuthSettings value) {
            oauth = value;
            return this;
        }

        public Builder broadcast(BroadcastSettings value) {
            broadcast = value;
            return this;
        }

        /** The whole core runs on this clock; {@link RealBot#broadcasts()} moves it. */
        public Builder clock(VirtualClock value) {
            clock = value;
            return this;
        }

        /** The store's JDBC URL, to start a second bot on the same database. */
        public Builder database(String jdbcUrl) {
            database = jdbcUrl;
            return this;
        }

        /** Dials {@code peer} with no access token. */
        public Builder forward(FakeOneBot peer) {
            return forward(peer, "");
        }

        public Builder forward(FakeOneBot peer, String accessToken) {
            return connection(new OneBotSettings.Forward(peer.url().toString(), accessToken));
        }

        public Builder connection(OneBotSettings.Connection value) {
            connections.add(value);
            return this;
        }

        public RealBot start() throws Exception {
            CoreModule core = new CoreModule(
                            ChmlFrpSettings.of(apiBaseUrl),
                            bot,
                            broadcast,
                            new StoreStart(Database.open(database), TokenCipher.ephemeral()))
                    .withOAuth(oauth);
            OneBotSettings settings = new OneBotSettings(true, List.of("/", "#"), RateLimit.UNLIMITED, connections);
            Injector injector = Guice.createInjector(
                    clock == null
                            ? core
                            : Modules.override(core)
                                    .with(b -> b.bind(Clock.class).toInstance(clock)),
                    new OneBotModule(settings, options));
            Set<ChatAdapter> adapters = injector.getInstance(Key.get(new TypeLiteral<Set<ChatAdapter>>() {}));
            OneBotAdapter adapter = adapters.stream()
                    .filter(a -> a instanceof OneBotAdapter)
                    .map(a -> (OneBotAdapter) a)
                    .findFirst()
                    .orElseThrow();
            adapter.start();
            return new RealBot(injector, adapter, clock, broadcast.pollInterval());
        }
    }
}
