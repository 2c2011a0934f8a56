package org.chmlfrp.bot.app.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chmlfrp.bot.app.ops.ServerSettings;
import org.chmlfrp.bot.core.BotSettings;
import org.chmlfrp.bot.core.broadcast.BroadcastSettings;
import org.chmlfrp.bot.core.chat.BotLocale;
import org.chmlfrp.bot.core.chat.ChatIdentity;
import org.chmlfrp.bot.core.chat.Platform;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpSettings;
import org.chmlfrp.bot.core.chmlfrp.TokenPlacement;
import org.chmlfrp.bot.core.command.BotAdmins;
import org.chmlfrp.bot.core.command.RateLimit;
import org.chmlfrp.bot.core.oauth.OAuthSettings;
import org.chmlfrp.bot.core.store.StorageSettings;
import org.chmlfrp.bot.discord.DiscordSettings;
import org.chmlfrp.bot.onebot.OneBotSettings;

/**
 * Reads {@code config.yml} (SPEC §3): every key has a default except chat credentials,
 * {@code ${NAME}} and {@code ${NAME:-default}} come from the environment, durations are
 * {@code 500ms}/{@code 10s}/{@code 5m}/{@code 1h}. Every problem is a {@link ConfigException}
 * naming the key.
 */
public final class ConfigLoader {
    private final Map<String, String> env;

    public ConfigLoader(Map<String, String> env) {
        this.env = env;
    }

    public AppConfig load(Path file) throws IOException {
        return parse(Files.readString(file));
    }

    /** The defaults, as an empty file gives them. */
    public AppConfig defaults() {
        return read(MissingNode.getInstance());
    }

