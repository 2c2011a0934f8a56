package org.chmlfrp.bot.discord;

import java.util.List;

/**
 * The {@code discord} section. {@code shards} null means automatic; empty {@code restUrl} and
 * {@code gatewayUrl} mean Discord's own.
 */
public record DiscordSettings(boolean enabled, String token, List<String> guildIds, Integer shards, String restUrl,
                              String gatewayUrl) {
    public DiscordSettings {
        guildIds = List.copyOf(guildIds);
    }

    @Override
    public String toString() {
        return "DiscordSettings[enabled=" + enabled + ", token=" + (token == null || token.isEmpty() ? "<none>" : "***")
                + ", guildIds=" + guildIds + ", shards=" + (shards == null ? "auto" : shards) + "]";
    }
}
