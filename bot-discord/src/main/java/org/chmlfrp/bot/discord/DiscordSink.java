package org.chmlfrp.bot.discord;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.chmlfrp.bot.core.chat.ChatPlace;
import org.chmlfrp.bot.core.chat.ChatSink;
import org.chmlfrp.bot.core.chat.Platform;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.core.support.Failures;
import org.chmlfrp.bot.discord.render.ReplyRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Broadcasts to Discord: a group is a channel (by its id), a private place is the user's DM.
 * A place Discord will not take messages for fails with {@link PlaceUnreachableException},
 * logged once per place; nothing is retried here beyond what JDA does for rate limits.
 */
@Singleton
public final class DiscordSink implements ChatSink {
    /** Discord's answers that mean "this place cannot be written to": do not try again. */
    static final Set<ErrorResponse> UNREACHABLE = Collections.unmodifiableSet(EnumSet.of(
            ErrorResponse.MISSING_ACCESS,
            ErrorResponse.MISSING_PERMISSIONS,
            ErrorResponse.UNKNOWN_CHANNEL,
            ErrorResponse.UNKNOWN_GUILD,
            ErrorResponse.UNKNOWN_USER,
            ErrorResponse.CANNOT_SEND_TO_USER));

    private static final Logger log = LoggerFactory.getLogger(DiscordSink.class);

    private final DiscordConnection connection;
    private final ReplyRenderer renderer;
    private final Set<String> reported = Collections.synchronizedSet(new HashSet<>());

    @Inject
    public DiscordSink(DiscordConnection connection, ReplyRenderer renderer) {
        this.connection = connection;
        this.renderer = renderer;
    }

    @Override
    public Platform platform() {
        return Platform.DISCORD;
    }

    @Override
    public CompletableFuture<Void> send(ChatPlace place, Reply reply) {
        ShardManager manager = connection.manager().orElse(null);
        if (manager == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("Discord is not connected"));
        }
        MessageCreateData data = renderer.renderUnprompted(reply).toCreateData();
        CompletableFuture<Message> sent;
        try {
            sent = place.isPrivate() ? toUser(manager, place, data) : toChannel(manager, place, data);
        } catch (InsufficientPermissionException e) {
            return CompletableFuture.failedFuture(unreachable(place, "missing permission " + e.getPermission(), e));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        sent.whenComplete((message, failure) -> {
            if (failure == null) {
                done.complete(null);
            } else {
                done.completeExceptionally(classify(place, failure));
            }
        });
        return done;
    }

    private CompletableFuture<Message> toChannel(ShardManager manager, ChatPlace place, MessageCreateData data) {
        GuildMessageChannel channel = manager.getChannelById(GuildMessageChannel.class, place.id());
        if (channel == null) {
            return CompletableFuture.failedFuture(unreachable(place, "unknown channel", null));
        }
        return channel.sendMessage(data).submit();
    }

    private CompletableFuture<Message> toUser(ShardManager manager, ChatPlace place, MessageCreateData data) {
        List<JDA> shards = manager.getShards();
        if (shards.isEmpty()) {
            return CompletableFuture.failedFuture(new IllegalStateException("Discord has no shards running"));
        }
        return shards.get(0)
                .openPrivateChannelById(place.id())
                .flatMap(dm -> dm.sendMessage(data))
                .submit();
    }

    /** A refusal that means "never here" becomes {@link PlaceUnreachableException}; anything else stays as it was. */
    Throwable classify(ChatPlace place, Throwable failure) {
        Throwable cause = Failures.unwrap(failure);
        if (cause instanceof PlaceUnreachableException) {
            return cause;
        }
        if (cause instanceof ErrorResponseException e && UNREACHABLE.contains(e.getErrorResponse())) {
            return unreachable(place, e.getErrorResponse().getMeaning(), e);
        }
        if (cause instanceof InsufficientPermissionException e) {
            return unreachable(place, "missing permission " + e.getPermission(), e);
        }
        return cause;
    }

    private PlaceUnreachableException unreachable(ChatPlace place, String reason, Throwable cause) {
        PlaceUnreachableException e = new PlaceUnreachableException(place, reason, cause);
        String key = (place.isPrivate() ? "user:" : "channel:") + place.id();
        if (reported.add(key)) {
            log.warn("{} (logged once for this place)", e.getMessage());
        } else {
            log.debug("{}", e.getMessage());
        }
        return e;
    }
}
