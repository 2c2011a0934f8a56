package org.chmlfrp.bot.discord;

import java.util.List;

/**
 * The {@code discord} section. {@code shards} null means automatic; {@code shardIds} empty means
 * every shard of the total, else only those (several instances split the shards; needs a number
 * {@code shards}); empty {@code restUrl} and {@code gatewayUrl} mean Discord's own.
 */
public record DiscordSettings(
        boolean enabled,
        String token,
        List<String> guildIds,
        Integer shards,
        String restUrl,
        String gatewayUrl,
        List<Integer> shardIds) {
    public DiscordSettings {
        guildIds = List.copyOf(guildIds);
        shardIds = List.copyOf(shardIds);
        if (!shardIds.isEmpty() && (shards == null || shardIds.stream().anyMatch(id -> id < 0 || id >= shards))) {
            throw new IllegalArgumentException("shard ids " + shardIds + " need a shard total above each of them");
        }
    }

    /** Every shard of the total. */
    public DiscordSettings(
            boolean enabled, String token, List<String> guildIds, Integer shards, String restUrl, String gatewayUrl) {
        this(enabled, token, guildIds, shards, restUrl, gatewayUrl, List.of());
    }

    /** How many shards this instance runs: the given ids, else the whole total (0 when automatic and not yet known). */
    public int ownShardCount(int total) {
        return shardIds.isEmpty() ? total : shardIds.size();
    }

    @Override
    public String toString() {
        return "DiscordSettings[enabled=" + enabled + ", token=" + (token == null || token.isEmpty() ? "<none>" : "***")
                + ", guildIds=" + guildIds + ", shards=" + (shards == null ? "auto" : shards)
                + (shardIds.isEmpty() ? "" : ", shardIds=" + shardIds) + "]";
    }
}
