package org.chmlfrp.bot.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/**
 * Sends JDA to a configured gateway ({@code discord.gateway-url}) instead of asking Discord:
 * a single JDA asks {@link #getGateway()}, a shard manager {@link #getShardedGateway(JDA)},
 * so both are overridden.
 */
public final class GatewayOverride extends ConcurrentSessionController {
    private final String url;
    private final int shardTotal;

    /** @param shardTotal the configured shard count, or 1 when it is automatic */
    public GatewayOverride(String url, int shardTotal) {
        this.url = url;
        this.shardTotal = shardTotal;
    }

    @Override
    public String getGateway() {
        return url;
    }

    @Override
    public ShardedGateway getShardedGateway(JDA api) {
        return new ShardedGateway(url, shardTotal, 1);
    }
}
