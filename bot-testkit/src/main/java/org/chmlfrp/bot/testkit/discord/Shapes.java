package org.chmlfrp.bot.testkit.discord;

import static org.chmlfrp.bot.testkit.discord.DiscordJson.array;
import static org.chmlfrp.bot.testkit.discord.DiscordJson.id;
import static org.chmlfrp.bot.testkit.discord.DiscordJson.object;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Discord's object shapes (API v10) with every field JDA reads: users, members, roles, channels,
 * guilds, messages, the application. Snowflakes are strings, permissions are decimal strings.
 */
final class Shapes {

    // Permission bits (https://discord.com/developers/docs/topics/permissions).
    static final long CREATE_INSTANT_INVITE = 1L;
    static final long ADD_REACTIONS = 1L << 6;
    static final long VIEW_CHANNEL = 1L << 10;
    static final long SEND_MESSAGES = 1L << 11;
    static final long EMBED_LINKS = 1L << 14;
    static final long ATTACH_FILES = 1L << 15;
    static final long READ_MESSAGE_HISTORY = 1L << 16;
    static final long MENTION_EVERYONE = 1L << 17;
    static final long USE_EXTERNAL_EMOJIS = 1L << 18;
    static final long CONNECT = 1L << 20;
    static final long SPEAK = 1L << 21;
    static final long CHANGE_NICKNAME = 1L << 26;
    static final long USE_APPLICATION_COMMANDS = 1L << 31;
    static final long SEND_MESSAGES_IN_THREADS = 1L << 38;

    /** What {@code @everyone} may do in the fake's guilds; the bot has exactly this too. */
    static final long EVERYONE = CREATE_INSTANT_INVITE
            | ADD_REACTIONS
            | VIEW_CHANNEL
            | SEND_MESSAGES
            | EMBED_LINKS
            | ATTACH_FILES
            | READ_MESSAGE_HISTORY
            | USE_EXTERNAL_EMOJIS
            | CONNECT
            | SPEAK
            | CHANGE_NICKNAME
            | USE_APPLICATION_COMMANDS
            | SEND_MESSAGES_IN_THREADS;

    /** In DMs Discord grants apps these (plus what the channel allows). */
    static final long DM_APP_PERMISSIONS = VIEW_CHANNEL
            | SEND_MESSAGES
            | EMBED_LINKS
            | ATTACH_FILES
            | READ_MESSAGE_HISTORY
            | MENTION_EVERYONE
            | USE_EXTERNAL_EMOJIS
            | ADD_REACTIONS;

    static final int MESSAGE_FLAG_EPHEMERAL = 1 << 6;
    static final int MESSAGE_FLAG_LOADING = 1 << 7;

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx");

    private final long applicationId;
    private final String botName;
    private final World world;
    private volatile String attachmentBase = "http://127.0.0.1/attachments/";
    private volatile BiConsumer<String, UploadedFile> served = (key, file) -> {};

    Shapes(long applicationId, String botName, World world) {
        this.applicationId = applicationId;
        this.botName = botName;
        this.world = world;
    }

    /** Where attachment URLs point, and who serves the bytes under {@code <base><key>}. */
    void attachments(String base, BiConsumer<String, UploadedFile> server) {
        this.attachmentBase = base;
        this.served = server;
    }

