package org.chmlfrp.bot.core.store;

import static org.chmlfrp.bot.core.store.SqlRunner.getInstant;
import static org.chmlfrp.bot.core.store.SqlRunner.identity;
import static org.chmlfrp.bot.core.store.SqlRunner.millis;
import static org.chmlfrp.bot.core.store.SqlRunner.secret;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.chmlfrp.bot.core.chat.ChatIdentity;

/**
 * Chat identities linked to ChmlFrp accounts, credentials sealed by {@link TokenCipher}
 * before they reach the database. Several identities may link the same ChmlFrp account;
 * each link stands alone. Instants are kept to the millisecond.
 */
@Singleton
public final class AccountLinks {

    /** The width of the {@code sealed_*} columns. */
    static final int MAX_SEALED_CHARS = 8192;

    static final String USERTOKEN = "usertoken";
    static final String OAUTH = "oauth";

    private static final String COLUMNS = "platform, user_id, credential_kind, sealed_secret, sealed_access,"
            + " access_expires_at, chmlfrp_user_id, chmlfrp_username, linked_at";

    private final SqlRunner sql;
    private final TokenCipher cipher;

    @Inject
    public AccountLinks(Database database, TokenCipher cipher) {
        this.sql = new SqlRunner(database);
        this.cipher = Objects.requireNonNull(cipher, "cipher");
    }

    /** The link of this identity, its credential opened. */
    public Optional<AccountLink> find(ChatIdentity identity) {
        return sql.findByIdentity(
                "read the account link of " + identity, "account_link", COLUMNS, this::read, identity);
    }

    /** Links the identity, replacing the link it had. */
    public void save(AccountLink link) {
        Sealed sealed = seal(link.credential());
        Object[] row = {
            sealed.kind,
            secret(sealed.secret),
            secret(sealed.access),
            millis(sealed.accessExpiresAt),
            link.chmlfrpUserId(),
            link.chmlfrpUsername(),
            link.linkedAt(),
            link.identity()
        };
        sql.updateElseInsert(
                "save the account link of " + link.identity(),
                "UPDATE account_link SET credential_kind = ?, sealed_secret = ?, sealed_access = ?,"
                        + " access_expires_at = ?, chmlfrp_user_id = ?, chmlfrp_username = ?, linked_at = ?"
                        + " WHERE platform = ? AND user_id = ?",
                row,
                "INSERT INTO account_link (credential_kind, sealed_secret, sealed_access, access_expires_at,"
                        + " chmlfrp_user_id, chmlfrp_username, linked_at, platform, user_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row);
    }

    /**
     * Replaces the OAuth tokens of the identity's OAuth link in one statement (the rotated refresh
     * token and its access token land together or not at all); false if the identity has no OAuth
     * link any more (unlinked or relinked meanwhile).
     */
    public boolean replaceOAuthTokens(ChatIdentity identity, OAuthTokens tokens) {
        Sealed sealed = seal(tokens);
        return sql.update(
                        "store the refreshed tokens of " + identity,
                        "UPDATE account_link SET sealed_secret = ?, sealed_access = ?, access_expires_at = ?"
                                + " WHERE platform = ? AND user_id = ? AND credential_kind = ?",
                        secret(sealed.secret),
                        secret(sealed.access),
                        millis(sealed.accessExpiresAt),
                        identity,
                        OAUTH)
                > 0;
    }

    /** Unlinks the identity; false if it had no link. */
    public boolean remove(ChatIdentity identity) {
        return sql.deleteByIdentity("remove the account link of " + identity, "account_link", identity);
    }

    /** Every link, by platform and user id, credentials opened. */
    public List<AccountLink> all() {
        return sql.list(
                "read the account links",
                "SELECT " + COLUMNS + " FROM account_link ORDER BY platform, user_id",
                this::read);
    }

    public int count() {
        return sql.count("count the account links", "SELECT COUNT(*) FROM account_link");
    }

    private AccountLink read(ResultSet row) throws SQLException {
        ChatIdentity identity = identity(row);
        String kind = row.getString("credential_kind");
        String secret = row.getString("sealed_secret");
        String access = row.getString("sealed_access");
        Credential credential;
        try {
            credential = switch (kind) {
                case USERTOKEN -> new UserToken(cipher.open(secret));
                case OAUTH ->
                    new OAuthTokens(
                            cipher.open(secret),
                            access == null ? null : cipher.open(access),
                            getInstant(row, "access_expires_at"));
                default ->
                    throw new StoreException(
                            "the account link of " + identity + " has an unknown credential kind: " + kind);
            };
        } catch (TokenCipherException e) {
            throw new TokenCipherException(
                    "cannot open the credential of the account link of " + identity + ": " + e.getMessage());
        }
        return new AccountLink(
                identity,
                credential,
                row.getInt("chmlfrp_user_id"),
                row.getString("chmlfrp_username"),
                getInstant(row, "linked_at"));
    }

    private Sealed seal(Credential credential) {
        Objects.requireNonNull(credential, "credential");
        Sealed sealed = credential instanceof OAuthTokens oauth
                ? new Sealed(
                        OAUTH,
                        cipher.seal(oauth.refreshToken()),
                        oauth.accessToken() == null ? null : cipher.seal(oauth.accessToken()),
                        oauth.accessExpiresAt())
                : new Sealed(USERTOKEN, cipher.seal(((UserToken) credential).token()), null, null);
        if (sealed.secret.length() > MAX_SEALED_CHARS
                || (sealed.access != null && sealed.access.length() > MAX_SEALED_CHARS)) {
            throw new IllegalArgumentException(
                    "the credential is too long to store (sealed, more than " + MAX_SEALED_CHARS + " characters)");
        }
        return sealed;
    }

    /** A credential as stored: its kind and its sealed parts. */
    private record Sealed(String kind, String secret, String access, Instant accessExpiresAt) {
        @Override
        public String toString() {
            return "Sealed[" + kind + "]";
        }
    }
}
