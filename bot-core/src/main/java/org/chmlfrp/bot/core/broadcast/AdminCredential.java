package org.chmlfrp.bot.core.broadcast;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.chmlfrp.bot.core.BotSettings;
import org.chmlfrp.bot.core.chat.ChatIdentity;
import org.chmlfrp.bot.core.command.AccountDirectory;
import org.chmlfrp.bot.core.command.LinkedAccount;

/**
 * The account the bot uses for calls that need one but belong to no user ({@code /message/list}
 * for the announcements): the linked account of the first bot admin ({@code bot.admins}) that has
 * one, in a stable order (platform, then user id). Looked up through the same
 * {@link AccountDirectory} as every command, so it gets what the commands get (token refresh).
 */
@Singleton
public final class AdminCredential {
    private final List<ChatIdentity> admins;
    private final AccountDirectory accounts;

    @Inject
    public AdminCredential(BotSettings settings, AccountDirectory accounts) {
        this.admins = settings.admins().identities().stream()
                .sorted(Comparator.comparing((ChatIdentity i) -> i.platform().id())
                        .thenComparing(ChatIdentity::userId))
                .toList();
        this.accounts = accounts;
    }

    /** The first bot admin's linked account; empty when no bot admin has bound one. */
    public Optional<LinkedAccount> find() {
        return admins.stream().map(accounts::find).flatMap(Optional::stream).findFirst();
    }
}
