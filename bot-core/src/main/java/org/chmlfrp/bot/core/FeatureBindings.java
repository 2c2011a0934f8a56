package org.chmlfrp.bot.core;

import com.google.inject.multibindings.Multibinder;
import org.chmlfrp.bot.core.command.CommandSet;

/** Every feature's commands, in one place: a new feature adds its {@link CommandSet} here. */
final class FeatureBindings {
    private FeatureBindings() {
    }

    static void bind(Multibinder<CommandSet> commands) {
        // features are added here as they land (account, tunnel, node, domain, subscription)
        commands.addBinding().to(org.chmlfrp.bot.core.feature.tunnel.TunnelCommands.class);
        commands.addBinding().to(org.chmlfrp.bot.core.feature.tunnel.TunnelChangeCommands.class);
    }
}
