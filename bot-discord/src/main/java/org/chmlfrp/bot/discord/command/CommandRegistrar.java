package org.chmlfrp.bot.discord.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the slash commands where they belong when a shard is ready: in each configured guild
 * (instant), or globally when no guild is configured. Each registration replaces the whole
 * set there, so commands that no longer exist disappear. With guilds configured the global set
 * is emptied (by shard 0), so no stale global commands stay behind.
 */
public final class CommandRegistrar extends ListenerAdapter {
    private static final Logger log = LoggerFactory.getLogger(CommandRegistrar.class);

    private final SlashCommandFactory factory;
    private final List<Long> guildIds;
    private final AtomicInteger shardTotal = new AtomicInteger();
    private final Set<Long> registeredGuilds = ConcurrentHashMap.newKeySet();
    private final AtomicInteger shardsDone = new AtomicInteger();
    private final CompletableFuture<Void> registered = new CompletableFuture<>();

    private final boolean everyShardHere;

    public CommandRegistrar(SlashCommandFactory factory, List<Long> guildIds) {
        this(factory, guildIds, true);
    }

    /**
     * @param everyShardHere false when this instance runs only some of the shards
     *                       ({@code discord.shard-ids}): a configured guild on another instance's
     *                       shard is then not reported as missing
     */
    public CommandRegistrar(SlashCommandFactory factory, List<Long> guildIds, boolean everyShardHere) {
        this.factory = factory;
        this.guildIds = List.copyOf(guildIds);
        this.everyShardHere = everyShardHere;
    }

    /** How many shards will report ready; known once the shard manager has logged in. */
    public void expectShards(int total) {
        shardTotal.set(Math.max(1, total));
        completeWhenAllDone();
    }

    /** Completes when every shard has registered its part (successfully or not: failures are logged). */
    public CompletableFuture<Void> registered() {
        return registered;
    }

    @Override
    public void onReady(ReadyEvent event) {
        JDA jda = event.getJDA();
        boolean first = jda.getShardInfo().getShardId() == 0;
        List<CompletableFuture<?>> work = new ArrayList<>();
        if (guildIds.isEmpty()) {
            if (first) {
                work.add(jda.updateCommands()
                        .addCommands(factory.commands())
                        .submit()
                        .whenComplete((ok, failure) -> logged("global", failure)));
            }
        } else {
            for (long id : guildIds) {
                Guild guild = jda.getGuildById(id);
                if (guild != null) {
                    registeredGuilds.add(id);
                    work.add(guild.updateCommands()
                            .addCommands(factory.commands())
                            .submit()
                            .whenComplete((ok, failure) -> logged("guild " + id, failure)));
                }
            }
            if (first) {
                work.add(jda.updateCommands()
                        .submit()
                        .whenComplete((ok, failure) -> logged("global (emptied)", failure)));
            }
        }
        CompletableFuture.allOf(work.toArray(CompletableFuture[]::new)).whenComplete((ok, failure) -> shardDone());
    }

    private void shardDone() {
        shardsDone.incrementAndGet();
        completeWhenAllDone();
    }

    private synchronized void completeWhenAllDone() {
        int total = shardTotal.get();
        if (total == 0 || shardsDone.get() < total || registered.isDone()) {
            return;
        }
        for (long id : guildIds) {
            if (everyShardHere && !registeredGuilds.contains(id)) {
                log.warn("discord.guild-ids lists {}, but the bot is not in that guild: no commands there", id);
            }
        }
        registered.complete(null);
    }

    private static void logged(String where, Throwable failure) {
        if (failure == null) {
            log.info("slash commands registered ({})", where);
        } else {
            log.warn("could not register slash commands ({}): {}", where, failure.toString());
        }
    }
}