    static String timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC).format(TIMESTAMP);
    }

    /** The creation time encoded in a snowflake, as a Discord ISO timestamp. */
    static String timestampOf(long snowflake) {
        return timestamp(Instant.ofEpochMilli((snowflake >>> 22) + Snowflakes.DISCORD_EPOCH));
    }

    // ---- users ----

    ObjectNode botUser() {
        ObjectNode user = object();
        user.put("id", id(applicationId));
        user.put("username", botName);
        user.putNull("global_name");
        user.put("discriminator", "0");
        user.putNull("avatar");
        user.put("bot", true);
        user.put("public_flags", 0);
        user.put("flags", 0);
        user.putNull("banner");
        user.putNull("accent_color");
        return user;
    }

    /** GET /users/@me for a bot token. */
    ObjectNode selfUser() {
        ObjectNode user = botUser();
        user.put("verified", true);
        user.put("mfa_enabled", false);
        user.putNull("email");
        user.put("locale", "en-US");
        user.put("premium_type", 0);
        user.putNull("bio");
        return user;
    }

    ObjectNode user(long userId) {
        if (userId == applicationId) {
            return botUser();
        }
        ObjectNode user = object();
        String name = world.userName(userId);
        user.put("id", id(userId));
        user.put("username", name);
        user.put("global_name", name);
        user.put("discriminator", "0");
        user.putNull("avatar");
        user.put("public_flags", 0);
        user.put("flags", 0);
        user.putNull("banner");
        user.putNull("accent_color");
        return user;
    }

    // ---- guild members and roles ----

    ObjectNode member(long guildId, long userId, boolean withPermissions) {
        ObjectNode member = object();
        member.set("user", user(userId));
        ArrayNode roles = member.putArray("roles");
        if (userId == applicationId) {
            roles.add(id(botRoleId(guildId)));
        }
        member.putNull("nick");
        member.putNull("avatar");
        member.putNull("banner");
        member.put("joined_at", timestampOf(userId == applicationId ? guildId + 1 : guildId));
        member.putNull("premium_since");
        member.put("deaf", false);
        member.put("mute", false);
        member.put("flags", 0);
        member.put("pending", false);
        member.putNull("communication_disabled_until");
        member.putNull("unusual_dm_activity_until");
        if (withPermissions) {
            member.put("permissions", Long.toString(EVERYONE));
        }
        return member;
    }

    /** The bot's managed role in a guild: a stable id derived from the guild's. */
    static long botRoleId(long guildId) {
        return guildId + 1;
    }

    ObjectNode role(long roleId, String name, int position, long permissions, boolean managed) {
        ObjectNode role = object();
        role.put("id", id(roleId));
        role.put("name", name);
        role.putNull("description");
        role.put("permissions", Long.toString(permissions));
        role.put("position", position);
        role.put("color", 0);
        ObjectNode colors = role.putObject("colors");
        colors.put("primary_color", 0);
        colors.putNull("secondary_color");
        colors.putNull("tertiary_color");
        role.put("hoist", false);
        role.put("managed", managed);
        role.put("mentionable", false);
        role.putNull("icon");
        role.putNull("unicode_emoji");
        role.put("flags", 0);
        if (managed) {
            role.putObject("tags").put("bot_id", id(applicationId));
        }
        return role;
    }

    // ---- channels ----

    ObjectNode channel(World.Channel channel) {
        ObjectNode json = object();
        json.put("id", id(channel.id));
        json.put("type", channel.type);
        json.putNull("last_message_id");
        json.put("flags", 0);
        if (channel.isDm()) {
            json.putArray("recipients").add(user(channel.recipientId));
            return json;
        }
        json.put("guild_id", id(channel.guildId));
        json.put("name", channel.name);
        json.put("position", channel.position);
        json.putArray("permission_overwrites");
        json.putNull("parent_id");
        json.putNull("topic");
        json.put("nsfw", false);
        json.put("rate_limit_per_user", 0);
        return json;
    }

    /** The channel object of an INTERACTION_CREATE: from the invoking user's side. */
    ObjectNode interactionChannel(World.Channel channel) {
        if (!channel.isDm()) {
            ObjectNode json = channel(channel);
            json.put("permissions", Long.toString(EVERYONE));
            return json;
        }
        ObjectNode json = object();
        json.put("id", id(channel.id));
        json.put("type", 1);
        json.putNull("last_message_id");
        json.put("flags", 0);
        // The user's DM with the bot: its recipient is the bot.
        json.putArray("recipients").add(botUser());
        return json;
    }

    // ---- guilds ----

    /** The READY entry of a guild: id + unavailable, exactly as Discord sends it. */
    static ObjectNode unavailableGuild(long guildId) {
        ObjectNode json = object();
        json.put("id", id(guildId));
        json.put("unavailable", true);
        return json;
    }

    /** A full GUILD_CREATE payload: roles, channels, the bot's own member (no privileged intents). */
    ObjectNode guildCreate(World.Guild guild, List<World.Channel> channels) {
        ObjectNode json = object();
        json.put("id", id(guild.id));
        json.put("name", guild.name);
        json.putNull("icon");
        json.putNull("icon_hash");
        json.putNull("splash");
        json.putNull("discovery_splash");
        json.putNull("banner");
        json.putNull("description");
        json.put("owner_id", id(guild.ownerId));
        json.putNull("afk_channel_id");
        json.put("afk_timeout", 300);
        json.put("verification_level", 0);
        json.put("default_message_notifications", 0);
        json.put("explicit_content_filter", 0);
        json.put("mfa_level", 0);
        json.put("nsfw_level", 0);
        json.put("premium_tier", 0);
        json.put("premium_subscription_count", 0);
        json.put("premium_progress_bar_enabled", false);
        json.putNull("system_channel_id");
        json.put("system_channel_flags", 0);
        json.putNull("rules_channel_id");
        json.putNull("public_updates_channel_id");
        json.putNull("safety_alerts_channel_id");
        json.putNull("vanity_url_code");
        json.put("preferred_locale", guild.locale);
        json.put("max_members", 500000);
        json.putNull("max_presences");
        json.putNull("application_id");
        json.putArray("features");
        json.put("joined_at", timestampOf(guild.id + 1));
        json.put("large", false);
        json.put("unavailable", false);
        json.put("lazy", true);
        json.put("member_count", 1); // the bot; without GUILD_MEMBERS no one else is sent

        ArrayNode roles = json.putArray("roles");
        roles.add(role(guild.id, "@everyone", 0, EVERYONE, false));
        roles.add(role(botRoleId(guild.id), botName, 1, EVERYONE, true));

        json.putArray("members").add(member(guild.id, applicationId, false));
        ArrayNode channelArray = json.putArray("channels");
        for (World.Channel channel : channels) {
            ObjectNode c = channel(channel);
            c.remove("guild_id"); // GUILD_CREATE's channels omit it
            channelArray.add(c);
        }
        json.putArray("threads");
        json.putArray("voice_states");
        json.putArray("presences");
        json.putArray("emojis");
        json.putArray("stickers");
        json.putArray("stage_instances");
        json.putArray("guild_scheduled_events");
        json.putArray("soundboard_sounds");
        json.putNull("incidents_data");
        return json;
    }

    // ---- application ----

    /** GET /applications/@me and GET /oauth2/applications/@me. */
    ObjectNode application() {
        ObjectNode json = object();
        json.put("id", id(applicationId));
        json.put("name", botName);
        json.putNull("icon");
        json.put("description", "");
        json.putArray("rpc_origins");
        json.put("bot_public", true);
        json.put("bot_require_code_grant", false);
        json.set("bot", botUser());
        json.putNull("terms_of_service_url");
        json.putNull("privacy_policy_url");
        ObjectNode owner = user(ownerIdOfApplication());
        json.set("owner", owner);
        json.put("verify_key", "0000000000000000000000000000000000000000000000000000000000000000");
        json.putNull("team");
        json.put("flags", 0);
        json.put("approximate_guild_count", world.guilds().size());
        json.putArray("redirect_uris");
        json.putNull("interactions_endpoint_url");
        json.putNull("role_connections_verification_url");
        json.putArray("tags");
        ObjectNode config = json.putObject("integration_types_config");
        config.putObject("0");
        json.put("hook", true);
        return json;
    }

    long ownerIdOfApplication() {
        return applicationId - 1;
    }

    // ---- messages ----

    /**
     * A message as Discord answers it, from a create/edit body: the bot as author, {@code type:
     * "rich"} added to embeds, {@code attachment://name} rewritten to the fake's attachment URL,
     * component ids filled in.
     */
    ObjectNode message(
            long messageId,
            World.Channel channel,
            int type,
            JsonNode body,
            List<UploadedFile> files,
            Map<Long, ObjectNode> keptAttachments,
            ObjectNode interactionMetadata) {
        ObjectNode json = object();
        json.put("id", id(messageId));
        json.put("type", type);
        json.put("channel_id", id(channel.id));
        if (!channel.isDm()) {
            json.put("guild_id", id(channel.guildId));
        }
        json.set("author", botUser());
        JsonNode content = body == null ? null : body.get("content");
        json.put("content", content == null || content.isNull() ? "" : content.asText());
        json.put("timestamp", timestampOf(messageId));
        json.putNull("edited_timestamp");
        json.put("tts", body != null && body.path("tts").asBoolean(false));
        json.put("mention_everyone", false);
        json.putArray("mentions");
        json.putArray("mention_roles");
        json.put("pinned", false);
        int flags = body == null ? 0 : body.path("flags").asInt(0);
        json.put("flags", flags);

        ArrayNode attachments = json.putArray("attachments");
        if (keptAttachments != null) {
            keptAttachments.values().forEach(attachments::add);
        }
        attachments.addAll(newAttachments(messageId, body, files));

        ArrayNode embeds = json.putArray("embeds");
        if (body != null && body.has("embeds") && body.get("embeds").isArray()) {
            for (JsonNode embed : body.get("embeds")) {
                embeds.add(embed(embed, attachments));
            }
        }
        ArrayNode components = json.putArray("components");
        if (body != null && body.has("components") && body.get("components").isArray()) {
            ArrayNode copy = (ArrayNode) body.get("components").deepCopy();
            Components.assignIds(copy);
            components.addAll(copy);
        }
        if (interactionMetadata != null) {
            json.put("webhook_id", id(applicationId));
            json.put("application_id", id(applicationId));
            json.set("interaction_metadata", interactionMetadata);
        }
        return json;
    }

    /** Attachment objects for the uploaded files, named by the body's {@code attachments} list. */
    private ArrayNode newAttachments(long messageId, JsonNode body, List<UploadedFile> files) {
        ArrayNode result = array();
        if (files == null || files.isEmpty()) {
            return result;
        }
        for (UploadedFile file : files) {
            JsonNode described = null;
            if (body != null && body.has("attachments")) {
                for (JsonNode a : body.get("attachments")) {
                    if (a.path("id").asText().equals(Integer.toString(file.index()))) {
                        described = a;
                    }
                }
            }
            String filename = described != null && described.hasNonNull("filename")
                    ? described.get("filename").asText()
                    : file.filename();
            long attachmentId = world.ids.next();
            ObjectNode a = object();
            a.put("id", id(attachmentId));
            a.put("filename", filename);
            a.put("size", file.size());
            String key = id(messageId) + "/" + id(attachmentId) + "/" + filename;
            served.accept(key, file);
            String url = attachmentBase + key;
            a.put("url", url);
            a.put("proxy_url", url);
            a.put("content_type", file.contentType());
            if (described != null
                    && described.hasNonNull("description")
                    && !described.get("description").asText().isEmpty()) {
                a.put("description", described.get("description").asText());
            }
            if (described != null && described.path("is_spoiler").asBoolean(false)) {
                a.put("flags", 0);
            }
            result.add(a);
        }
        return result;
    }

    /** An embed as Discord stores it: typed, {@code attachment://name} pointing at the upload. */
    private static ObjectNode embed(JsonNode sent, ArrayNode attachments) {
        ObjectNode embed = (ObjectNode) sent.deepCopy();
        if (!embed.hasNonNull("type")) {
            embed.put("type", "rich");
        }
        for (String media : new String[] {"image", "thumbnail"}) {
            JsonNode node = embed.get(media);
            if (node instanceof ObjectNode mediaNode && mediaNode.hasNonNull("url")) {
                String url = mediaNode.get("url").asText();
                if (url.startsWith("attachment://")) {
                    String filename = url.substring("attachment://".length());
                    for (JsonNode attachment : attachments) {
                        if (attachment.path("filename").asText().equals(filename)) {
                            url = attachment.get("url").asText();
                            mediaNode.put(
                                    "content_type",
                                    attachment.path("content_type").asText());
                        }
                    }
                }
                mediaNode.put("url", url);
                mediaNode.put("proxy_url", url);
            }
        }
        return embed;
    }
}
