package org.chmlfrp.bot.discord;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.util.Modules;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.chmlfrp.bot.core.BotSettings;
import org.chmlfrp.bot.core.CoreModule;
import org.chmlfrp.bot.core.broadcast.BroadcastSettings;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpSettings;
import org.chmlfrp.bot.core.oauth.OAuthSettings;
import org.chmlfrp.bot.core.store.Database;
import org.chmlfrp.bot.core.store.StoreStart;
import org.chmlfrp.bot.core.store.TokenCipher;

/** The real core, assembled by Guice over an in-memory store, with the API pointed at a port nobody answers. */
public final class CoreFixture {
    private static final AtomicInteger DB = new AtomicInteger();

    private CoreFixture() {}

    public static Injector injector(Module... more) {
        return injector(URI.create("http://127.0.0.1:9"), more);
    }

    public static Injector injector(URI api, Module... more) {
        return injector(api, OAuthSettings.off(), more);
    }

    /** With QZhua device-code login configured. */
    public static Injector injector(URI api, OAuthSettings oauth, Module... more) {
        return injector(api, BotSettings.defaults(), BroadcastSettings.defaults(), Clock.systemUTC(), oauth, more);
    }

    /** With these settings, and {@code clock} for the whole core (broadcasts driven by hand on a virtual clock). */
    public static Injector injector(
            URI api, BotSettings bot, BroadcastSettings broadcast, Clock clock, Module... more) {
        return injector(api, bot, broadcast, clock, OAuthSettings.off(), more);
    }

    private static Injector injector(
            URI api, BotSettings bot, BroadcastSettings broadcast, Clock clock, OAuthSettings oauth, Module... more) {
        List<Module> modules = new ArrayList<>();
        Database store = Database.open("jdbc:h2:mem:discord" + DB.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        CoreModule core = new CoreModule(
                        ChmlFrpSettings.of(api), bot, broadcast, new StoreStart(store, TokenCipher.ephemeral()))
                .withOAuth(oauth);
        modules.add(Modules.override(core).with(b -> b.bind(Clock.class).toInstance(clock)));
        modules.addAll(List.of(more));
        return Guice.createInjector(modules);
    }
}
