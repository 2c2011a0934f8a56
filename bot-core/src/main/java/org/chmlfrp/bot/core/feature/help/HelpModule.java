package org.chmlfrp.bot.core.feature.help;

import com.google.inject.Provides;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import org.chmlfrp.bot.core.broadcast.BroadcastSettings;
import org.chmlfrp.bot.core.chat.ConnectionHealth;
import org.chmlfrp.bot.core.command.CommandRegistry;
import org.chmlfrp.bot.core.command.FeatureModule;
import org.chmlfrp.bot.core.feature.subscription.SubscriptionStatus;

/** {@code help}, generated from every registered declaration, with the status lines under it. */
public final class HelpModule extends FeatureModule {
    @Override
    protected void configure() {
        commands(HelpCommand.class);
    }

    /** The registry is looked up at the first {@code help}: it holds this command too. */
    @Provides
    @Singleton
    HelpCommand help(
            Provider<CommandRegistry> registry,
            SubscriptionStatus status,
            ConnectionHealth health,
            Clock clock,
            BroadcastSettings broadcast) {
        OfflineAccountsLine offline = new OfflineAccountsLine(health, clock, broadcast.zone());
        return new HelpCommand(registry::get, List.of(status::forContext, offline::forContext));
    }
}
