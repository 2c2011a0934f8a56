package org.chmlfrp.bot.core.feature.node;

import org.chmlfrp.bot.core.command.FeatureModule;

/** Node commands: the node list and details, uptime charts, the panel. */
public final class NodeModule extends FeatureModule {
    @Override
    protected void configure() {
        commands(NodeCommands.class, NodeUptimeCommand.class, PanelCommand.class);
    }
}
