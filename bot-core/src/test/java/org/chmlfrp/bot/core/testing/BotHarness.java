package org.chmlfrp.bot.core.testing;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.name.Names;
import com.google.inject.util.Modules;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.chmlfrp.bot.core.BotSettings;
import org.chmlfrp.bot.core.CommandModule;
import org.chmlfrp.bot.core.chart.ChartRenderer;
import org.chmlfrp.bot.core.chart.CjkFonts;
import org.chmlfrp.bot.core.chat.BotLocale;
import org.chmlfrp.bot.core.chat.ChatIdentity;
import org.chmlfrp.bot.core.chat.ChatPlace;
import org.chmlfrp.bot.core.chat.ChatUser;
import org.chmlfrp.bot.core.chat.Platform;
import org.chmlfrp.bot.core.chat.Role;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpApi;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpSettings;
import org.chmlfrp.bot.core.chmlfrp.HttpChmlFrpApi;
import org.chmlfrp.bot.core.command.AccountDirectory;
import org.chmlfrp.bot.core.command.BotAdmins;
import org.chmlfrp.bot.core.command.CommandRegistry;
import org.chmlfrp.bot.core.command.CommandSet;
import org.chmlfrp.bot.core.command.Confirmations;
import org.chmlfrp.bot.core.command.Dispatcher;
import org.chmlfrp.bot.core.command.Invocation;
import org.chmlfrp.bot.core.command.LinkedAccount;
import org.chmlfrp.bot.core.command.RateLimit;
import org.chmlfrp.bot.core.feature.help.HelpCommand;
import org.chmlfrp.bot.core.feature.node.NodeCatalog;
import org.chmlfrp.bot.core.feature.subscription.SubscriptionStatus;
import org.chmlfrp.bot.core.i18n.I18n;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.core.store.Database;
import org.chmlfrp.bot.core.store.Subscriptions;
import org.chmlfrp.bot.core.store.Watches;
import org.chmlfrp.bot.testkit.VirtualClock;
import org.chmlfrp.bot.testkit.chmlfrp.FakeChmlFrpServer;

/**
 * A bot core wired for feature tests: the real dispatcher and API client against a
 * {@link FakeChmlFrpServer} over HTTP, account links in memory, a clock tests move. Send a
 * line as a QQ user in private or in a group and get what the user would see.
 */
public final class BotHarness implements AutoCloseable {
    /** The seed's VIP user (id 227, boring_student) and free user (id 1001, free_user). */
    public static final String VIP_TOKEN = "ChmlFrpDemoToken227";

    public static final String FREE_TOKEN = "ChmlFrpFreeToken1001";
    public static final String GROUP_ID = "5000";
    public static final String BOT_ACCOUNT = "9999";

    private final FakeChmlFrpServer fake;
    private final ChmlFrpSettings settings;
    private final ChmlFrpApi api;
    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final VirtualClock clock = new VirtualClock(Instant.parse("2026-11-25T04:00:00Z"));
    private final Confirmations confirmations = new Confirmations(clock);
    private final I18n i18n = new I18n();
    private final NodeCatalog catalog;
    private final ChartRenderer charts = new ChartRenderer(new CjkFonts());
    private Dispatcher dispatcher;
    private Database database;
    private BotLocale locale = BotLocale.ZH_CN;

    private BotHarness(FakeChmlFrpServer fake) {
        this.fake = fake;
        this.settings = ChmlFrpSettings.of(fake.baseUrl()).withTimeout(Duration.ofSeconds(5));
        this.api = new HttpChmlFrpApi(settings);
        this.catalog = new NodeCatalog(api, clock, NodeCatalog.DEFAULT_TTL);
    }

    public static BotHarness start(Function<BotHarness, List<CommandSet>> features) {
        return start(FakeChmlFrpServer.builder(), features);
    }

