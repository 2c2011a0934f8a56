package org.chmlfrp.bot.core.store;

import static org.chmlfrp.bot.core.store.SqlRunner.getInstant;
import static org.chmlfrp.bot.core.store.SqlRunner.setInstant;
import static org.chmlfrp.bot.core.store.SqlRunner.setNullableString;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.chmlfrp.bot.core.chat.ChatIdentity;
import org.chmlfrp.bot.core.chat.Platform;
import org.chmlfrp.bot.core.store.SqlRunner.Detail;

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
        this.sql = new SqlRunner(Objects.requireNonNull(database, "database"));
        this.cipher = Objects.requireNonNull(cipher, "cipher");
    }

    /** The link of this identity, its credential opened. */
    public Optional<AccountLink> find(ChatIdentity identity) {
        return sql.one(
                "read the account link of " + identity,
                "SELECT " + COLUMNS + " FROM account_link WHERE platform = ? AND user_id = ?",
                statement -> {
                    statement.setString(1, identity.platform().id());
                    statement.setString(2, identity.userId());
                },
                this::read);
    }

    /** Links the identity, replacing the link it had. */
    public void save(AccountLink link) {
        Sealed sealed = seal(link.credential());
        String what = "save the account link of " + link.identity();
        SqlRunner.Binder update = statement -> {
            statement.setString(1, sealed.kind);
            statement.setString(2, sealed.secret);
            setNullableString(statement, 3, sealed.access);
            setInstant(statement, 4, sealed.accessExpiresAt);
            statement.setInt(5, link.chmlfrpUserId());
            statement.setString(6, link.chmlfrpUsername());
            setInstant(statement, 7, link.linkedAt());
            statement.setString(8, link.identity().platform().id());
            statement.setString(9, link.identity().userId());
        };
        String updateSql = "UPDATE account_link SET credential_kind = ?, sealed_secret = ?, sealed_access = ?,"
                + " access_expires_at = ?, chmlfrp_user_id = ?, chmlfrp_username = ?, linked_at = ?"
                + " WHERE platform = ? AND user_id = ?";
        // Portable insert-or-replace: update; else insert; else (another writer inserted
        // between the two) update again. Each statement commits on its own.
        if (sql.update(what, Detail.WITHOUT_CAUSE, updateSql, update) > 0) {
            return;
        }
        boolean inserted = sql.insertIfAbsent(
                what,
                Detail.WITHOUT_CAUSE,
                "INSERT INTO account_link (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                statement -> {
                    statement.setString(1, link.identity().platform().id());
                    statement.setString(2, link.identity().userId());
                    statement.setString(3, sealed.kind);
                    statement.setString(4, sealed.secret);
                    setNullableString(statement, 5, sealed.access);
                    setInstant(statement, 6, sealed.accessExpiresAt);
                    statement.setInt(7, link.chmlfrpUserId());
                    statement.setString(8, link.chmlfrpUsername());
                    setInstant(statement, 9, link.linkedAt());
                });
        if (!inserted) {
            sql.update(what, Detail.WITHOUT_CAUSE, updateSql, update);
        }
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
                        Detail.WITHOUT_CAUSE,
                        "UPDATE account_link SET sealed_secret = ?, sealed_access = ?, access_expires_at = ?"
                                + " WHERE platform = ? AND user_id = ? AND credential_kind = ?",
                        statement -> {
                            statement.setString(1, sealed.secret);
                            setNullableString(statement, 2, sealed.access);
                            setInstant(statement, 3, sealed.accessExpiresAt);
                            statement.setString(4, identity.platform().id());
                            statement.setString(5, identity.userId());
                            statement.setString(6, OAUTH);
                        })
                > 0;
    }

    /** Unlinks the identity; false if it had no link. */
    public boolean remove(ChatIdentity identity) {
        return sql.update(
                        "remove the account link of " + identity,
                        Detail.WITH_CAUSE,
                        "DELETE FROM account_link WHERE platform = ? AND user_id = ?",
                        statement -> {
                            statement.setString(1, identity.platform().id());
                            statement.setString(2, identity.userId());
                        })
                > 0;
    }

    /** Every link, by platform and user id, credentials opened. */
    public List<AccountLink> all() {
        return sql.list(
                "read the account links",
                "SELECT " + COLUMNS + " FROM account_link ORDER BY platform, user_id",
                SqlRunner.none(),
                this::read);
    }

    /** The links of every identity that linked this ChmlFrp account. */
    public List<AccountLink> byChmlFrpUserId(int chmlfrpUserId) {
        return sql.list(
                "read the account links of ChmlFrp user " + chmlfrpUserId,
                "SELECT " + COLUMNS + " FROM account_link WHERE chmlfrp_user_id = ? ORDER BY platform, user_id",
                statement -> statement.setInt(1, chmlfrpUserId),
                this::read);
    }

    public int count() {
        return sql.one(
                        "count the account links",
                        "SELECT COUNT(*) FROM account_link",
                        SqlRunner.none(),
                        row -> row.getInt(1))
                .orElse(0);
    }

    private AccountLink read(ResultSet row) throws SQLException {
        ChatIdentity identity = new ChatIdentity(Platform.fromId(row.getString("platform")), row.getString("user_id"));
        String kind = row.getString("credential_kind");
        String secret = row.getString("sealed_secret");
        String access = row.getString("sealed_access");
        Credential credential;
        try {
            if (USERTOKEN.equals(kind)) {
                credential = new UserToken(cipher.open(secret));
            } else if (OAUTH.equals(kind)) {
                credential = new OAuthTokens(
                        cipher.open(secret),
                        access == null ? null : cipher.open(access),
                        getInstant(row, "access_expires_at"));
            } else {
                throw new StoreException(
                        "the account link of " + identity + " has an unknown credential kind: " + kind);
            }
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
        Sealed sealed;
        if (credential instanceof UserToken token) {
            sealed = new Sealed(USERTOKEN, cipher.seal(token.token()), null, null);
        } else if (credential instanceof OAuthTokens oauth) {
            sealed = new Sealed(
                    OAUTH,
                    cipher.seal(oauth.refreshToken()),
                    oauth.accessToken() == null ? null : cipher.seal(oauth.accessToken()),
                    oauth.accessExpiresAt());
        } else {
            throw new IllegalArgumentException(
                    "unknown credential type: " + credential.getClass().getName());
        }
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
