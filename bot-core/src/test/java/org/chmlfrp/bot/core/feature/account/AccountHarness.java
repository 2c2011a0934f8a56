package org.chmlfrp.bot.core.feature.account;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.chmlfrp.bot.core.command.CommandSet;
import org.chmlfrp.bot.core.command.CommandSpec;
import org.chmlfrp.bot.core.testing.BotHarness;
import org.chmlfrp.bot.testkit.chmlfrp.FakeChmlFrpServer;

/** A {@link BotHarness} with the account commands, against a fake whose "today" is fixed. */
final class AccountHarness {
    /** The fake's "now": 2026-11-25 04:00 UTC (12:00 in China). */
    static final Instant NOW = Instant.parse("2026-11-25T04:00:00Z");

    static final String VIP_QQ = "10001";
    static final String VIP_PASSWORD = "Demo@123456";
    static final String PANEL = "https://panel.chmlfrp.cn";

    private AccountHarness() {}

    static BotHarness start() {
        return start(FakeChmlFrpServer.builder());
    }

    static BotHarness start(FakeChmlFrpServer.Builder fake) {
        return BotHarness.start(
                fake.clock(Clock.fixed(NOW, ZoneOffset.UTC)),
                h -> List.of(
                        new AccountLinkCommands(h.api(), h.accounts(), Optional.empty()),
                        new ProfileCommands(h.api(), h.accounts(), h.settings(), h.subscriptionStatus()),
                        new RegistrationCommands(h.api(), h.accounts(), h.settings())));
    }

    /** The declarations alone (handlers are not run): for checks on names, scopes and descriptions. */
    static List<CommandSpec> commandsForDescription() {
        return Stream.<CommandSet>of(
                        new AccountLinkCommands(null, null, Optional.empty()),
                        new ProfileCommands(null, null, null, null),
                        new RegistrationCommands(null, null, null),
                        new SigninReminderCommand(null, null, null))
                .flatMap(s -> s.commands().stream())
                .toList();
    }
}
