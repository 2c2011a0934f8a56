package org.chmlfrp.bot.core;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.ProvidesIntoSet;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import jakarta.inject.Named;
import jakarta.inject.Provider;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.chmlfrp.bot.core.broadcast.BroadcastSettings;
import org.chmlfrp.bot.core.broadcast.BroadcastTicker;
import org.chmlfrp.bot.core.chart.CjkFonts;
import org.chmlfrp.bot.core.chart.ChartRenderer;
import org.chmlfrp.bot.core.chat.ChatAdapter;
import org.chmlfrp.bot.core.chat.ChatConnections;
import org.chmlfrp.bot.core.chat.ChatSink;
import org.chmlfrp.bot.core.chat.ConnectionHealth;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpApi;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpSettings;
import org.chmlfrp.bot.core.chmlfrp.HttpChmlFrpApi;
import org.chmlfrp.bot.core.command.AccountDirectory;
import org.chmlfrp.bot.core.command.CommandLineReader;
import org.chmlfrp.bot.core.command.CommandMetrics;
import org.chmlfrp.bot.core.command.CommandRegistry;
import org.chmlfrp.bot.core.command.CommandSet;
import org.chmlfrp.bot.core.command.ConfirmationCommands;
import org.chmlfrp.bot.core.command.Confirmations;
import org.chmlfrp.bot.core.command.Dispatcher;
import org.chmlfrp.bot.core.command.RateLimiter;
import org.chmlfrp.bot.core.feature.help.HelpCommand;
import org.chmlfrp.bot.core.feature.help.OfflineAccountsLine;
import org.chmlfrp.bot.core.feature.subscription.SubscriptionStatus;
import org.chmlfrp.bot.core.feature.node.NodeCatalog;
import org.chmlfrp.bot.core.i18n.I18n;
import org.chmlfrp.bot.core.oauth.DeviceLoginResumer;
import org.chmlfrp.bot.core.oauth.DeviceLogins;
import org.chmlfrp.bot.core.oauth.OAuthSettings;
import org.chmlfrp.bot.core.oauth.PrivateNotices;
import org.chmlfrp.bot.core.oauth.QZhuaClient;
import org.chmlfrp.bot.core.oauth.TokenRefresher;
import org.chmlfrp.bot.core.store.AccessRenewal;
import org.chmlfrp.bot.core.store.AccountLinks;
import org.chmlfrp.bot.core.store.BroadcastState;
import org.chmlfrp.bot.core.store.Database;
import org.chmlfrp.bot.core.store.DeviceFlows;
import org.chmlfrp.bot.core.store.SecretKeyCheck;
import org.chmlfrp.bot.core.store.SigninReminders;
import org.chmlfrp.bot.core.store.StorageSettings;
import org.chmlfrp.bot.core.store.StoredAccounts;
import org.chmlfrp.bot.core.store.Subscriptions;
import org.chmlfrp.bot.core.store.TokenCipher;
import org.chmlfrp.bot.core.store.Watches;

/**
 * The core's Guice assembly: settings, the API client, the store, the command framework and
 * every feature's commands (through {@code Multibinder<CommandSet>}), and the broadcast
 * scheduler (the {@code broadcast} entry of {@code Set<ChatAdapter>}). Adapters contribute
 * {@code Set<ChatAdapter>} and {@code Set<ChatSink>} from their own modules.
 */
public final class CoreModule extends AbstractModule {
    /** Name of the executor commands run on. */
    public static final String COMMAND_EXECUTOR = "commands";

    private final ChmlFrpSettings chmlfrp;
    private final StorageSettings storage;
    private final BotSettings bot;
    private final BroadcastSettings broadcast;
    private final TokenCipher cipherOverride;
    private MeterRegistry meters = new CompositeMeterRegistry();
    private OAuthSettings oauth = OAuthSettings.off();
    private Database earlyStore;
    /** The cipher in use, once resolved: the override, else the configured key (read once). */
    private TokenCipher cipher;

    /**
     * @param cipherOverride a cipher to use instead of the configured key (the demo's throwaway key), or null
     */
    public CoreModule(ChmlFrpSettings chmlfrp, StorageSettings storage, BotSettings bot, BroadcastSettings broadcast,
                      TokenCipher cipherOverride) {
        this.chmlfrp = chmlfrp;
        this.storage = storage;
        this.bot = bot;
        this.broadcast = broadcast;
        this.cipherOverride = cipherOverride;
    }

