package org.chmlfrp.bot.core;

import com.google.inject.multibindings.Multibinder;
import org.chmlfrp.bot.core.command.CommandSet;

/** Every feature's commands, in one place: a new feature adds its {@link CommandSet} here. */
final class FeatureBindings {
    private FeatureBindings() {
    }

    static void bind(Multibinder<CommandSet> commands) {
        commands.addBinding().to(org.chmlfrp.bot.core.feature.account.AccountLinkCommands.class);
        commands.addBinding().to(org.chmlfrp.bot.core.feature.account.ProfileCommands.class);
        commands.addBinding().to(org.chmlfrp.bot.core.feature.account.RegistrationCommands.class);
        commands.addBinding().to(org.chmlfrp.bot.core.feature.node.NodeCommands.class);
        commands.addBinding().to(org.chmlfrp.bot.core.feature.node.NodeUptimeCommand.class);
        commands.addBinding().to(org.chmlfrp.bot.core.feature.node.PanelCommand.class);
        commands.addBinding().to(org.chmlfrp.bot.core.feature.domain.DomainCommands.class);
        commands.addBinding().to(org.chmlfrp.bot.core.feature.tunnel.TunnelCommands.class);
        commands.addBinding().to(org.chmlfrp.bot.core.feature.tunnel.TunnelChangeCommands.class);
        commands.addBinding().to(org.chmlfrp.bot.core.feature.subscription.SubscriptionCommands.class);
        commands.addBinding().to(org.chmlfrp.bot.core.feature.subscription.WatchCommand.class);
        commands.addBinding().to(org.chmlfrp.bot.core.feature.account.SigninReminderCommand.class);
        commands.addBinding().to(org.chmlfrp.bot.core.feature.gift.GiftCommand.class);
    }
}
