package org.chmlfrp.bot.core.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chmlfrp.bot.core.oauth.OAuthRig.ALICE;
import static org.chmlfrp.bot.core.oauth.OAuthRig.until;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.chmlfrp.bot.core.chat.BotLocale;
import org.chmlfrp.bot.core.command.LinkedAccount;
import org.chmlfrp.bot.core.store.OAuthTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every account lookup of an OAuth link hands out a working access token, refreshing it once when due. */
class TokenRefresherTest {
    private final OAuthRig rig = new OAuthRig();
    private OAuthTokens linked;

    @BeforeEach
    void linkAliceThroughADeviceLogin() throws Exception {
        DeviceAuthorization auth = rig.logins().start(ALICE, null, BotLocale.EN).get();
        rig.qzhua.approve(auth.userCode(), 227);
        until("alice is told she is linked", () -> !rig.told().isEmpty());
        linked = (OAuthTokens) rig.links.find(ALICE).orElseThrow().credential();
        rig.sink.clear();
    }

    @AfterEach
    void close() {
        rig.close();
    }

    @Test
    void aValidAccessTokenIsUsedAsItIs() {
        LinkedAccount account = rig.accounts.find(ALICE).orElseThrow();

        assertThat(account.token()).isEqualTo(linked.accessToken());
        assertThat(rig.qzhua.refreshes()).isZero();
    }

    @Test
    void twoConcurrentCallsWithAnExpiringTokenCauseOneRefreshAndStoreTheRotatedToken() throws Exception {
        rig.clock.advance(Duration.ofMinutes(9).plusSeconds(30)); // less than a minute left: refresh now
        rig.qzhua.delayTokenAnswers(Duration.ofMillis(300)); // the second call comes while the refresh runs

        CompletableFuture<Optional<LinkedAccount>> a = rig.accounts.lookup(ALICE);
        CompletableFuture<Optional<LinkedAccount>> b = rig.accounts.lookup(ALICE);
        assertThat(a).isNotDone();
        String tokenA = a.get().orElseThrow().token();
        String tokenB = b.get().orElseThrow().token();

        assertThat(rig.qzhua.refreshes()).isEqualTo(1);
        assertThat(tokenA).isEqualTo(tokenB).isNotEqualTo(linked.accessToken());
        OAuthTokens stored = (OAuthTokens) rig.links.find(ALICE).orElseThrow().credential();
        assertThat(stored.accessToken()).isEqualTo(tokenA);
        assertThat(stored.refreshToken()).isNotEqualTo(linked.refreshToken());
        assertThat(stored.accessExpiresAt()).isEqualTo(rig.clock.instant().plus(Duration.ofMinutes(10)));
        // the new token works at ChmlFrp; a later call uses it without refreshing again
        assertThat(rig.api.userInfo(tokenA).get().id()).isEqualTo(227);
        assertThat(rig.accounts.find(ALICE).orElseThrow().token()).isEqualTo(tokenA);
        assertThat(rig.qzhua.refreshes()).isEqualTo(1);
    }

    @Test
    void aLaterRefreshUsesTheRotatedRefreshToken() {
        rig.clock.advance(Duration.ofMinutes(11));
        rig.accounts.find(ALICE).orElseThrow();
        rig.clock.advance(Duration.ofMinutes(11));

        LinkedAccount again = rig.accounts.find(ALICE).orElseThrow();

        assertThat(rig.qzhua.refreshes()).isEqualTo(2);
        assertThat(rig.qzhua.accountOf(again.token())).hasValue(227);
        assertThat(rig.told()).isEmpty();
    }

    @Test
    void renamingAnOAuthLinkedAccountKeepsTheGrant() {
        LinkedAccount account = rig.accounts.find(ALICE).orElseThrow();

        rig.accounts.link(ALICE, new LinkedAccount(227, "renamed", account.token()));

        assertThat(rig.links.find(ALICE).orElseThrow().credential()).isEqualTo(linked);
        assertThat(rig.accounts.find(ALICE).orElseThrow().username()).isEqualTo("renamed");
    }

    @Test
    void aRefusedRefreshUnlinksAndTellsTheUser() {
        rig.qzhua.revoke(227);
        rig.clock.advance(Duration.ofMinutes(11));

        assertThat(rig.accounts.find(ALICE)).isEmpty();

        assertThat(rig.links.find(ALICE)).isEmpty();
        until("the user was told", () -> !rig.told().isEmpty());
        assertThat(rig.told())
                .containsExactly("Your QZhua login for boring_student was revoked or has expired,"
                        + " so I removed the link. Send login privately to link again.");
    }

    @Test
    void anUnreachableQZhuaFailsTheCallAndKeepsTheLink() {
        rig.clock.advance(Duration.ofMinutes(11));
        rig.qzhua.close();

        CompletableFuture<Optional<LinkedAccount>> lookup = rig.accounts.lookup(ALICE);

        assertThat(lookup).failsWithin(Duration.ofSeconds(10));
        assertThat(rig.links.find(ALICE)).isPresent();
        assertThat(rig.told()).isEmpty();
    }
}
