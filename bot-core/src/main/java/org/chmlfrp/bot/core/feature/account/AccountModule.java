package org.chmlfrp.bot.core.feature.account;

import org.chmlfrp.bot.core.command.FeatureModule;

/** Account commands: link and unlink, profile, registration, sign-in reminders. */
public final class AccountModule extends FeatureModule {
    @Override
    protected void configure() {
        commands(
                AccountLinkCommands.class,
                ProfileCommands.class,
                RegistrationCommands.class,
                SigninReminderCommand.class);
    }
}
