package org.chmlfrp.bot.core;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.time.Clock;
import org.chmlfrp.bot.core.broadcast.BroadcastModule;
import org.chmlfrp.bot.core.broadcast.BroadcastSettings;
import org.chmlfrp.bot.core.chat.ChatAdapter;
import org.chmlfrp.bot.core.chat.ChatSink;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpApi;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpSettings;
import org.chmlfrp.bot.core.chmlfrp.HttpChmlFrpApi;
import org.chmlfrp.bot.core.command.AccountDirectory;
import org.chmlfrp.bot.core.feature.account.AccountModule;
import org.chmlfrp.bot.core.feature.domain.DomainModule;
import org.chmlfrp.bot.core.feature.gift.GiftModule;
import org.chmlfrp.bot.core.feature.help.HelpModule;
import org.chmlfrp.bot.core.feature.node.NodeModule;
import org.chmlfrp.bot.core.feature.subscription.SubscriptionModule;
import org.chmlfrp.bot.core.feature.tunnel.TunnelModule;
import org.chmlfrp.bot.core.oauth.OAuthModule;
import org.chmlfrp.bot.core.oauth.OAuthSettings;
import org.chmlfrp.bot.core.store.Database;
import org.chmlfrp.bot.core.store.StoreStart;
import org.chmlfrp.bot.core.store.StoredAccounts;
import org.chmlfrp.bot.core.store.TokenCipher;

/**
 * The core's Guice assembly: the settings, the store start-up opened ({@link StoreStart}), the
 * API client, the command framework ({@link CommandModule}) and one module per feature, each registering its own
 * command sets ({@code Set<CommandSet>}) and adapters ({@code Set<ChatAdapter>}: the broadcast
 * ticker, the device-login resumer). Everything else is built by its {@code @Inject} constructor.
 * Adapters contribute {@code Set<ChatAdapter>} and {@code Set<ChatSink>} from their own modules.
 */
public final class CoreModule extends AbstractModule {
    private final ChmlFrpSettings chmlfrp;
    private final BotSettings bot;
    private final BroadcastSettings broadcast;
    private final StoreStart store;
    private MeterRegistry meters = new CompositeMeterRegistry();
    private OAuthSettings oauth = OAuthSettings.off();

    /** @param store the store start-up opened (or is opening) and its cipher */
    public CoreModule(ChmlFrpSettings chmlfrp, BotSettings bot, BroadcastSettings broadcast, StoreStart store) {
        this.chmlfrp = chmlfrp;
        this.bot = bot;
        this.broadcast = broadcast;
        this.store = store;
    }

    /** Turns on QZhua device-code login ({@code oauth.*}); off unless called with a client id. */
    public CoreModule withOAuth(OAuthSettings settings) {
        this.oauth = settings;
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

    @Override
    protected void configure() {
        bind(ChmlFrpSettings.class).toInstance(chmlfrp);
        bind(BotSettings.class).toInstance(bot);
        bind(BroadcastSettings.class).toInstance(broadcast);
        bind(OAuthSettings.class).toInstance(oauth);
        bind(Clock.class).toInstance(Clock.systemUTC());
        bind(MeterRegistry.class).toInstance(meters);
        bind(Database.class).toInstance(store.database());
        bind(TokenCipher.class).toInstance(store.cipher());
        bind(ChmlFrpApi.class).to(HttpChmlFrpApi.class);
        bind(AccountDirectory.class).to(StoredAccounts.class);
        Multibinder.newSetBinder(binder(), ChatAdapter.class);
        Multibinder.newSetBinder(binder(), ChatSink.class);

        install(new CommandModule());
        install(new AccountModule());
        install(new TunnelModule());
        install(new NodeModule());
        install(new DomainModule());
        install(new SubscriptionModule());
        install(new GiftModule());
        install(new HelpModule());
        install(new OAuthModule());
        install(new BroadcastModule());
    }
}
