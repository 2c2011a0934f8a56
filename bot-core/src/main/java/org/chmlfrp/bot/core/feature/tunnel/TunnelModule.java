package org.chmlfrp.bot.core.feature.tunnel;

import org.chmlfrp.bot.core.command.FeatureModule;

/** Tunnel commands: list and show, create, change and delete. */
public final class TunnelModule extends FeatureModule {
    @Override
    protected void configure() {
        commands(TunnelCommands.class, TunnelChangeCommands.class);
    }
}