    /** Turns on QZhua device-code login ({@code oauth.*}); off unless called with a client id. */
    public CoreModule withOAuth(OAuthSettings settings) {
        this.oauth = settings;
        return this;
    }

    /**
     * Starts opening the store now, on a thread of its own ({@link Database#openInBackground}),
     * so that connecting and migrating overlap the injector's assembly and the adapters' start.
     * Unless a cipher was given, the secret key is checked against the store
     * ({@link SecretKeyCheck}) before anything may use it. Nothing that needs no store waits;
     * whatever does waits until the store is open and checked, and the launcher calls
     * {@link Database#awaitOpen()} to learn whether it is.
     *
     * @throws org.chmlfrp.bot.core.store.StorageConfigException if the configured key cannot be read
     */
    public CoreModule openStoreInBackground() {
        if (earlyStore == null) {
            TokenCipher key = resolveCipher();
            boolean checkKey = cipherOverride == null;
            earlyStore = Database.openInBackground(storage, store -> {
                if (checkKey) {
                    new SecretKeyCheck(new BroadcastState(store, Clock.systemUTC()), key).verify();
                }
            });
        }
        return this;
    }

    /**
     * The registry every meter goes to (the launcher's Prometheus registry when {@code server.listen}
     * is set). Without one, meters go nowhere.
     */
    public CoreModule withMeterRegistry(MeterRegistry registry) {
        this.meters = registry;
        return this;
    }

    private synchronized TokenCipher resolveCipher() {
        if (cipher == null) {
            cipher = cipherOverride != null ? cipherOverride : TokenCipher.fromSettings(storage);
        }
        return cipher;
    }

    @Override
    protected void configure() {
        bind(ChmlFrpSettings.class).toInstance(chmlfrp);
        bind(StorageSettings.class).toInstance(storage);
        bind(BotSettings.class).toInstance(bot);
        bind(BroadcastSettings.class).toInstance(broadcast);
        bind(OAuthSettings.class).toInstance(oauth);
        bind(Clock.class).toInstance(Clock.systemUTC());
        bind(MeterRegistry.class).toInstance(meters);
        Multibinder<ChatAdapter> adapters = Multibinder.newSetBinder(binder(), ChatAdapter.class);
        adapters.addBinding().to(BroadcastTicker.class);
        adapters.addBinding().to(DeviceLoginResumer.class);
        Multibinder.newSetBinder(binder(), ChatSink.class);
        Multibinder<CommandSet> commands = Multibinder.newSetBinder(binder(), CommandSet.class);
        commands.addBinding().to(ConfirmationCommands.class);
        FeatureBindings.bind(commands);
    }

    @ProvidesIntoSet
    CommandSet help(Provider<CommandRegistry> registry, SubscriptionStatus status, OfflineAccountsLine offline) {
        return new HelpCommand(registry::get, List.of(status::forContext, offline::forContext));
    }

    @Provides
    @Singleton
    ConnectionHealth connectionHealth(Clock clock) {
        return new ConnectionHealth(clock);
    }

    @Provides
    @Singleton
    ChatConnections chatConnections(MeterRegistry registry) {
        return new ChatConnections(registry);
    }

    @Provides
    @Singleton
    OfflineAccountsLine offlineAccountsLine(ConnectionHealth health, Clock clock, BroadcastSettings broadcast) {
        return new OfflineAccountsLine(health, clock, broadcast.zone());
    }

    @Provides
    @Singleton
    ChmlFrpApi api(ChmlFrpSettings settings, MeterRegistry registry) {
        return new HttpChmlFrpApi(settings, registry);
    }

    @Provides
    @Singleton
    I18n i18n() {
        return new I18n();
    }

    @Provides
    @Singleton
    TokenCipher cipher() {
        return resolveCipher();
    }

    @Provides
    @Singleton
    Database database(StorageSettings settings) {
        return earlyStore != null ? earlyStore : Database.open(settings);
    }

    @Provides
    @Singleton
    AccountLinks accountLinks(Database db, TokenCipher cipher) {
        return new AccountLinks(db, cipher);
    }

