package org.chmlfrp.bot.core.store;

import java.time.Instant;
import java.util.Objects;
import org.chmlfrp.bot.core.chat.ChatIdentity;

/**
 * A chat identity linked to a ChmlFrp account. Several identities may link the same
 * account; each link stands alone. {@code toString()} hides the credential's secrets.
 */
public record AccountLink(
        ChatIdentity identity, Credential credential, int chmlfrpUserId, String chmlfrpUsername, Instant linkedAt) {

    public AccountLink {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(chmlfrpUsername, "chmlfrpUsername");
        Objects.requireNonNull(linkedAt, "linkedAt");
    }

    /** The same link holding another credential (a refreshed access token, say). */
    public AccountLink withCredential(Credential newCredential) {
        return new AccountLink(identity, newCredential, chmlfrpUserId, chmlfrpUsername, linkedAt);
    }
}
