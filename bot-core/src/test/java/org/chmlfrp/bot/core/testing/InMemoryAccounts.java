package org.chmlfrp.bot.core.testing;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.chmlfrp.bot.core.chat.ChatIdentity;
import org.chmlfrp.bot.core.command.AccountDirectory;
import org.chmlfrp.bot.core.command.LinkedAccount;

/** Account links in a map, for tests that are not about the store. */
public final class InMemoryAccounts implements AccountDirectory {
    private final Map<ChatIdentity, LinkedAccount> links = new ConcurrentHashMap<>();

    @Override
    public Optional<LinkedAccount> find(ChatIdentity identity) {
        return Optional.ofNullable(links.get(identity));
    }

    @Override
    public void link(ChatIdentity identity, LinkedAccount account) {
        links.put(identity, account);
    }

    @Override
    public boolean unlink(ChatIdentity identity) {
        return links.remove(identity) != null;
    }

    /** Every token here stands for a usertoken. */
    @Override
    public Optional<String> usertoken(ChatIdentity identity) {
        return find(identity).map(LinkedAccount::token);
    }

    public int size() {
        return links.size();
    }
}