    public static BotHarness start(
            FakeChmlFrpServer.Builder fakeBuilder, Function<BotHarness, List<CommandSet>> features) {
        BotHarness h = new BotHarness(fakeBuilder.start());
        List<CommandSet> sets = features.apply(h);
        // The production command framework; commands run on the caller's thread, help without status lines.
        Injector injector = Guice.createInjector(
                Modules.override(new CommandModule())
                        .with(b -> b.bind(Key.get(Executor.class, Names.named(Dispatcher.EXECUTOR)))
                                .toInstance(Runnable::run)),
                b -> {
                    b.bind(BotSettings.class)
                            .toInstance(new BotSettings(
                                    BotLocale.ZH_CN, BotAdmins.none(), RateLimit.UNLIMITED, List.of("/", "#")));
                    b.bind(Clock.class).toInstance(h.clock);
                    b.bind(MeterRegistry.class).toInstance(new CompositeMeterRegistry());
                    b.bind(AccountDirectory.class).toInstance(h.accounts);
                    b.bind(I18n.class).toInstance(h.i18n);
                    b.bind(Confirmations.class).toInstance(h.confirmations);
                    Multibinder<CommandSet> commands = Multibinder.newSetBinder(b, CommandSet.class);
                    sets.forEach(set -> commands.addBinding().toInstance(set));
                    commands.addBinding()
                            .toInstance(new HelpCommand(b.getProvider(CommandRegistry.class)::get, List.of()));
                });
        h.dispatcher = injector.getInstance(Dispatcher.class);
        return h;
    }

    public FakeChmlFrpServer fake() {
        return fake;
    }

    public ChmlFrpApi api() {
        return api;
    }

    public ChmlFrpSettings settings() {
        return settings;
    }

    public InMemoryAccounts accounts() {
        return accounts;
    }

    public VirtualClock clock() {
        return clock;
    }

    public Confirmations confirmations() {
        return confirmations;
    }

    public I18n i18n() {
        return i18n;
    }

    public NodeCatalog catalog() {
        return catalog;
    }

    public ChartRenderer charts() {
        return charts;
    }

    /** A store of its own (in memory), opened on first use. */
    public synchronized Database database() {
        if (database == null) {
            database = Database.open("jdbc:h2:mem:harness-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        }
        return database;
    }

    /** Subscription and watch status over {@link #database()}. */
    public SubscriptionStatus subscriptionStatus() {
        return new SubscriptionStatus(new Subscriptions(database()), new Watches(database()));
    }

    public Dispatcher dispatcher() {
        return dispatcher;
    }

    /** Replies in English from now on (zh-CN by default). */
    public BotHarness english() {
        locale = BotLocale.EN;
        return this;
    }

    /** Links QQ user {@code qq} to the fake's account with this token. */
    public void link(String qq, String token) {
        int id = fake.state().userByToken(token).orElseThrow().id();
        String name = fake.state().user(id).username();
        accounts.link(new ChatIdentity(Platform.ONEBOT, qq), new LinkedAccount(id, name, token));
    }

    public Optional<LinkedAccount> linkOf(String qq) {
        return accounts.find(new ChatIdentity(Platform.ONEBOT, qq));
    }

    /** What QQ user {@code qq} sees after sending {@code text} to the bot privately. */
    public Reply privately(String qq, String text) {
        ChatUser user = new ChatUser(Platform.ONEBOT, qq, "user" + qq);
        return await(Invocation.privateChat(user, BOT_ACCOUNT, Role.MEMBER, locale), text);
    }

    /** What the group sees after QQ user {@code qq} (an ordinary member) sends {@code text} there. */
    public Reply inGroup(String qq, String text) {
        return inGroup(qq, text, Role.MEMBER);
    }

    public Reply inGroup(String qq, String text, Role role) {
        ChatUser user = new ChatUser(Platform.ONEBOT, qq, "user" + qq);
        Invocation inv =
                new Invocation(user, new ChatPlace.Group(Platform.ONEBOT, GROUP_ID, BOT_ACCOUNT), role, locale, false);
        return await(inv, text);
    }

    private Reply await(Invocation inv, String text) {
        try {
            return dispatcher
                    .onText(inv, text, false)
                    .get(20, TimeUnit.SECONDS)
                    .orElseThrow(() -> new AssertionError("the bot did not answer: " + text));
        } catch (Exception e) {
            throw new AssertionError("command failed: " + text, e);
        }
    }

    @Override
    public void close() {
        fake.close();
        synchronized (this) {
            if (database != null) {
                database.close();
            }
        }
    }
}