    @Provides
    @Singleton
    Subscriptions subscriptions(Database db) {
        return new Subscriptions(db);
    }

    @Provides
    @Singleton
    Watches watches(Database db) {
        return new Watches(db);
    }

    @Provides
    @Singleton
    SigninReminders signinReminders(Database db) {
        return new SigninReminders(db);
    }

    @Provides
    @Singleton
    BroadcastState broadcastState(Database db, Clock clock) {
        return new BroadcastState(db, clock);
    }

    @Provides
    @Singleton
    SecretKeyCheck secretKeyCheck(BroadcastState state, TokenCipher cipher) {
        return new SecretKeyCheck(state, cipher);
    }

    @Provides
    @Singleton
    AccountDirectory accounts(AccountLinks links, Clock clock, Optional<TokenRefresher> refresher) {
        return new StoredAccounts(links, clock, refresher.<AccessRenewal>map(r -> r).orElse(AccessRenewal.NONE));
    }

    @Provides
    @Singleton
    Optional<QZhuaClient> qzhua(OAuthSettings settings, ChmlFrpSettings chmlfrp) {
        return settings.enabled() ? Optional.of(new QZhuaClient(settings, chmlfrp.timeout())) : Optional.empty();
    }

    @Provides
    @Singleton
    Optional<TokenRefresher> tokenRefresher(Optional<QZhuaClient> client, AccountLinks links, PrivateNotices notices,
                                            I18n i18n, BotSettings settings, Clock clock) {
        return client.map(c -> new TokenRefresher(c, links, notices, i18n, settings.locale(), clock));
    }

    @Provides
    @Singleton
    Optional<DeviceLogins> deviceLogins(Optional<QZhuaClient> client, Database db, TokenCipher cipher,
                                        AccountLinks links, ChmlFrpApi api, PrivateNotices notices, I18n i18n,
                                        Clock clock) {
        return client.map(c -> {
            ScheduledThreadPoolExecutor polls = new ScheduledThreadPoolExecutor(1, daemonThreads("oauth-device-login-"));
            polls.setExecuteExistingDelayedTasksAfterShutdownPolicy(false); // stop() drops the waiting polls
            return new DeviceLogins(c, new DeviceFlows(db, cipher), links, api, notices, i18n, polls, clock);
        });
    }

    @Provides
    @Singleton
    Confirmations confirmations(Clock clock) {
        return new Confirmations(clock);
    }

    @Provides
    @Singleton
    ConfirmationCommands confirmationCommands(Confirmations confirmations) {
        return new ConfirmationCommands(confirmations);
    }

    @Provides
    @Singleton
    NodeCatalog nodeCatalog(ChmlFrpApi api, Clock clock) {
        return new NodeCatalog(api, clock, NodeCatalog.DEFAULT_TTL);
    }

    @Provides
    @Singleton
    ChartRenderer charts() {
        return new ChartRenderer(new CjkFonts());
    }

    @Provides
    @Singleton
    CommandRegistry registry(Set<CommandSet> sets) {
        return new CommandRegistry(sets);
    }

    @Provides
    @Singleton
    CommandLineReader lineReader(BotSettings settings, CommandRegistry registry) {
        return new CommandLineReader(settings.commandPrefixes(), registry);
    }

    @Provides
    @Singleton
    RateLimiter rateLimiter(BotSettings settings, Clock clock) {
        return new RateLimiter(settings.rateLimit(), clock);
    }

    @Provides
    @Singleton
    @Named(COMMAND_EXECUTOR)
    ExecutorService commandExecutor() {
        int threads = Math.max(4, Runtime.getRuntime().availableProcessors() * 2);
        return Executors.newFixedThreadPool(threads, daemonThreads("command-"));
    }

    /** Daemon threads named {@code prefix1}, {@code prefix2}, … */
    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Provides
    @Singleton
    Dispatcher dispatcher(CommandRegistry registry, CommandLineReader lines, AccountDirectory accounts,
                          RateLimiter limiter, BotSettings settings, I18n i18n,
                          @Named(COMMAND_EXECUTOR) ExecutorService executor, MeterRegistry meters,
                          Confirmations confirmations) {
        return new Dispatcher(registry, lines, accounts, limiter, settings.admins(), i18n, executor,
                new CommandMetrics(meters), confirmations);
    }
}
