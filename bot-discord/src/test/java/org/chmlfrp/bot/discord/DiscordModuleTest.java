package org.chmlfrp.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import java.util.List;
import java.util.Set;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.SessionController;
import org.chmlfrp.bot.core.chat.ChatAdapter;
import org.chmlfrp.bot.core.chat.ChatSink;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

class DiscordModuleTest {
    @Test
    void enabledContributesTheAdapterAndTheSink() {
        Injector injector = CoreFixture.injector(new DiscordModule(settings(true)));
        Set<ChatAdapter> adapters = injector.getInstance(Key.get(new TypeLiteral<Set<ChatAdapter>>() {}));
        Set<ChatSink> sinks = injector.getInstance(Key.get(new TypeLiteral<Set<ChatSink>>() {}));
        // The core contributes its broadcast ticker and device-login resumer; Discord adds exactly its adapter and
        // sink.
        assertThat(adapters)
                .filteredOn(a -> a.takesMessages())
                .hasOnlyElementsOfType(DiscordAdapter.class)
                .hasSize(1);
        assertThat(sinks).hasOnlyElementsOfType(DiscordSink.class).hasSize(1);
        assertThat(adapters)
                .filteredOn(a -> a.name().equals("discord"))
                .singleElement()
                .isSameAs(injector.getInstance(DiscordAdapter.class));
    }

    @Test
    void disabledContributesNothing() {
        Injector injector = CoreFixture.injector(new DiscordModule(settings(false)));
        assertThat(injector.getInstance(Key.get(new TypeLiteral<Set<ChatAdapter>>() {})))
                .extracting(ChatAdapter::name)
                .containsExactlyInAnyOrder("broadcast", "oauth");
        assertThat(injector.getInstance(Key.get(new TypeLiteral<Set<ChatSink>>() {})))
                .isEmpty();
    }

    @Test
    void startingWithoutATokenFailsClearly() {
        DiscordAdapter adapter = CoreFixture.injector(
                        new DiscordModule(new DiscordSettings(true, "", List.of(), null, "", "")))
                .getInstance(DiscordAdapter.class);
        assertThatThrownBy(adapter::start).hasMessageContaining("discord.token");
    }

    @Test
    void guildIdsMustBeSnowflakes() {
        assertThat(DiscordAdapter.guildIds(List.of("123", " 456 "))).containsExactly(123L, 456L);
        assertThatThrownBy(() -> DiscordAdapter.guildIds(List.of("my-server")))
                .hasMessageContaining("discord.guild-ids");
    }

    @Test
    void theGatewayOverrideAnswersBothTheSingleAndTheShardedQuestion() {
        SessionController c = new GatewayOverride("ws://127.0.0.1:1/gateway", 2);
        assertThat(c.getGateway()).isEqualTo("ws://127.0.0.1:1/gateway");
        SessionController.ShardedGateway g = c.getShardedGateway(Mockito.mock(JDA.class));
        assertThat(g.getUrl()).isEqualTo("ws://127.0.0.1:1/gateway");
        assertThat(g.getShardTotal()).isEqualTo(2);
        assertThat(g.getConcurrency()).isEqualTo(1);
    }

    private static DiscordSettings settings(boolean enabled) {
        return new DiscordSettings(enabled, "token", List.of(), null, "", "");
    }
}
