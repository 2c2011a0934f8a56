package org.chmlfrp.bot.onebot.testing;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import java.net.URI;
import java.util.Set;
import java.util.UUID;
import org.chmlfrp.bot.core.BotSettings;
import org.chmlfrp.bot.core.CoreModule;
import org.chmlfrp.bot.core.broadcast.BroadcastSettings;
import org.chmlfrp.bot.core.chat.ChatAdapter;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpSettings;
import org.chmlfrp.bot.core.oauth.OAuthSettings;
import org.chmlfrp.bot.core.store.Database;
import org.chmlfrp.bot.core.store.StoreStart;
import org.chmlfrp.bot.core.store.TokenCipher;
import org.chmlfrp.bot.onebot.OneBotAdapter;
import org.chmlfrp.bot.onebot.OneBotModule;
import org.chmlfrp.bot.onebot.OneBotOptions;
import org.chmlfrp.bot.onebot.OneBotSettings;

/**
 * The real bot as the launcher assembles it — CoreModule (an in-memory store of its own) and
 * OneBotModule through Guice — with only the OneBot adapter started (the broadcast ticker stays
 * off).
 */
public final class RealBot implements AutoCloseable {
    private final Injector injector;
    private final OneBotAdapter adapter;

    private RealBot(Injector injector, OneBotAdapter adapter) {
        this.injector = injector;
        this.adapter = adapter;
    }

    public static RealBot start(URI apiBaseUrl, BotSettings bot, OneBotSettings settings, OneBotOptions options)
            throws Exception {
        return start(apiBaseUrl, bot, settings, options, OAuthSettings.off());
    }

    /** With QZhua device-code login configured ({@code oauth.*}). */
    public static RealBot start(URI apiBaseUrl, BotSettings bot, OneBotSettings settings, OneBotOptions options,
                                OAuthSettings oauth) throws Exception {
        Injector injector = Guice.createInjector(
                new CoreModule(ChmlFrpSettings.of(apiBaseUrl), bot, BroadcastSettings.defaults(), new StoreStart(
                        Database.open("jdbc:h2:mem:onebot-e2e-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"),
                        TokenCipher.ephemeral())).withOAuth(oauth),
                new OneBotModule(settings, options));
        Set<ChatAdapter> adapters = injector.getInstance(Key.get(new TypeLiteral<Set<ChatAdapter>>() { }));
        OneBotAdapter adapter = adapters.stream().filter(a -> a instanceof OneBotAdapter).map(a -> (OneBotAdapter) a)
                .findFirst().orElseThrow();
        adapter.start();
        return new RealBot(injector, adapter);
    }

    public Injector injector() {
        return injector;
    }

    public OneBotAdapter adapter() {
        return adapter;
    }

    @Override
    public void close() {
        adapter.stop();
    }
}
