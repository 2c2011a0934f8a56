package org.chmlfrp.bot.core.command;

import java.util.Optional;
import org.chmlfrp.bot.core.chat.ChatIdentity;

/** Links between chat identities and ChmlFrp accounts, as the commands see them. The store implements it. */
public interface AccountDirectory {
    Optional<LinkedAccount> find(ChatIdentity identity);

    void link(ChatIdentity identity, LinkedAccount account);

    boolean unlink(ChatIdentity identity);

    /**
     * The identity's ChmlFrp usertoken, when its credential is one; empty for an OAuth link or
     * none. For the few endpoints that want the usertoken itself in the body ({@code /giftcard/redeem}).
     */
    default Optional<String> usertoken(ChatIdentity identity) {
        return Optional.empty();
    }
}
