package org.chmlfrp.bot.testkit.discord;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.messages.MessageRequest;

/**
 * A real JDA 6 {@link ShardManager} configured as the contract's first half says, pointed at a
 * {@link FakeDiscord} by REST base URL and SessionController only.
 */
final class JdaHarness implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(10);

    final FakeDiscord discord;
    final EventRecorder events = new EventRecorder();
    final ShardManager manager;

    private JdaHarness(FakeDiscord discord, DefaultShardManagerBuilder builder) {
        this.discord = discord;
        this.manager = builder.addEventListeners(events).build();
    }

    /** createLight, no intents, Compression.NONE, JSON, the fake's REST URL and gateway; shards automatic. */
    static JdaHarness start(FakeDiscord discord) {
        return start(discord, 0);
    }

    static JdaHarness start(FakeDiscord discord, int shards) {
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(
                        discord.botToken(), Collections.emptyList())
                .setCompression(Compression.NONE)
                .setRestConfig(new RestConfig().setBaseUrl(discord.restUrl()))
                .setSessionController(new FakeGatewayController(discord.gatewayUrl(), shards));
        if (shards > 0) {
            builder.setShardsTotal(shards);
        }
        return new JdaHarness(discord, builder);
    }

    static JdaHarness start(FakeDiscord discord, DefaultShardManagerBuilder custom) {
        return new JdaHarness(discord, custom);
    }

    JDA jda() {
        return manager.getShardById(0);
    }

    /** READY seen by JDA (all guilds set up) and by the fake. */
    JdaHarness awaitReady() {
        events.await(ReadyEvent.class, WAIT);
        if (!discord.awaitIdentified(WAIT)) {
            throw new AssertionError("fake never saw the bot identify");
        }
        return this;
    }

    @Override
    public void close() {
        manager.shutdown();
        for (JDA shard : manager.getShards()) {
            try {
                if (!shard.awaitShutdown(WAIT)) {
                    shard.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        MessageRequest.setDefaultMentions(null);
    }
}
