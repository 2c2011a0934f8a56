package org.chmlfrp.bot.core.broadcast;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.util.Modules;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.chmlfrp.bot.core.BotSettings;
import org.chmlfrp.bot.core.CoreModule;
import org.chmlfrp.bot.core.chat.BotLocale;
import org.chmlfrp.bot.core.chat.ChatAdapter;
import org.chmlfrp.bot.core.chat.ChatIdentity;
import org.chmlfrp.bot.core.chat.ChatPlace;
import org.chmlfrp.bot.core.chat.ChatSink;
import org.chmlfrp.bot.core.chat.ChatUser;
import org.chmlfrp.bot.core.chat.Platform;
import org.chmlfrp.bot.core.chat.Role;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpSettings;
import org.chmlfrp.bot.core.command.AccountDirectory;
import org.chmlfrp.bot.core.command.BotAdmins;
import org.chmlfrp.bot.core.command.Dispatcher;
import org.chmlfrp.bot.core.command.Invocation;
import org.chmlfrp.bot.core.command.LinkedAccount;
import org.chmlfrp.bot.core.command.RateLimit;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.core.store.BroadcastState;
import org.chmlfrp.bot.core.store.Database;
import org.chmlfrp.bot.core.store.StoreStart;
import org.chmlfrp.bot.core.store.Subscription;
import org.chmlfrp.bot.core.store.SubscriptionKind;
import org.chmlfrp.bot.core.store.Subscriptions;
import org.chmlfrp.bot.core.store.TokenCipher;
import org.chmlfrp.bot.core.store.Watches;
import org.chmlfrp.bot.core.testing.StoreEngine;
import org.chmlfrp.bot.testkit.VirtualClock;
import org.chmlfrp.bot.testkit.chmlfrp.FakeChmlFrpServer;

/**
 * The whole core as the launcher assembles it (CoreModule through Guice), against a
 * {@link FakeChmlFrpServer} (on the same virtual clock), on a named in-memory H2 database, with a virtual clock and a
 * recording QQ sink. Broadcasts are driven by hand: {@link #runDue()}, {@link #poll()},
 * {@link #drain()}. {@link #restart()} builds a fresh core on the same database and fake.
 */
public final class BroadcastRig implements AutoCloseable {
    public static final String BOT = "9999";
    public static final String GROUP = "5000";
    public static final Duration POLL = Duration.ofSeconds(60);
    public static final Duration TIMEOUT = Duration.ofMillis(600);
    /** Broadcasts at 2/s: one message per 500 ms per bot account. */
    public static final Duration SEND_GAP = Duration.ofMillis(500);

    public static final String VIP_TOKEN = "ChmlFrpDemoToken227";

    private final FakeChmlFrpServer fake;
    private final boolean ownsFake;
    private final String dbUrl;
    private final VirtualClock clock;
    private final TokenCipher cipher;
    private final RecordingSink sink;
    private final Injector injector;
    private final BotAdmins admins;

    private final RateLimit sendRate;

    private BroadcastRig(
            FakeChmlFrpServer fake,
            boolean ownsFake,
            String dbUrl,
            VirtualClock clock,
            TokenCipher cipher,
            BotAdmins admins) {
        this(
                fake,
                ownsFake,
                dbUrl,
                clock,
                cipher,
                admins,
                RateLimit.parse("2/s").orElseThrow());
    }

    private BroadcastRig(
            FakeChmlFrpServer fake,
            boolean ownsFake,
            String dbUrl,
            VirtualClock clock,
            TokenCipher cipher,
            BotAdmins admins,
            RateLimit sendRate) {
        this.sendRate = sendRate;
        this.fake = fake;
        this.admins = admins;
        this.cipher = cipher;
        this.ownsFake = ownsFake;
        this.dbUrl = dbUrl;
        this.clock = clock;
        this.sink = new RecordingSink(Platform.ONEBOT, clock);
        BroadcastSettings broadcast =
                new BroadcastSettings(POLL, sendRate, LocalTime.of(9, 0), ZoneId.of("Asia/Shanghai"));
        CoreModule core = new CoreModule(
                ChmlFrpSettings.of(fake.baseUrl()).withTimeout(TIMEOUT),
                new BotSettings(BotLocale.ZH_CN, admins, RateLimit.UNLIMITED, List.of("/")),
                broadcast,
                new StoreStart(Database.open(dbUrl), cipher));
        this.injector = Guice.createInjector(
                Modules.override(core).with(b -> b.bind(Clock.class).toInstance(clock)),
                b -> Multibinder.newSetBinder(b, ChatSink.class).addBinding().toInstance(sink));
    }

    /** A new fake, a new database, the clock at 2026-11-25 08:00 in Shanghai (00:00 UTC). */
    public static BroadcastRig start() {
        return start(Instant.parse("2026-11-25T00:00:00Z"));
    }

    public static BroadcastRig start(Instant at) {
        return start(at, BotAdmins.none());
    }