    public AppConfig parse(String yaml) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        } catch (JsonProcessingException e) {
            String where =
                    e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw new ConfigException("config", "is not valid YAML" + where);
        }
        return read(root == null ? MissingNode.getInstance() : root);
    }

    private AppConfig read(JsonNode root) {
        if (root.isValueNode() || root.isArray()) {
            throw new ConfigException("config", "must be a YAML map of sections");
        }
        ConfigNode top = new ConfigNode(root, "", new EnvExpander(env))
                .allowOnly(Set.of("chmlfrp", "storage", "bot", "onebot", "discord", "broadcast", "server", "oauth"));
        ConfigNode onebotNode = top.section("onebot");
        List<String> prefixes = onebotNode.strings("command-prefixes", List.of("/", "#"));
        return new AppConfig(
                chmlfrp(top.section("chmlfrp")),
                storage(top.section("storage")),
                bot(top.section("bot"), prefixes),
                onebot(onebotNode, prefixes),
                discord(top.section("discord")),
                broadcast(top.section("broadcast")),
                server(top.section("server")),
                oauth(top.section("oauth")));
    }

    private static ServerSettings server(ConfigNode c) {
        c.allowOnly(Set.of("listen"));
        String listen = c.string("listen", "");
        if (listen.isEmpty()) {
            return ServerSettings.off();
        }
        int port = portOf(listen);
        if (port < 0) {
            throw new ConfigException(c.key() + ".listen", "must be host:port, e.g. 127.0.0.1:9464, or empty (off)");
        }
        return new ServerSettings(listen.substring(0, listen.lastIndexOf(':')), port);
    }

    /** The port of {@code host:port}; -1 when there is no host or no valid port. */
    private static int portOf(String listen) {
        int colon = listen.lastIndexOf(':');
        if (colon <= 0) {
            return -1;
        }
        try {
            int port = Integer.parseInt(listen.substring(colon + 1));
            return port <= 65535 ? port : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static OAuthSettings oauth(ConfigNode c) {
        c.allowOnly(Set.of("client-id", "base-url", "scope"));
        String scope = c.string("scope", OAuthSettings.DEFAULT_SCOPE).trim();
        if (scope.isEmpty()) {
            throw new ConfigException(c.key() + ".scope", "must not be empty");
        }
        return new OAuthSettings(
                c.string("client-id", ""),
                c.parsed("base-url", OAuthSettings.DEFAULT_BASE_URL, ConfigLoader::httpUri, "an http(s) URL"),
                scope);
    }

    private static ChmlFrpSettings chmlfrp(ConfigNode c) {
        c.allowOnly(Set.of("base-url", "timeout", "token-in", "panel-url"));
        return new ChmlFrpSettings(
                c.parsed("base-url", ChmlFrpSettings.DEFAULT_BASE_URL, ConfigLoader::httpUri, "an http(s) URL"),
                c.duration("timeout", ChmlFrpSettings.DEFAULT_TIMEOUT),
                c.parsed("token-in", TokenPlacement.HEADER, TokenPlacement::parse, "header, query or both"),
                c.parsed("panel-url", ChmlFrpSettings.DEFAULT_PANEL_URL, ConfigLoader::httpUri, "an http(s) URL"));
    }

    private static StorageSettings storage(ConfigNode c) {
        c.allowOnly(Set.of("url", "secret-key", "key-file"));
        String url = c.string("url", "jdbc:h2:file:./data/chmlfrp-bot");
        if (!url.startsWith("jdbc:")) {
            throw new ConfigException(c.key() + ".url", "must be a JDBC URL starting with jdbc:");
        }
        return new StorageSettings(url, c.string("secret-key", ""), Path.of(c.string("key-file", "./data/secret.key")));
    }

    private static BotSettings bot(ConfigNode c, List<String> prefixes) {
        c.allowOnly(Set.of("locale", "admins", "rate-limit"));
        ConfigNode admins = c.section("admins").allowOnly(Set.of("onebot", "discord"));
        Set<ChatIdentity> ids = new HashSet<>();
        admins.strings("onebot", List.of()).forEach(id -> ids.add(new ChatIdentity(Platform.ONEBOT, id)));
        admins.strings("discord", List.of()).forEach(id -> ids.add(new ChatIdentity(Platform.DISCORD, id)));
        return new BotSettings(
                c.parsed("locale", BotLocale.ZH_CN, BotLocale::fromConfig, "zh-CN or en"),
                new BotAdmins(ids),
                c.parsed(
                        "rate-limit",
                        RateLimit.parse("10/min").orElseThrow(),
                        RateLimit::parse,
                        "a rate like 10/min or 0"),
                prefixes);
    }

    private static OneBotSettings onebot(ConfigNode c, List<String> prefixes) {
        c.allowOnly(Set.of("enabled", "command-prefixes", "send-rate", "connections"));
        boolean enabled = c.bool("enabled", false);
        RateLimit sendRate = c.parsed(
                "send-rate",
                RateLimit.parse("20/s").orElseThrow(),
                RateLimit::parse,
                "a rate like 20/s, or 0 for unlimited");
        List<OneBotSettings.Connection> connections = new ArrayList<>();
        for (ConfigNode conn : c.sections("connections")) {
            conn.allowOnly(Set.of("mode", "url", "access-token", "listen", "path"));
            String mode = conn.string("mode", "");
            String token = conn.string("access-token", "");
            switch (mode) {
                case "forward" -> {
                    String url = conn.optString("url")
                            .filter(u -> !u.isEmpty())
                            .orElseThrow(() ->
                                    new ConfigException(conn.key() + ".url", "is required for a forward connection"));
                    if (!url.startsWith("ws://") && !url.startsWith("wss://")) {
                        throw new ConfigException(conn.key() + ".url", "must start with ws:// or wss://");
                    }
                    connections.add(new OneBotSettings.Forward(url, token));
                }
                case "reverse" -> {
                    String listen = conn.string("listen", "127.0.0.1:8081");
                    int colon = listen.lastIndexOf(':');
                    int port = portOf(listen);
                    if (port < 0) {
                        throw new ConfigException(conn.key() + ".listen", "must be host:port, e.g. 127.0.0.1:8081");
                    }
                    String path = conn.string("path", "/onebot/v11/ws");
                    if (!path.startsWith("/")) {
                        throw new ConfigException(conn.key() + ".path", "must start with /");
                    }
                    connections.add(new OneBotSettings.Reverse(listen.substring(0, colon), port, path, token));
                }
                default -> throw new ConfigException(conn.key() + ".mode", "must be forward or reverse");
            }
        }
        if (enabled && connections.isEmpty()) {
            throw new ConfigException(
                    c.key() + ".connections", "needs at least one connection when onebot.enabled is true");
        }
        return new OneBotSettings(enabled, prefixes, sendRate, connections);
    }

    private static DiscordSettings discord(ConfigNode c) {
        c.allowOnly(Set.of("enabled", "token", "guild-ids", "shards", "shard-ids", "rest-url", "gateway-url"));
        boolean enabled = c.bool("enabled", false);
        String token = c.string("token", "");
        if (enabled && token.isEmpty()) {
            throw new ConfigException(
                    c.key() + ".token", "is required when discord.enabled is true (or set DISCORD_BOT_TOKEN)");
        }
        String shards = c.string("shards", "auto");
        Integer shardCount = null;
        if (!shards.equalsIgnoreCase("auto")) {
            try {
                shardCount = Integer.parseInt(shards);
            } catch (NumberFormatException e) {
                shardCount = 0;
            }
            if (shardCount < 1) {
                throw new ConfigException(c.key() + ".shards", "must be auto or a positive number");
            }
        }
        String rest = c.string("rest-url", "");
        if (!rest.isEmpty() && httpUri(rest).isEmpty()) {
            throw new ConfigException(c.key() + ".rest-url", "must be an http(s) URL or empty");
        }
        String gateway = c.string("gateway-url", "");
        if (!gateway.isEmpty() && !gateway.startsWith("ws://") && !gateway.startsWith("wss://")) {
            throw new ConfigException(c.key() + ".gateway-url", "must start with ws:// or wss://, or be empty");
        }
        return new DiscordSettings(
                enabled, token, c.strings("guild-ids", List.of()), shardCount, rest, gateway, shardIds(c, shardCount));
    }

    /** {@code discord.shard-ids}: distinct shard numbers below a numeric {@code discord.shards}; empty = all. */
    private static List<Integer> shardIds(ConfigNode c, Integer shardCount) {
        List<String> given = c.strings("shard-ids", List.of());
        if (given.isEmpty()) {
            return List.of();
        }
        if (shardCount == null) {
            throw new ConfigException(
                    c.key() + ".shard-ids",
                    "needs discord.shards set to the total number of shards"
                            + " (not auto), e.g. shards: 4 with shard-ids: [0, 1]");
        }
        List<Integer> ids = new ArrayList<>();
        for (String text : given) {
            int id;
            try {
                id = Integer.parseInt(text);
            } catch (NumberFormatException e) {
                id = -1;
            }
            if (id < 0 || id >= shardCount) {
                throw new ConfigException(
                        c.key() + ".shard-ids",
                        "has " + text + "; each id must be a whole number from 0 to " + (shardCount - 1)
                                + " (discord.shards is " + shardCount + ")");
            }
            if (ids.contains(id)) {
                throw new ConfigException(c.key() + ".shard-ids", "lists " + id + " twice");
            }
            ids.add(id);
        }
        return ids;
    }

    private static BroadcastSettings broadcast(ConfigNode c) {
        c.allowOnly(Set.of("poll-interval", "send-rate", "daily-summary-time", "zone"));
        BroadcastSettings d = BroadcastSettings.defaults();
        return new BroadcastSettings(
                c.duration("poll-interval", d.pollInterval()),
                c.parsed("send-rate", d.sendRate(), RateLimit::parse, "a rate like 2/s"),
                c.parsed("daily-summary-time", d.dailySummaryTime(), ConfigLoader::time, "a time like 09:00"),
                c.parsed("zone", d.zone(), ConfigLoader::zone, "a time zone like Asia/Shanghai"));
    }

    private static Optional<URI> httpUri(String text) {
        try {
            URI u = URI.create(text);
            return ("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null
                    ? Optional.of(u)
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalTime> time(String text) {
        try {
            return Optional.of(LocalTime.parse(text.length() == 4 ? "0" + text : text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<ZoneId> zone(String text) {
        try {
            return Optional.of(ZoneId.of(text));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
