package org.chmlfrp.bot.core.feature.domain;

import org.chmlfrp.bot.core.command.FeatureModule;

/** Free-domain commands. */
public final class DomainModule extends FeatureModule {
    @Override
    protected void configure() {
        commands(DomainCommands.class);
    }
}