    /** As {@link #start(Instant)}, with these bot admins ({@code bot.admins}). */
    public static BroadcastRig start(Instant at, BotAdmins admins) {
        VirtualClock clock = new VirtualClock(at);
        return new BroadcastRig(
                FakeChmlFrpServer.builder().clock(clock).start(),
                true,
                "jdbc:h2:mem:broadcast-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                clock,
                TokenCipher.ephemeral(),
                admins);
    }

    /** A new fake and a new database of this kind (skipped where the kind is not available). */
    public static BroadcastRig start(StoreEngine engine) {
        return start(engine, RateLimit.parse("2/s").orElseThrow());
    }

    /** The same with another {@code broadcast.send-rate}. */
    public static BroadcastRig start(StoreEngine engine, RateLimit sendRate) {
        VirtualClock clock = new VirtualClock(Instant.parse("2026-11-25T00:00:00Z"));
        return new BroadcastRig(
                FakeChmlFrpServer.builder().clock(clock).start(),
                true,
                engine.freshUrl(),
                clock,
                TokenCipher.ephemeral(),
                BotAdmins.none(),
                sendRate);
    }

    /**
     * A second instance of the bot beside this one: its own core (and instance name) and sink, on
     * the same database, key, fake API and clock. Close it before this one.
     */
    public BroadcastRig sibling() {
        return new BroadcastRig(fake, false, dbUrl, clock, cipher, admins, sendRate);
    }

    /**
     * "Restarts" the bot: this core stops cleanly (hands the broadcast lease back, its database pool
     * closes, the in-memory database stays),
     * and a new core starts on the same database, key, fake API and clock, with a fresh sink.
     */
    public BroadcastRig restart() {
        scheduler().stepDown(); // as BroadcastTicker.stop() does
        injector.getInstance(Database.class).close();
        return new BroadcastRig(fake, false, dbUrl, clock, cipher, admins, sendRate);
    }

    public FakeChmlFrpServer fake() {
        return fake;
    }

    public VirtualClock clock() {
        return clock;
    }

    public RecordingSink sink() {
        return sink;
    }

    public Injector injector() {
        return injector;
    }

    public BroadcastScheduler scheduler() {
        return injector.getInstance(BroadcastScheduler.class);
    }

    public Subscriptions subscriptions() {
        return injector.getInstance(Subscriptions.class);
    }

    public Watches watches() {
        return injector.getInstance(Watches.class);
    }

    public BroadcastState state() {
        return injector.getInstance(BroadcastState.class);
    }

    public Set<ChatAdapter> adapters() {
        return injector.getInstance(Key.get(new TypeLiteral<Set<ChatAdapter>>() {}));
    }

    /** Subscribes a QQ group directly in the store, made through {@code botAccount}. */
    public void subscribe(String groupId, SubscriptionKind kind, String botAccount) {
        subscriptions().add(Subscription.of(Platform.ONEBOT, groupId, kind, botAccount, "10001", clock.instant()));
    }

    /** Links QQ user {@code qq} to the fake's account with this token (no check). */
    public void link(String qq, int userId, String token) {
        injector.getInstance(AccountDirectory.class)
                .link(new ChatIdentity(Platform.ONEBOT, qq), new LinkedAccount(userId, "boring_student", token));
    }

    /** Runs what is due now and waits until that work is done. */
    public void runDue() {
        try {
            scheduler().runDue().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("runDue did not finish", e);
        }
    }

    /** Moves the clock one poll interval on and runs what is due. */
    public void poll() {
        clock.advance(POLL);
        runDue();
    }

    /** Moves the clock in ticks until the outbox is empty; returns the virtual time it took. */
    public Duration drain() {
        Instant from = clock.instant();
        runDue();
        for (int i = 0; i < 100_000 && scheduler().pendingMessages() > 0; i++) {
            clock.advance(scheduler().tick());
            runDue();
        }
        if (scheduler().pendingMessages() > 0) {
            throw new AssertionError("the outbox did not drain");
        }
        return Duration.between(from, clock.instant());
    }

    /** What the group sees after QQ user {@code qq} with {@code role} says {@code line} there. */
    public Reply inGroup(String qq, String line, Role role) {
        return onText(
                new Invocation(
                        new ChatUser(Platform.ONEBOT, qq, "u" + qq),
                        new ChatPlace.Group(Platform.ONEBOT, GROUP, BOT),
                        role,
                        BotLocale.ZH_CN,
                        false),
                line);
    }

    /** What QQ user {@code qq} sees after saying {@code line} to the bot privately. */
    public Reply privately(String qq, String line) {
        return onText(
                Invocation.privateChat(new ChatUser(Platform.ONEBOT, qq, "u" + qq), BOT, Role.MEMBER, BotLocale.ZH_CN),
                line);
    }

    private Reply onText(Invocation inv, String line) {
        try {
            return injector.getInstance(Dispatcher.class)
                    .onText(inv, line, false)
                    .get(10, TimeUnit.SECONDS)
                    .orElseThrow(() -> new AssertionError("no answer to " + line));
        } catch (Exception e) {
            throw new AssertionError(line + " failed", e);
        }
    }

    @Override
    public void close() {
        injector.getInstance(Database.class).close();
        if (ownsFake) {
            fake.close();
        }
    }
}
