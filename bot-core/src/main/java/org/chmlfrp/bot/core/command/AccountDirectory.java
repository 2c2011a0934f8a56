package org.chmlfrp.bot.core.command;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.chmlfrp.bot.core.chat.ChatIdentity;

/**
 * Links between chat identities and ChmlFrp accounts, as the commands see them. The store implements it.
 * The account handed out carries a token that works now: an OAuth link is refreshed first when its
 * access token is about to expire (and is gone when the refresh is refused).
 */
public interface AccountDirectory {
    /** The identity's account; may wait for a token refresh. */
    Optional<LinkedAccount> find(ChatIdentity identity);

    /** {@link #find} without blocking the caller while a token refresh runs. */
    default CompletableFuture<Optional<LinkedAccount>> lookup(ChatIdentity identity) {
        return CompletableFuture.completedFuture(find(identity));
    }

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
