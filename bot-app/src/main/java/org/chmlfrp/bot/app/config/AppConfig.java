package org.chmlfrp.bot.app.config;

import org.chmlfrp.bot.app.ops.ServerSettings;
import org.chmlfrp.bot.core.BotSettings;
import org.chmlfrp.bot.core.broadcast.BroadcastSettings;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpSettings;
import org.chmlfrp.bot.core.oauth.OAuthSettings;
import org.chmlfrp.bot.core.store.StorageSettings;
import org.chmlfrp.bot.discord.DiscordSettings;
import org.chmlfrp.bot.onebot.OneBotSettings;

/** The whole configuration, validated. */
public record AppConfig(
        ChmlFrpSettings chmlfrp,
        StorageSettings storage,
        BotSettings bot,
        OneBotSettings onebot,
        DiscordSettings discord,
        BroadcastSettings broadcast,
        ServerSettings server,
        OAuthSettings oauth) {

    public AppConfig withChmlFrp(ChmlFrpSettings c) {
        return new AppConfig(c, storage, bot, onebot, discord, broadcast, server, oauth);
    }

    public AppConfig withStorage(StorageSettings s) {
        return new AppConfig(chmlfrp, s, bot, onebot, discord, broadcast, server, oauth);
    }

    public AppConfig withBot(BotSettings b) {
        return new AppConfig(chmlfrp, storage, b, onebot, discord, broadcast, server, oauth);
    }

    public AppConfig withOAuth(OAuthSettings o) {
        return new AppConfig(chmlfrp, storage, bot, onebot, discord, broadcast, server, o);
    }
}
