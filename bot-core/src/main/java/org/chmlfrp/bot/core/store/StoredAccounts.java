package org.chmlfrp.bot.core.store;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.chmlfrp.bot.core.chat.ChatIdentity;
import org.chmlfrp.bot.core.command.AccountDirectory;
import org.chmlfrp.bot.core.command.LinkedAccount;

/**
 * The commands' view of account links, backed by the store (tokens sealed at rest). An OAuth link
 * is handed out with a valid access token: {@link AccessRenewal} refreshes it first when needed.
 */
@Singleton
public final class StoredAccounts implements AccountDirectory {
    private final AccountLinks links;
    private final Clock clock;
    private final AccessRenewal renewal;

    @Inject
    public StoredAccounts(AccountLinks links, Clock clock, AccessRenewal renewal) {
        this.links = links;
        this.clock = clock;
        this.renewal = renewal;
    }

    /** Waits for a refresh when one is due; asynchronous callers use {@link #lookup}. */
    @Override
    public Optional<LinkedAccount> find(ChatIdentity identity) {
        return lookup(identity).join();
    }

    @Override
    public CompletableFuture<Optional<LinkedAccount>> lookup(ChatIdentity identity) {
        Optional<AccountLink> link = links.find(identity);
        if (link.isEmpty()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return renewal.renew(link.get()).thenApply(renewed -> renewed.map(StoredAccounts::account));
    }

    /**
     * Links the account. Given the token an OAuth link already hands out (a rename through
     * {@code set name}), the OAuth grant stays and only the account's name and id change.
     */
    @Override
    public void link(ChatIdentity identity, LinkedAccount account) {
        Credential credential = current(identity)
                .filter(c -> c instanceof OAuthTokens o && account.token().equals(o.accessToken()))
                .orElseGet(() -> new UserToken(account.token()));
        links.save(new AccountLink(identity, credential, account.chmlfrpUserId(), account.username(), clock.instant()));
    }

    /** The identity's credential; empty when there is none or it cannot be opened (sealed with a lost key). */
    private Optional<Credential> current(ChatIdentity identity) {
        try {
            return links.find(identity).map(AccountLink::credential);
        } catch (TokenCipherException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean unlink(ChatIdentity identity) {
        return links.remove(identity);
    }

    @Override
    public Optional<String> usertoken(ChatIdentity identity) {
        return current(identity).filter(UserToken.class::isInstance).map(c -> ((UserToken) c).token());
    }

    private static LinkedAccount account(AccountLink link) {
        return new LinkedAccount(link.chmlfrpUserId(), link.chmlfrpUsername(), bearer(link.credential()));
    }

    private static String bearer(Credential c) {
        if (c instanceof UserToken t) {
            return t.token();
        }
        if (c instanceof OAuthTokens o && o.accessToken() != null) {
            return o.accessToken();
        }
        throw new IllegalStateException("an OAuth link without an access token was not renewed");
    }
}
