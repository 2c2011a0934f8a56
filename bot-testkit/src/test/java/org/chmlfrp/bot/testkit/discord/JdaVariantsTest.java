package org.chmlfrp.bot.testkit.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chmlfrp.bot.testkit.discord.JdaHarness.WAIT;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.CloseCode;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import org.junit.jupiter.api.Test;

/** Other ways JDA may be built against the fake, and how the fake refuses what Discord refuses. */
class JdaVariantsTest {

    static final long GUILD_A = 1230000000000000001L;
    static final long GUILD_B = 1230000000000000002L;

    @Test
    void plainJdaBuilderWithZlibStreamCompressionLogsIn() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start()) {
            discord.guild(GUILD_A, "A");
            JDA jda = JDABuilder.createLight(discord.botToken(), Collections.emptyList())
                    .setRestConfig(new RestConfig().setBaseUrl(discord.restUrl()))
                    .setSessionController(new FakeGatewayController(discord.gatewayUrl(), 1))
                    .build(); // default Compression.ZLIB
            try {
                jda.awaitReady();
                assertThat(jda.getGuildById(GUILD_A)).isNotNull();
                assertThat(discord.gatewayConnectQueries().get(0)).containsEntry("compress", "zlib-stream");
                // JDABuilder verifies the token with GET /users/@me and never asks for /gateway/bot.
                assertThat(discord.requests("GET", "users/@me")).hasSize(1);
                assertThat(discord.requests("GET", "gateway/bot")).isEmpty();
                assertThat(discord.unknownRequests()).isEmpty();
            } finally {
                jda.shutdown();
                jda.awaitShutdown(WAIT);
            }
        }
    }

    @Test
    void twoShardsSplitTheGuildsByDiscordsFormula() throws Exception {
        // Guild ids whose (id >> 22) % 2 differ, so each shard owns one.
        long even = (GUILD_A >>> 22 << 22) | 0;
        long odd = even + (1L << 22);
        try (FakeDiscord discord = FakeDiscord.builder().recommendedShards(2).start()) {
            discord.guild(even, "even").guild(odd, "odd");
            ShardManager manager = DefaultShardManagerBuilder.createLight(discord.botToken(), Collections.emptyList())
                    .setCompression(Compression.NONE)
                    .setRestConfig(new RestConfig().setBaseUrl(discord.restUrl()))
                    .setSessionController(new ConcurrentlyIdentifying(discord.gatewayUrl(), 2))
                    .build();
            try {
                assertThat(discord.awaitIdentified(Duration.ofSeconds(15))).isTrue();
                Eventually.until(
                        () -> manager.getShards().size() == 2
                                && manager.getShards().stream().allMatch(s -> s.getStatus() == JDA.Status.CONNECTED),
                        WAIT);
                assertThat(manager.getShardById((int) ((even >>> 22) % 2)).getGuildById(even))
                        .isNotNull();
                assertThat(manager.getShardById((int) ((odd >>> 22) % 2)).getGuildById(odd))
                        .isNotNull();
                assertThat(manager.getGuildById(even).getJDA())
                        .isNotSameAs(manager.getGuildById(odd).getJDA());
                assertThat(discord.identifyCount()).isEqualTo(2);
            } finally {
                manager.shutdown();
                for (JDA shard : manager.getShards()) {
                    shard.awaitShutdown(WAIT);
                }
            }
        }
    }

    @Test
    void aWrongTokenFailsTheLoginLikeDiscord() {
        try (FakeDiscord discord = FakeDiscord.start()) {
            assertThatThrownBy(() -> DefaultShardManagerBuilder.createLight("not-the-token", Collections.emptyList())
                            .setRestConfig(new RestConfig().setBaseUrl(discord.restUrl()))
                            .setSessionController(new FakeGatewayController(discord.gatewayUrl(), 0))
                            .build())
                    .isInstanceOf(InvalidTokenException.class);
            assertThat(discord.requests("GET", "gateway/bot").get(0).status()).isEqualTo(401);
        }
    }

    @Test
    void privilegedIntentsAreClosedWith4014UnlessAllowed() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start()) {
            CompletableFuture<CloseCode> closed = new CompletableFuture<>();
            JDA jda = JDABuilder.createLight(discord.botToken(), List.of(GatewayIntent.MESSAGE_CONTENT))
                    .setRestConfig(new RestConfig().setBaseUrl(discord.restUrl()))
                    .setSessionController(new FakeGatewayController(discord.gatewayUrl(), 1))
                    .setCompression(Compression.NONE)
                    .addEventListeners(new ListenerAdapter() {
                        @Override
                        public void onShutdown(ShutdownEvent event) {
                            closed.complete(event.getCloseCode());
                        }
                    })
                    .build();
            try {
                assertThat(closed.get(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(CloseCode.DISALLOWED_INTENTS);
                assertThat(discord.gatewayCloseCodes()).contains(4014);
            } finally {
                jda.shutdownNow();
            }
        }
        try (FakeDiscord discord =
                FakeDiscord.builder().allowPrivilegedIntents(1 << 15).start()) {
            JDA jda = JDABuilder.createLight(discord.botToken(), List.of(GatewayIntent.MESSAGE_CONTENT))
                    .setRestConfig(new RestConfig().setBaseUrl(discord.restUrl()))
                    .setSessionController(new FakeGatewayController(discord.gatewayUrl(), 1))
                    .setCompression(Compression.NONE)
                    .build();
            try {
                jda.awaitReady();
                assertThat(discord.lastIdentify().get("intents").asInt() & (1 << 15))
                        .isNotZero();
            } finally {
                jda.shutdown();
                jda.awaitShutdown(WAIT);
            }
        }
    }

    /** Two shards identify in parallel (concurrency 2), so the test does not wait out IDENTIFY_DELAY. */
    private static final class ConcurrentlyIdentifying extends net.dv8tion.jda.api.utils.ConcurrentSessionController {
        private final String url;
        private final int shards;

        ConcurrentlyIdentifying(String url, int shards) {
            this.url = url;
            this.shards = shards;
        }

        @Override
        public String getGateway() {
            return url;
        }

        @Override
        public ShardedGateway getShardedGateway(JDA api) {
            return new ShardedGateway(url, shards, shards);
        }
    }
}
