package org.chmlfrp.bot.testkit.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the fake Discord knows: the bot's guilds and channels, users by name, the messages the
 * bot created, DM channels it opened, the command sets it registered and the modals it showed.
 * Every method is synchronized on the world.
 */
final class World {

    /** A guild the bot is in. */
    static final class Guild {
        final long id;
        final String name;
        final String locale;
        final long ownerId;
        final List<Long> channelIds = new ArrayList<>();

        Guild(long id, String name, String locale, long ownerId) {
            this.id = id;
            this.name = name;
            this.locale = locale;
            this.ownerId = ownerId;
        }
    }

    /** A text channel in a guild (type 0) or a DM channel (type 1). */
    static final class Channel {
        final long id;
        final long guildId;
        final String name;
        final int type;
        final long recipientId;
        final int position;

        Channel(long id, long guildId, String name, int type, long recipientId, int position) {
            this.id = id;
            this.guildId = guildId;
            this.name = name;
            this.type = type;
            this.recipientId = recipientId;
            this.position = position;
        }

        boolean isDm() {
            return type == 1;
        }
    }

    /** One scope of registered application commands: global or one guild. */
    static final class CommandSet {
        ArrayNode lastPut;
        final Map<String, ObjectNode> byName = new LinkedHashMap<>();
        final Map<String, Long> idsByName = new LinkedHashMap<>();
    }

    final Snowflakes ids;
    private final Map<Long, Guild> guilds = new LinkedHashMap<>();
    private final Map<Long, Channel> channels = new LinkedHashMap<>();
    private final Map<Long, String> userNames = new LinkedHashMap<>();
    private final Map<Long, ObjectNode> messages = new LinkedHashMap<>();
    private final Map<Long, Long> dmByUser = new LinkedHashMap<>();
    private final Map<Long, CommandSet> commands = new LinkedHashMap<>(); // key 0 = global
    private final Map<String, ObjectNode> modals = new LinkedHashMap<>();

    World(Snowflakes ids) {
        this.ids = ids;
    }

    // ---- guilds and channels ----

    synchronized boolean addGuild(Guild guild) {
        return guilds.putIfAbsent(guild.id, guild) == null;
    }

    synchronized Optional<Guild> guild(long id) {
        return Optional.ofNullable(guilds.get(id));
    }

    synchronized List<Guild> guilds() {
        return new ArrayList<>(guilds.values());
    }

    synchronized boolean addChannel(Channel channel) {
        if (channels.putIfAbsent(channel.id, channel) != null) {
            return false;
        }
        if (!channel.isDm()) {
            guilds.get(channel.guildId).channelIds.add(channel.id);
        }
        return true;
    }

    synchronized Optional<Channel> channel(long id) {
        return Optional.ofNullable(channels.get(id));
    }

    synchronized List<Channel> channelsOf(long guildId) {
        Guild guild = guilds.get(guildId);
        List<Channel> list = new ArrayList<>();
        if (guild != null) {
            for (long id : guild.channelIds) {
                list.add(channels.get(id));
            }
        }
        return list;
    }

    synchronized int nextPosition(long guildId) {
        Guild guild = guilds.get(guildId);
        return guild == null ? 0 : guild.channelIds.size();
    }

    /** The DM channel with a user, opened on first use (as POST /users/@me/channels does). */
    synchronized Channel dmWith(long userId) {
        Long existing = dmByUser.get(userId);
        if (existing != null) {
            return channels.get(existing);
        }
        Channel dm = new Channel(ids.next(), 0L, null, 1, userId, 0);
        channels.put(dm.id, dm);
        dmByUser.put(userId, dm.id);
        return dm;
    }

    /** A DM channel with a chosen id (replaces the user's previous one). */
    synchronized Channel addDm(long channelId, long userId) {
        Channel dm = new Channel(channelId, 0L, null, 1, userId, 0);
        channels.put(dm.id, dm);
        dmByUser.put(userId, dm.id);
        return dm;
    }

    synchronized Optional<Long> dmChannelOf(long userId) {
        return Optional.ofNullable(dmByUser.get(userId));
    }

    // ---- users ----

    synchronized void nameUser(long userId, String name) {
        userNames.put(userId, name);
    }

    synchronized String userName(long userId) {
        return userNames.getOrDefault(userId, "user" + Long.toUnsignedString(userId));
    }

    // ---- messages ----

    synchronized void putMessage(ObjectNode message) {
        messages.put(DiscordJson.snowflake(message.get("id")), message);
    }

    synchronized Optional<ObjectNode> message(long id) {
        return Optional.ofNullable(messages.get(id));
    }

    synchronized boolean removeMessage(long id) {
        return messages.remove(id) != null;
    }

    // ---- application commands ----

    synchronized CommandSet commandSet(long guildIdOrZero) {
        return commands.computeIfAbsent(guildIdOrZero, k -> new CommandSet());
    }

    synchronized Optional<CommandSet> existingCommandSet(long guildIdOrZero) {
        return Optional.ofNullable(commands.get(guildIdOrZero));
    }

    /** The registered command of that name: the guild's own set first, then the global one. */
    synchronized Optional<ObjectNode> command(long guildId, String name) {
        CommandSet guildSet = commands.get(guildId);
        if (guildId != 0 && guildSet != null && guildSet.byName.containsKey(name)) {
            return Optional.of(guildSet.byName.get(name));
        }
        CommandSet global = commands.get(0L);
        return global == null ? Optional.empty() : Optional.ofNullable(global.byName.get(name));
    }

    // ---- modals ----

    synchronized void rememberModal(JsonNode modalData) {
        modals.put(modalData.path("custom_id").asText(), (ObjectNode) modalData.deepCopy());
    }

    synchronized Optional<ObjectNode> modal(String customId) {
        return Optional.ofNullable(modals.get(customId));
    }
}
