package org.chmlfrp.bot.discord.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.google.inject.Injector;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.requests.restaction.CommandListUpdateAction;
import org.chmlfrp.bot.core.command.CommandRegistry;
import org.chmlfrp.bot.core.i18n.I18n;
import org.chmlfrp.bot.discord.CoreFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Where the commands go when a shard is ready: whole sets replaced, so stale commands vanish. */
class CommandRegistrarTest {
    private SlashCommandFactory factory;
    private final JDA jda = mock(JDA.class);
    private final CommandListUpdateAction global = update();

    @BeforeEach
    void setUp() {
        Injector injector = CoreFixture.injector();
        CommandRegistry registry = injector.getInstance(CommandRegistry.class);
        factory =
                new SlashCommandFactory(registry, new DiscordLocalization(injector.getInstance(I18n.class), registry));
        when(jda.getShardInfo()).thenReturn(new JDA.ShardInfo(0, 1));
        when(jda.updateCommands()).thenReturn(global);
    }

    @Test
    void withoutGuildsTheGlobalSetIsReplacedWithEveryCommand() {
        CommandRegistrar registrar = new CommandRegistrar(factory, List.of());
        registrar.expectShards(1);

        registrar.onReady(ready(jda));

        ArgumentCaptor<Collection<? extends CommandData>> sent = captor();
        verify(global).addCommands(sent.capture());
        assertThat(sent.getValue()).extracting(CommandData::getName).contains("tunnel", "node", "bind", "help");
        verify(global).submit();
        assertThat(registrar.registered()).isCompleted();
    }

    @Test
    void withGuildsEachGuildGetsTheSetAndTheGlobalSetIsEmptied() {
        Guild guild = mock(Guild.class);
        CommandListUpdateAction inGuild = update();
        when(guild.updateCommands()).thenReturn(inGuild);
        when(jda.getGuildById(42L)).thenReturn(guild);
        CommandRegistrar registrar = new CommandRegistrar(factory, List.of(42L, 43L));

        registrar.onReady(ready(jda));
        assertThat(registrar.registered()).as("shard total not known yet").isNotDone();
        registrar.expectShards(1);

        verify(inGuild).addCommands(anyCollection());
        verify(inGuild).submit();
        verify(global, never()).addCommands(anyCollection());
        verify(global).submit();
        assertThat(registrar.registered()).isCompleted();
    }

    @Test
    void onlyWhenEveryShardIsReady() {
        CommandRegistrar registrar = new CommandRegistrar(factory, List.of());
        registrar.expectShards(2);
        registrar.onReady(ready(jda));
        assertThat(registrar.registered()).isNotDone();
        JDA second = mock(JDA.class);
        when(second.getShardInfo()).thenReturn(new JDA.ShardInfo(1, 2));
        registrar.onReady(ready(second));
        assertThat(registrar.registered()).isCompleted();
        verify(second, never()).updateCommands();
    }

    private static ReadyEvent ready(JDA shard) {
        ReadyEvent e = mock(ReadyEvent.class);
        when(e.getJDA()).thenReturn(shard);
        return e;
    }

    @SuppressWarnings("unchecked")
    private static ArgumentCaptor<Collection<? extends CommandData>> captor() {
        return ArgumentCaptor.forClass((Class<Collection<? extends CommandData>>) (Class<?>) Collection.class);
    }

    @SuppressWarnings("unchecked")
    private static CommandListUpdateAction update() {
        CommandListUpdateAction a = mock(CommandListUpdateAction.class);
        when(a.addCommands(anyCollection())).thenReturn(a);
        when(a.submit()).thenReturn((CompletableFuture) CompletableFuture.completedFuture(List.of()));
        return a;
    }
}
