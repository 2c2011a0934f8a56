package org.chmlfrp.bot.core.store;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Makes a link's credential usable now: an OAuth link whose access token is missing or about to
 * expire is refreshed first. Empty when the grant is gone (the link was removed).
 */
@FunctionalInterface
public interface AccessRenewal {
    /** Usertoken links are returned as they are. */
    AccessRenewal NONE = link -> CompletableFuture.completedFuture(Optional.of(link));

    CompletableFuture<Optional<AccountLink>> renew(AccountLink link);
}
