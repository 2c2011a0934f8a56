package org.chmlfrp.bot.core.store;

import java.time.Clock;
import java.util.Optional;
import org.chmlfrp.bot.core.chat.ChatIdentity;
import org.chmlfrp.bot.core.command.AccountDirectory;
import org.chmlfrp.bot.core.command.LinkedAccount;

/** The commands' view of account links, backed by the store (tokens sealed at rest). */
public final class StoredAccounts implements AccountDirectory {
    private final AccountLinks links;
    private final Clock clock;

    public StoredAccounts(AccountLinks links, Clock clock) {
        this.links = links;
        this.clock = clock;
    }

    @Override
    public Optional<LinkedAccount> find(ChatIdentity identity) {
        return links.find(identity).map(link -> new LinkedAccount(link.chmlfrpUserId(), link.chmlfrpUsername(),
                bearer(link.credential())));
    }

    @Override
    public void link(ChatIdentity identity, LinkedAccount account) {
        links.save(new AccountLink(identity, new UserToken(account.token()), account.chmlfrpUserId(),
                account.username(), clock.instant()));
    }

    @Override
    public boolean unlink(ChatIdentity identity) {
        return links.remove(identity);
    }

    @Override
    public Optional<String> usertoken(ChatIdentity identity) {
        return links.find(identity).map(AccountLink::credential)
                .filter(UserToken.class::isInstance).map(c -> ((UserToken) c).token());
    }

    private static String bearer(Credential c) {
        if (c instanceof UserToken t) {
            return t.token();
        }
        if (c instanceof OAuthTokens o) {
            return o.accessToken() != null ? o.accessToken() : o.refreshToken();
        }
        throw new IllegalStateException("unknown credential kind");
    }
}
