package org.chmlfrp.bot.discord;

import jakarta.inject.Singleton;
import java.util.Optional;
import net.dv8tion.jda.api.sharding.ShardManager;

/** The running shard manager, shared by the adapter that starts it and the sink that sends through it. */
@Singleton
public final class DiscordConnection {
    private volatile ShardManager manager;

    public Optional<ShardManager> manager() {
        return Optional.ofNullable(manager);
    }

    void set(ShardManager m) {
        this.manager = m;
    }
}
