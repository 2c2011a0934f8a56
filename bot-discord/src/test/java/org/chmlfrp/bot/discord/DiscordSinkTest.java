package org.chmlfrp.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.chmlfrp.bot.core.chat.ChatPlace;
import org.chmlfrp.bot.core.chat.Platform;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.discord.render.ButtonIds;
import org.chmlfrp.bot.discord.render.ReplyRenderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class DiscordSinkTest {
    private static final ChatPlace CHANNEL = new ChatPlace.Group(Platform.DISCORD, "555", null);

    private final ShardManager manager = mock(ShardManager.class);
    private final GuildMessageChannel channel = mock(GuildMessageChannel.class);
    private final MessageCreateAction action = mock(MessageCreateAction.class);
    private DiscordSink sink;

    @BeforeEach
    void setUp() {
        DiscordConnection connection = new DiscordConnection();
        connection.set(manager);
        sink = new DiscordSink(connection, new ReplyRenderer(new ButtonIds(Clock.systemUTC())));
        when(channel.sendMessage(any(MessageCreateData.class))).thenReturn(action);
    }

    @Test
    void aGroupIsTheChannelWithThatIdAndTheMessageAllowsNoMentions() throws Exception {
        when(manager.getChannelById(GuildMessageChannel.class, "555")).thenReturn(channel);
        when(action.submit()).thenReturn(CompletableFuture.completedFuture(mock(Message.class)));

        sink.send(CHANNEL, Reply.text("node 湖南电信 is offline @everyone")).get();

        ArgumentCaptor<MessageCreateData> sent = ArgumentCaptor.forClass(MessageCreateData.class);
        org.mockito.Mockito.verify(channel).sendMessage(sent.capture());
        assertThat(sent.getValue().getAllowedMentions()).isEmpty();
        assertThat(sent.getValue().getEmbeds().get(0).getDescription()).contains("湖南电信");
    }

    @Test
    void anUnknownChannelIsUnreachable() {
        CompletableFuture<Void> f = sink.send(CHANNEL, Reply.text("x"));
        assertThat(f).isCompletedExceptionally();
        assertThat(cause(f)).isInstanceOf(PlaceUnreachableException.class);
        assertThat(((PlaceUnreachableException) cause(f)).place()).isEqualTo(CHANNEL);
    }

    @Test
    void missingAccessIsUnreachableAndOtherFailuresAreNot() {
        when(manager.getChannelById(GuildMessageChannel.class, "555")).thenReturn(channel);
        ErrorResponseException missing = mock(ErrorResponseException.class);
        when(missing.getErrorResponse()).thenReturn(ErrorResponse.MISSING_ACCESS);
        when(action.submit()).thenReturn(CompletableFuture.failedFuture(missing));
        assertThat(cause(sink.send(CHANNEL, Reply.text("x"))))
                .isInstanceOf(PlaceUnreachableException.class)
                .hasCause(missing);

        ErrorResponseException server = mock(ErrorResponseException.class);
        when(server.getErrorResponse()).thenReturn(ErrorResponse.SERVER_ERROR);
        when(action.submit()).thenReturn(CompletableFuture.failedFuture(server));
        assertThat(cause(sink.send(CHANNEL, Reply.text("x")))).isSameAs(server);
    }

    @Test
    void notConnectedFailsClearly() {
        DiscordSink idle =
                new DiscordSink(new DiscordConnection(), new ReplyRenderer(new ButtonIds(Clock.systemUTC())));
        assertThat(cause(idle.send(CHANNEL, Reply.text("x")))).isInstanceOf(IllegalStateException.class);
        assertThat(idle.platform()).isEqualTo(Platform.DISCORD);
    }

    @Test
    void aPrivatePlaceWithNoShardFails() {
        when(manager.getShards()).thenReturn(List.of());
        assertThat(cause(sink.send(new ChatPlace.Private(Platform.DISCORD, "1", null), Reply.text("x"))))
                .isInstanceOf(IllegalStateException.class);
    }

    private static Throwable cause(CompletableFuture<Void> f) {
        try {
            f.get();
            throw new AssertionError("expected a failure");
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
