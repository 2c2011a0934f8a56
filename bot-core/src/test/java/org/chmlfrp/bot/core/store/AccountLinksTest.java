package org.chmlfrp.bot.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chmlfrp.bot.core.store.TestStores.T0;
import static org.chmlfrp.bot.core.store.TestStores.discord;
import static org.chmlfrp.bot.core.store.TestStores.qq;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountLinksTest extends OnEveryStore {

    private TokenCipher cipher;
    private AccountLinks links;

    @BeforeEach
    void open() {
        cipher = TokenCipher.ephemeral();
        links = new AccountLinks(database, cipher);
    }

    @Test
    void findsNothingBeforeALinkIsSaved() {
        assertThat(links.find(qq("10001"))).isEmpty();
        assertThat(links.all()).isEmpty();
        assertThat(links.count()).isZero();
    }

    @Test
    void savesAndFindsAUserTokenLink() {
        AccountLink link = new AccountLink(qq("10001"), new UserToken("token-alice"), 42, "alice", T0);
        links.save(link);
        assertThat(links.find(qq("10001"))).contains(link);
        assertThat(links.find(discord("10001"))).isEmpty();
        assertThat(links.count()).isEqualTo(1);
    }

    @Test
    void saveReplacesTheLinkOfTheSameIdentity() {
        links.save(new AccountLink(qq("10001"), new UserToken("token-old"), 42, "alice", T0));
        AccountLink relinked = new AccountLink(qq("10001"), new UserToken("token-new"), 43, "bob", T0.plusSeconds(60));
        links.save(relinked);
        assertThat(links.find(qq("10001"))).contains(relinked);
        assertThat(links.count()).isEqualTo(1);
    }

    @Test
    void severalIdentitiesLinkTheSameAccountEachOnItsOwn() {
        AccountLink fromQq = new AccountLink(qq("10001"), new UserToken("token-alice"), 42, "alice", T0);
        AccountLink fromSecondQq = new AccountLink(qq("10002"), new UserToken("token-alice"), 42, "alice", T0);
        AccountLink fromDiscord = new AccountLink(discord("900"), new UserToken("token-alice"), 42, "alice", T0);
        links.save(fromQq);
        links.save(fromSecondQq);
        links.save(fromDiscord);
        AccountLink carol = new AccountLink(qq("20001"), new UserToken("token-carol"), 7, "carol", T0);
        links.save(carol);

        assertThat(links.all()).containsExactly(fromDiscord, fromQq, fromSecondQq, carol);
        assertThat(links.remove(qq("10001"))).isTrue();
        assertThat(links.find(qq("10002"))).contains(fromSecondQq);
        assertThat(links.find(discord("900"))).contains(fromDiscord);
        assertThat(links.count()).isEqualTo(3);
    }

    @Test
    void removeSaysWhetherThereWasALink() {
        links.save(new AccountLink(qq("10001"), new UserToken("token-alice"), 42, "alice", T0));
        assertThat(links.remove(qq("10001"))).isTrue();
        assertThat(links.remove(qq("10001"))).isFalse();
        assertThat(links.find(qq("10001"))).isEmpty();
    }

    @Test
    void allListsEveryLinkByPlatformThenUser() {
        AccountLink b = new AccountLink(qq("2"), new UserToken("t2"), 2, "b", T0);
        AccountLink a = new AccountLink(qq("1"), new UserToken("t1"), 1, "a", T0);
        AccountLink d = new AccountLink(discord("9"), new UserToken("t9"), 9, "d", T0);
        links.save(b);
        links.save(a);
        links.save(d);
        assertThat(links.all()).containsExactly(d, a, b);
        assertThat(links.count()).isEqualTo(3);
    }

    @Test
    void keepsOAuthTokensWithAndWithoutAnAccessToken() {
        Instant expiry = T0.plusSeconds(3600);
        AccountLink full =
                new AccountLink(discord("900"), new OAuthTokens("refresh-1", "access-1", expiry), 42, "alice", T0);
        AccountLink refreshOnly =
                new AccountLink(qq("10001"), new OAuthTokens("refresh-2", null, null), 42, "alice", T0);
        links.save(full);
        links.save(refreshOnly);
        assertThat(links.find(discord("900"))).contains(full);
        assertThat(links.find(qq("10001"))).contains(refreshOnly);

        AccountLink downgraded = full.withCredential(new UserToken("token-alice"));
        links.save(downgraded);
        assertThat(links.find(discord("900"))).contains(downgraded);
        assertThat(rawColumns("SELECT credential_kind, sealed_access, access_expires_at FROM account_link"
                        + " WHERE user_id = '900'"))
                .containsExactly("usertoken", null, null);
    }

    @Test
    void theTableHoldsOnlySealedCredentials() {
        links.save(new AccountLink(qq("10001"), new UserToken("token-alice-0123456789"), 42, "alice", T0));
        links.save(new AccountLink(qq("10002"), new UserToken("token-alice-0123456789"), 42, "alice", T0));
        List<String> sealed = rawColumns("SELECT sealed_secret FROM account_link ORDER BY user_id");
        assertThat(sealed).hasSize(2).doesNotContainNull();
        assertThat(sealed.get(0)).isNotEqualTo(sealed.get(1)).doesNotContain("token-alice");
        assertThat(cipher.open(sealed.get(0))).isEqualTo("token-alice-0123456789");
    }

    @Test
    void anotherKeyFailsToOpenWithoutLeakingTheToken() {
        links.save(new AccountLink(qq("10001"), new UserToken("token-alice"), 42, "alice", T0));
        AccountLinks withOtherKey = new AccountLinks(database, TokenCipher.ephemeral());
        assertThatThrownBy(() -> withOtherKey.find(qq("10001")))
                .isInstanceOf(TokenCipherException.class)
                .hasMessageContaining("onebot:10001")
                .message()
                .doesNotContain("token-alice");
    }

    @Test
    void anOversizedCredentialIsRefusedWithoutQuotingIt() {
        String huge = "t".repeat(7000);
        assertThatThrownBy(() -> links.save(new AccountLink(qq("10001"), new UserToken(huge), 42, "alice", T0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too long")
                .message()
                .doesNotContain("tttt");
        assertThat(links.count()).isZero();
    }

    @Test
    void aFailedWriteSaysWhatFailedButNotTheSealedValue() {
        database.close();
        assertThatThrownBy(
                        () -> links.save(new AccountLink(qq("10001"), new UserToken("token-alice"), 42, "alice", T0)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("save the account link of onebot:10001")
                .hasNoCause()
                .message()
                .doesNotContain("token-alice");
    }

    private List<String> rawColumns(String sql) {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int i = 1; i <= columns; i++) {
                    values.add(rows.getString(i));
                }
            }
            return values;
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }
}
