package org.chmlfrp.bot.testkit.discord;

import javax.annotation.Nonnull;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/**
 * The SessionController the contract tells the adapter to use: the gateway URL comes from
 * configuration, not from Discord's GET /gateway/bot.
 */
final class FakeGatewayController extends ConcurrentSessionController {

    private final String gatewayUrl;
    private final int shards;

    FakeGatewayController(String gatewayUrl, int shardsOrZeroForAuto) {
        this.gatewayUrl = gatewayUrl;
        this.shards = shardsOrZeroForAuto <= 0 ? 1 : shardsOrZeroForAuto;
    }

    @Nonnull
    @Override
    public String getGateway() {
        return gatewayUrl;
    }

    @Nonnull
    @Override
    public ShardedGateway getShardedGateway(@Nonnull JDA api) {
        return new ShardedGateway(gatewayUrl, shards, 1);
    }
}
