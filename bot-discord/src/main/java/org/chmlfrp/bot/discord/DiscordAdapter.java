package org.chmlfrp.bot.discord;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.GatewayEncoding;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.chmlfrp.bot.core.chat.ChatAdapter;
import org.chmlfrp.bot.core.chat.ChatConnections;
import org.chmlfrp.bot.discord.command.CommandRegistrar;
import org.chmlfrp.bot.discord.command.SlashCommandFactory;
import org.chmlfrp.bot.discord.interaction.InteractionListener;
import org.chmlfrp.bot.discord.render.RenderedMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discord through JDA's shard manager ({@code discord.shards}, automatic when unset): no
 * privileged intents (slash commands need no message content), JSON over an uncompressed
 * gateway, no mentions allowed by default. {@code rest-url} and {@code gateway-url} point it
 * at a REST proxy or a test double. Slash commands are registered when each shard is ready.
 */
@Singleton
public final class DiscordAdapter implements ChatAdapter {
    private static final Logger log = LoggerFactory.getLogger(DiscordAdapter.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private final DiscordSettings settings;
    private final DiscordConnection connection;
    private final InteractionListener listener;
    private final SlashCommandFactory commands;
    private volatile CommandRegistrar registrar;

    @Inject
    public DiscordAdapter(
            DiscordSettings settings,
            DiscordConnection connection,
            InteractionListener listener,
            SlashCommandFactory commands,
            ChatConnections connections) {
        this.settings = settings;
        this.connection = connection;
        this.listener = listener;
        this.commands = commands;
        connections.register(name(), this::isUp);
    }

    /** Up while every shard this instance runs is connected and none is still waiting to log in. */
    boolean isUp() {
        ShardManager manager = connection.manager().orElse(null);
        if (manager == null
                || manager.getShardsQueued() > 0
                || manager.getShards().isEmpty()) {
            return false;
        }
        return manager.getShards().stream().allMatch(jda -> jda.getStatus() == JDA.Status.CONNECTED);
    }

    @Override
    public String name() {
        return "discord";
    }

    @Override
    public void start() {
        if (settings.token() == null || settings.token().isBlank()) {
            throw new IllegalStateException("discord.token is empty");
        }
        MessageRequest.setDefaultMentions(RenderedMessage.NO_MENTIONS);
        List<Long> guilds = guildIds(settings.guildIds());
        CommandRegistrar reg =
                new CommandRegistrar(commands, guilds, settings.shardIds().isEmpty());
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(
                        settings.token(), List.<GatewayIntent>of()) // GUILDS is implicit; nothing privileged
                .setCompression(Compression.NONE)
                .setGatewayEncoding(GatewayEncoding.JSON)
                .setEnableShutdownHook(false)
                .setShardsTotal(settings.shards() == null ? -1 : settings.shards())
                .addEventListeners(listener, reg);
        if (!settings.shardIds().isEmpty()) {
            builder.setShards(settings.shardIds());
        }
        if (notBlank(settings.restUrl())) {
            builder.setRestConfig(new RestConfig().setBaseUrl(settings.restUrl()));
        }
        if (notBlank(settings.gatewayUrl())) {
            builder.setSessionController(
                    new GatewayOverride(settings.gatewayUrl(), settings.shards() == null ? 1 : settings.shards()));
        }
        this.registrar = reg;
        ShardManager manager = builder.build();
        connection.set(manager);
        reg.expectShards(settings.ownShardCount(manager.getShardsTotal()));
        log.info(
                "Discord starting: {} shard(s), commands {}",
                settings.shardIds().isEmpty()
                        ? manager.getShardsTotal()
                        : settings.shardIds() + " of " + manager.getShardsTotal(),
                guilds.isEmpty() ? "global" : "in guilds " + guilds);
    }

    /** Waits until every shard is connected and has registered its commands (for tests and start-up checks). */
    public void awaitReady(Duration timeout) throws InterruptedException, TimeoutException {
        CommandRegistrar reg = registrar;
        if (reg == null) {
            throw new IllegalStateException("not started");
        }
        try {
            reg.registered().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void stop() {
        ShardManager manager = connection.manager().orElse(null);
        if (manager == null) {
            return;
        }
        List<JDA> shards = new ArrayList<>(manager.getShards());
        manager.shutdown();
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        try {
            for (JDA jda : shards) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !jda.awaitShutdown(left, TimeUnit.NANOSECONDS)) {
                    log.warn("Discord shard did not stop within {}", STOP_WAIT);
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connection.set(null);
    }

    static List<Long> guildIds(List<String> ids) {
        List<Long> out = new ArrayList<>();
        for (String id : ids) {
            try {
                out.add(Long.parseUnsignedLong(id.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("discord.guild-ids: not a Discord id: " + id, e);
            }
        }
        return out;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
