package org.chmlfrp.bot.core.feature.subscription;

import org.chmlfrp.bot.core.command.FeatureModule;

/** Broadcast subscriptions and tunnel watches. */
public final class SubscriptionModule extends FeatureModule {
    @Override
    protected void configure() {
        commands(SubscriptionCommands.class, WatchCommand.class);
    }
}
