package org.chmlfrp.bot.app;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.TypeLiteral;
import com.google.inject.name.Names;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.chmlfrp.bot.app.config.AppConfig;
import org.chmlfrp.bot.app.config.ConfigException;
import org.chmlfrp.bot.app.config.ConfigLoader;
import org.chmlfrp.bot.app.console.ConsoleAdapter;
import org.chmlfrp.bot.app.console.ConsoleModule;
import org.chmlfrp.bot.app.ops.HealthCheck;
import org.chmlfrp.bot.app.ops.OpsMetrics;
import org.chmlfrp.bot.app.ops.OpsServer;
import org.chmlfrp.bot.core.CoreModule;
import org.chmlfrp.bot.core.chat.ChatAdapter;
import org.chmlfrp.bot.core.chat.ChatConnections;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpSettings;
import org.chmlfrp.bot.core.command.AccountDirectory;
import org.chmlfrp.bot.core.command.Dispatcher;
import org.chmlfrp.bot.core.command.LinkedAccount;
import org.chmlfrp.bot.core.i18n.I18n;
import org.chmlfrp.bot.core.oauth.OAuthSettings;
import org.chmlfrp.bot.core.store.Database;
import org.chmlfrp.bot.core.store.StorageConfigException;
import org.chmlfrp.bot.core.store.StorageSettings;
import org.chmlfrp.bot.core.store.StoreException;
import org.chmlfrp.bot.core.store.StoreStart;
import org.chmlfrp.bot.core.store.TokenCipher;
import org.chmlfrp.bot.core.support.Failures;
import org.chmlfrp.bot.discord.DiscordModule;
import org.chmlfrp.bot.onebot.OneBotModule;
import org.chmlfrp.bot.testkit.chmlfrp.FakeChmlFrpServer;
import org.chmlfrp.bot.testkit.chmlfrp.FakeSeed;
import org.chmlfrp.bot.testkit.chmlfrp.FakeUser;
import org.chmlfrp.bot.testkit.qzhua.FakeQZhuaServer;

/**
 * Runs the bot: reads the command line and config, assembles Guice, starts the adapters,
 * and stops gracefully. Exit codes: 0 normal stop, 2 bad configuration, 1 other fatal error.
 */
