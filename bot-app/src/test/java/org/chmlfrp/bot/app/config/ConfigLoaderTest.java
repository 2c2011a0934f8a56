package org.chmlfrp.bot.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.chmlfrp.bot.app.ops.ServerSettings;
import org.chmlfrp.bot.core.chat.BotLocale;
import org.chmlfrp.bot.core.chat.ChatIdentity;
import org.chmlfrp.bot.core.chat.Platform;
import org.chmlfrp.bot.core.chmlfrp.TokenPlacement;
import org.chmlfrp.bot.onebot.OneBotSettings;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {
    private final ConfigLoader loader =
            new ConfigLoader(Map.of("CHMLBOT_SECRET_KEY", "a2V5", "MY_URL", "ws://10.0.0.5:3001"));

    @Test
    void theExampleFileLoadsWithEveryDefault() throws Exception {
        AppConfig c = loader.load(Path.of("..", "config.example.yml"));
        assertThat(c.chmlfrp().baseUrl().toString()).isEqualTo("https://cf-v2.uapis.cn");
        assertThat(c.chmlfrp().timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(c.chmlfrp().tokenIn()).isEqualTo(TokenPlacement.HEADER);
        assertThat(c.storage().jdbcUrl()).isEqualTo("jdbc:h2:file:./data/chmlfrp-bot");
        assertThat(c.storage().secretKeyBase64()).as("from the environment").isEqualTo("a2V5");
        assertThat(c.bot().locale()).isEqualTo(BotLocale.ZH_CN);
        assertThat(c.bot().rateLimit().count()).isEqualTo(10);
        assertThat(c.bot().commandPrefixes()).containsExactly("/", "#");
        assertThat(c.onebot().enabled()).isFalse();
        assertThat(c.onebot().connections()).hasSize(2);
        assertThat(c.discord().enabled()).isFalse();
        assertThat(c.discord().shards()).isNull();
        assertThat(c.discord().shardIds()).isEmpty();
        assertThat(c.server().enabled()).isFalse();
        assertThat(c.broadcast().pollInterval()).isEqualTo(Duration.ofSeconds(60));
        assertThat(c.broadcast().dailySummaryTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(c.broadcast().zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(c.oauth().enabled())
                .as("QZhua login off without a client id")
                .isFalse();
        assertThat(c.oauth().baseUrl().toString()).isEqualTo("https://account-api.qzhua.net");
        assertThat(c.oauth().scope()).isEqualTo("profile email offline_access chmlfrp_api");
    }

    @Test
    void oauthClientIdTurnsQZhuaLoginOn() {
        AppConfig c = loader.parse("oauth: {client-id: ' bot-123 ', base-url: 'http://127.0.0.1:9000/'}");
        assertThat(c.oauth().enabled()).isTrue();
        assertThat(c.oauth().clientId()).isEqualTo("bot-123");
        assertThat(c.oauth().baseUrl().toString()).isEqualTo("http://127.0.0.1:9000");
        assertThat(loader.parse("").oauth().enabled()).isFalse();
    }

    @Test
    void theComposeFilesConfigReadsPostgresAndServesHealthOnEveryInterface() throws Exception {
        AppConfig c = new ConfigLoader(Map.of("POSTGRES_PASSWORD", "pw", "ONEBOT_URL", "ws://napcat:3001"))
                .load(Path.of("..", "deploy", "config.yml"));
        assertThat(c.storage().jdbcUrl()).isEqualTo("jdbc:postgresql://postgres:5432/chmlbot?user=chmlbot&password=pw");
        assertThat(c.server()).isEqualTo(new ServerSettings("0.0.0.0", 9464));
        assertThat(c.onebot().connections()).containsExactly(new OneBotSettings.Forward("ws://napcat:3001", ""));
    }

    @Test
    void anEmptyFileGivesTheDefaults() {
        AppConfig c = loader.parse("");
        assertThat(c.storage().secretKeyBase64()).isEmpty();
        assertThat(c.bot().admins().identities()).isEmpty();
    }

    @Test
    void valuesAndEnvironmentExpansion() {
        AppConfig c = loader.parse("""
                chmlfrp: {timeout: 500ms, token-in: both}
                bot:
                  locale: en
                  admins: {onebot: ["10001"], discord: ["42"]}
                  rate-limit: 0
                onebot:
                  enabled: true
                  connections:
                    - {mode: forward, url: "${MY_URL}", access-token: "${NOPE:-s3cret}"}
                    - {mode: reverse, listen: "0.0.0.0:9001", path: /ws}
                discord: {shards: 4, shard-ids: [3, 1], guild-ids: ["1", "2"]}
                server: {listen: "0.0.0.0:9464"}
                """);
        assertThat(c.chmlfrp().timeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(c.chmlfrp().tokenIn()).isEqualTo(TokenPlacement.BOTH);
        assertThat(c.bot().locale()).isEqualTo(BotLocale.EN);
        assertThat(c.bot().admins().contains(new ChatIdentity(Platform.ONEBOT, "10001")))
                .isTrue();
        assertThat(c.bot().admins().contains(new ChatIdentity(Platform.DISCORD, "42")))
                .isTrue();
        assertThat(c.bot().rateLimit().unlimited()).isTrue();
        assertThat(c.onebot().connections().get(0))
                .isEqualTo(new OneBotSettings.Forward("ws://10.0.0.5:3001", "s3cret"));
        assertThat(c.onebot().connections().get(1)).isEqualTo(new OneBotSettings.Reverse("0.0.0.0", 9001, "/ws", ""));
        assertThat(c.discord().shards()).isEqualTo(4);
        assertThat(c.discord().guildIds()).containsExactly("1", "2");
        assertThat(c.discord().shardIds()).containsExactly(3, 1);
        assertThat(c.server()).isEqualTo(new ServerSettings("0.0.0.0", 9464));
    }

    @Test
    void everyProblemNamesItsKey() {
        assertProblem("chmlfrp: {timeout: soon}", "chmlfrp.timeout");
        assertProblem("chmlfrp: {token-in: cookie}", "chmlfrp.token-in");
        assertProblem("chmlfrp: {base-url: ftp://x}", "chmlfrp.base-url");
        assertProblem("storage: {url: postgres://x}", "storage.url");
        assertProblem("bot: {locale: fr}", "bot.locale");
        assertProblem("bot: {rate-limit: lots}", "bot.rate-limit");
        assertProblem("onebot: {enabled: true, connections: []}", "onebot.connections");
        assertProblem("onebot: {connections: [{mode: sideways}]}", "onebot.connections[0].mode");
        assertProblem("onebot: {connections: [{mode: forward, url: http://x}]}", "onebot.connections[0].url");
        assertProblem("onebot: {connections: [{mode: reverse, listen: nowhere}]}", "onebot.connections[0].listen");
        assertProblem("discord: {enabled: true}", "discord.token");
        assertProblem("discord: {shards: -1}", "discord.shards");
        assertProblemSays("discord: {shard-ids: [0]}", "discord.shard-ids: needs discord.shards");
        assertProblemSays("discord: {shards: auto, shard-ids: [0]}", "discord.shard-ids: needs discord.shards");
        assertProblemSays(
                "discord: {shards: 2, shard-ids: [2]}",
                "discord.shard-ids: has 2; each id must be a whole number from 0 to 1");
        assertProblemSays("discord: {shards: 2, shard-ids: [one]}", "discord.shard-ids: has one");
        assertProblemSays("discord: {shards: 2, shard-ids: [1, 1]}", "discord.shard-ids: lists 1 twice");
        assertProblem("server: {listen: 9464}", "server.listen");
        assertProblem("server: {listen: \"localhost:http\"}", "server.listen");
        assertProblemSays("server: {port: 9464}", "server");
        assertProblem("broadcast: {daily-summary-time: noon}", "broadcast.daily-summary-time");
        assertProblem("broadcast: {zone: Mars/Base}", "broadcast.zone");
        assertProblem("chmlfrp: {timeuot: 5s}", "chmlfrp.timeuot");
        assertProblem("oauth: {base-url: ftp://x}", "oauth.base-url");
        assertProblem("oauth: {scope: ''}", "oauth.scope");
        assertProblem("oauth: {clientid: x}", "oauth.clientid");
        assertProblem("colour: blue", "colour");
        assertProblem("bot: [1, 2]", "bot");
        assertProblem("chmlfrp: {timeout: [", "config");
    }

    private void assertProblemSays(String yaml, String message) {
        assertThatThrownBy(() -> loader.parse(yaml))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(message);
    }

    private void assertProblem(String yaml, String key) {
        assertThatThrownBy(() -> loader.parse(yaml))
                .isInstanceOfSatisfying(
                        ConfigException.class, e -> assertThat(e.key()).as(yaml).isEqualTo(key));
    }
}
