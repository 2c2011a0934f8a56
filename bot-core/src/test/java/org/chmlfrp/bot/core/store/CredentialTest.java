package org.chmlfrp.bot.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import org.chmlfrp.bot.core.chat.Platform;
import org.junit.jupiter.api.Test;

class CredentialTest {

    @Test
    void userTokenToStringHidesTheToken() {
        UserToken token = new UserToken("secret-usertoken-123");
        assertThat(token.toString()).isEqualTo("UserToken[***]");
        assertThat(token.token()).isEqualTo("secret-usertoken-123");
    }

    @Test
    void oauthTokensToStringHidesBothTokens() {
        Instant expiry = Instant.parse("2026-11-25T10:00:00Z");
        OAuthTokens tokens = new OAuthTokens("refresh-secret", "access-secret", expiry);
        assertThat(tokens.toString())
                .isEqualTo("OAuthTokens[refreshToken=***, accessToken=***, accessExpiresAt=2026-11-25T10:00:00Z]");
        assertThat(new OAuthTokens("refresh-secret", null, null).toString())
                .doesNotContain("refresh-secret")
                .contains("accessToken=none");
        assertThat(tokens.hasAccessValidAt(expiry.minusSeconds(1))).isTrue();
        assertThat(tokens.hasAccessValidAt(expiry)).isFalse();
    }

    @Test
    void accountLinkToStringHidesItsCredential() {
        AccountLink link = new AccountLink(
                TestStores.qq("10001"), new UserToken("secret-usertoken-123"), 42, "alice", TestStores.T0);
        assertThat(link.toString())
                .doesNotContain("secret-usertoken-123")
                .contains("UserToken[***]")
                .contains("alice");
    }

    @Test
    void storageSettingsToStringHidesTheSecretKeyAndUrlOptions() {
        StorageSettings settings = new StorageSettings(
                "jdbc:postgresql://bot:dbpass@db.example/bot?password=dbpass2", "c2VjcmV0LWtleQ==", Path.of("k"));
        assertThat(settings.toString())
                .doesNotContain("c2VjcmV0LWtleQ==")
                .doesNotContain("dbpass")
                .contains("secretKey=***");
        assertThat(StorageSettings.defaults().toString())
                .contains("secretKey=(empty)")
                .contains("jdbc:h2:file:./data/chmlfrp-bot");
    }

    @Test
    void blankOrMismatchedCredentialsAreRefused() {
        assertThatThrownBy(() -> new UserToken(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OAuthTokens("r", "a", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void storageSettingsNameTheBadKey() {
        assertThatThrownBy(() -> new StorageSettings(" ", "", Path.of("k")))
                .isInstanceOf(StorageConfigException.class)
                .hasMessageStartingWith("storage.url");
        assertThatThrownBy(() -> new StorageSettings("h2:file:./x", "", Path.of("k")))
                .isInstanceOf(StorageConfigException.class)
                .hasMessageStartingWith("storage.url");
        assertThatThrownBy(() -> new StorageSettings("jdbc:h2:mem:x", null, null))
                .isInstanceOf(StorageConfigException.class)
                .hasMessageStartingWith("storage.key-file");
    }

    @Test
    void platformsAndKindsAreStoredLowercase() {
        assertThat(Platform.ONEBOT.id()).isEqualTo("onebot");
        assertThat(Platform.fromId("Discord")).isEqualTo(Platform.DISCORD);
        assertThat(SubscriptionKind.fromId("nodes")).isEqualTo(SubscriptionKind.NODES);
        assertThat(SubscriptionKind.DAILY.id()).isEqualTo("daily");
        assertThatThrownBy(() -> Platform.fromId("telegram")).isInstanceOf(IllegalArgumentException.class);
    }
}