public final class Launcher {
    public static final int OK = 0;
    public static final int FATAL = 1;
    public static final int BAD_CONFIG = 2;
    /** The client id the demo's fake QZhua server knows. */
    static final String DEMO_CLIENT_ID = "chmlfrp-bot-demo";

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);

    public Launcher(InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.env = env;
    }

    /** Asks a running bot to stop; returns when it has (at most ~10 s). */
    public void requestStop() {
        stopRequested.countDown();
        try {
            stopped.await(12, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public int run(String[] args) {
        try {
            return launch(args);
        } finally {
            stopped.countDown();
        }
    }

    private int launch(String[] args) {
        StringBuilder problem = new StringBuilder();
        Optional<LaunchOptions> parsed = LaunchOptions.parse(args, problem);
        if (parsed.isEmpty()) {
            err.println(problem);
            err.println(LaunchOptions.USAGE);
            return BAD_CONFIG;
        }
        LaunchOptions options = parsed.get();
        if (options.help()) {
            out.println(LaunchOptions.USAGE);
            return OK;
        }
        AppConfig config;
        try {
            config = loadConfig(options);
        } catch (ConfigException | StorageConfigException e) {
            err.println("configuration error: " + e.getMessage());
            return BAD_CONFIG;
        } catch (IOException e) {
            err.println("cannot read " + options.config() + ": " + e.getMessage());
            return BAD_CONFIG;
        }
        if (config == null) {
            err.println(options.config().toAbsolutePath() + " not found.");
            err.println("Copy config.example.yml (next to the jar in the project, or in the repository root) to "
                    + options.config()
                    + " and edit it, or run with --demo to try the bot against a local fake ChmlFrp.");
            return BAD_CONFIG;
        }
        FakeChmlFrpServer fake = null;
        FakeQZhuaServer fakeLogin = null;
        TokenCipher cipher = null;
        if (options.demo()) {
            fake = FakeChmlFrpServer.builder().seed(FakeSeed.demo()).start();
            // QZhua's device login too: the page at the link approves as the demo's first user
            fakeLogin = FakeQZhuaServer.builder()
                    .clientId(DEMO_CLIENT_ID)
                    .interval(2)
                    .demoAccount(fake.state().users().get(0).id())
                    .start();
            fake.state().acceptAccessTokensFrom(fakeLogin);
            config = config.withChmlFrp(new ChmlFrpSettings(
                            fake.baseUrl(),
                            config.chmlfrp().timeout(),
                            config.chmlfrp().tokenIn(),
                            config.chmlfrp().panelUrl()))
                    .withStorage(new StorageSettings(
                            "jdbc:h2:mem:chmlfrp-demo;DB_CLOSE_DELAY=-1",
                            "",
                            config.storage().keyFile()))
                    .withOAuth(new OAuthSettings(
                            DEMO_CLIENT_ID, fakeLogin.baseUrl(), config.oauth().scope()));
            cipher = TokenCipher.ephemeral();
        }
        try {
            return runBot(options, config, cipher, fake);
        } finally {
            if (fake != null) {
                fake.close();
            }
            if (fakeLogin != null) {
                fakeLogin.close();
            }
        }
    }

    private AppConfig loadConfig(LaunchOptions options) throws IOException {
        ConfigLoader loader = new ConfigLoader(env);
        if (Files.exists(options.config())) {
            return loader.load(options.config());
        }
        if (options.demo() && !options.configGiven()) {
            return loader.defaults();
        }
        return null;
    }

    private int runBot(LaunchOptions options, AppConfig config, TokenCipher cipher, FakeChmlFrpServer fake) {
        OpsMetrics.Registry metrics = config.server().enabled() ? OpsMetrics.create() : null;
        try {
            return runBot(options, config, cipher, fake, metrics);
        } finally {
            if (metrics != null) {
                metrics.close();
            }
        }
    }

    private int runBot(
            LaunchOptions options,
            AppConfig config,
            TokenCipher cipher,
            FakeChmlFrpServer fake,
            OpsMetrics.Registry metrics) {
        List<Module> modules = new ArrayList<>();
        try {
            // Connecting and migrating overlap the injector's assembly and the adapters' start.
            StoreStart store = StoreStart.inBackground(config.storage(), cipher);
            CoreModule core =
                    new CoreModule(config.chmlfrp(), config.bot(), config.broadcast(), store).withOAuth(config.oauth());
            if (metrics != null) {
                core.withMeterRegistry(metrics.prometheus());
            }
            modules.add(core);
        } catch (StorageConfigException e) {
            err.println("configuration error: " + e.getMessage());
            return BAD_CONFIG;
        }
        if (options.console()) {
            modules.add(new ConsoleModule(in, out));
        }
        if (config.onebot().enabled() && !options.demo()) {
            modules.add(new OneBotModule(config.onebot()));
        }
        if (config.discord().enabled() && !options.demo()) {
            modules.add(new DiscordModule(config.discord()));
        }
        Injector injector;
        try {
            injector = Guice.createInjector(modules);
        } catch (com.google.inject.ProvisionException
                | com.google.inject.CreationException
                | com.google.inject.ConfigurationException e) {
            err.println("cannot start: " + Failures.rootCause(e).getMessage());
            return FATAL;
        }
        Set<ChatAdapter> adapters = injector.getInstance(Key.get(new TypeLiteral<Set<ChatAdapter>>() {}));
        long chatAdapters = adapters.stream().filter(ChatAdapter::takesMessages).count();
        if (chatAdapters == 0) {
            err.println("nothing to run: set onebot.enabled or discord.enabled in " + options.config()
                    + ", or start with --console");
            shutdown(injector, adapters, null);
            return BAD_CONFIG;
        }
        OpsServer ops = null;
        if (metrics != null) {
            try {
                ops = OpsServer.start(
                        config.server(),
                        new HealthCheck(
                                injector.getInstance(Database.class), injector.getInstance(ChatConnections.class)),
                        metrics.prometheus());
            } catch (IOException | RuntimeException e) {
                err.println("cannot start: server.listen " + config.server().host() + ":"
                        + config.server().port() + ": " + e.getMessage());
                shutdown(injector, adapters, null);
                return FATAL;
            }
        }
        // The chat adapters connect while the store opens. The console reads commands the moment
        // it starts (and the demo links its operator first): there the store comes first.
        boolean storeFirst = fake != null || options.console();
        if (storeFirst) {
            Integer storeFailure = awaitStore(injector, adapters, ops);
            if (storeFailure != null) {
                return storeFailure;
            }
        }
        if (fake != null) {
            FakeUser demo = fake.state().users().get(0);
            injector.getInstance(AccountDirectory.class)
                    .link(
                            ConsoleAdapter.OPERATOR,
                            new LinkedAccount(
                                    demo.id(), demo.username(), fake.state().tokenOf(demo.id())));
            I18n i18n = injector.getInstance(I18n.class);
            out.println(i18n.get(
                    config.bot().locale(),
                    "app.demo.banner",
                    fake.baseUrl(),
                    demo.username(),
                    fake.state().tokenOf(demo.id())));
            out.flush();
        }
        try {
            for (ChatAdapter a : adapters) {
                a.start();
            }
        } catch (Exception e) {
            err.println("cannot start: " + e.getMessage());
            shutdown(injector, adapters, ops);
            return FATAL;
        }
        if (!storeFirst) {
            // A store that cannot open, or a secret key that is not the one its account links
            // were sealed with, still stops the bot here.
            Integer storeFailure = awaitStore(injector, adapters, ops);
            if (storeFailure != null) {
                return storeFailure;
            }
        }
        boolean consoleOnly = options.console() && chatAdapters == 1;
        try {
            if (consoleOnly) {
                ConsoleAdapter console = injector.getInstance(ConsoleAdapter.class);
                Thread waiter = new Thread(
                        () -> {
                            try {
                                console.awaitEnd();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            stopRequested.countDown();
                        },
                        "console-eof");
                waiter.setDaemon(true);
                waiter.start();
            }
            stopRequested.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        shutdown(injector, adapters, ops);
        return OK;
    }

    /** Waits for the store to be open and its key checked; on failure says why, stops, and gives the exit code. */
    private Integer awaitStore(Injector injector, Set<ChatAdapter> adapters, OpsServer ops) {
        try {
            injector.getInstance(Database.class).awaitOpen();
            return null;
        } catch (StorageConfigException e) {
            err.println("configuration error: " + e.getMessage());
            shutdown(injector, adapters, ops);
            return BAD_CONFIG;
        } catch (RuntimeException e) {
            // StoreException says where and why (the URL redacted); anything else by its cause.
            err.println("cannot start: "
                    + (e instanceof StoreException
                            ? e.getMessage()
                            : Failures.rootCause(e).getMessage()));
            shutdown(injector, adapters, ops);
            return FATAL;
        }
    }

    /** Stops the ops server (if any) first, so probes see the bot go, then the adapters, commands and store. */
    private static void shutdown(Injector injector, Set<ChatAdapter> adapters, OpsServer ops) {
        if (ops != null) {
            ops.close();
        }
        for (ChatAdapter a : adapters) {
            try {
                a.stop();
            } catch (RuntimeException e) {
                // keep stopping the others
            }
        }
        ExecutorService commands =
                injector.getInstance(Key.get(ExecutorService.class, Names.named(Dispatcher.EXECUTOR)));
        commands.shutdown();
        try {
            commands.awaitTermination(8, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        injector.getInstance(Database.class).close();
    }
}
