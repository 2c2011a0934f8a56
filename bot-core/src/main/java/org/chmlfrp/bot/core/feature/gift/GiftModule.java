package org.chmlfrp.bot.core.feature.gift;

import org.chmlfrp.bot.core.command.FeatureModule;

/** The gift command. */
public final class GiftModule extends FeatureModule {
    @Override
    protected void configure() {
        commands(GiftCommand.class);
    }
}
