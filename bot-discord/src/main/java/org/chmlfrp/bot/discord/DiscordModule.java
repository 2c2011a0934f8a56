package org.chmlfrp.bot.discord;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import jakarta.inject.Named;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.chmlfrp.bot.core.CoreModule;
import org.chmlfrp.bot.core.chat.ChatAdapter;
import org.chmlfrp.bot.core.chat.ChatSink;
import org.chmlfrp.bot.core.command.AccountDirectory;
import org.chmlfrp.bot.core.command.CommandRegistry;
import org.chmlfrp.bot.core.command.Dispatcher;
import org.chmlfrp.bot.core.i18n.I18n;
import org.chmlfrp.bot.core.oauth.OAuthSettings;
import org.chmlfrp.bot.discord.command.DiscordLocalization;
import org.chmlfrp.bot.discord.command.ModalForms;
import org.chmlfrp.bot.discord.command.SlashCommandFactory;
import org.chmlfrp.bot.discord.interaction.AutocompleteProvider;
import org.chmlfrp.bot.discord.interaction.DeferringResponder;
import org.chmlfrp.bot.discord.interaction.InteractionListener;
import org.chmlfrp.bot.discord.interaction.InvocationFactory;
import org.chmlfrp.bot.discord.render.ButtonIds;
import org.chmlfrp.bot.discord.render.ReplyRenderer;

/**
 * The Discord adapter's Guice assembly, on top of {@link CoreModule}: when {@code discord.enabled},
 * contributes the {@link DiscordAdapter} to {@code Set<ChatAdapter>} and the {@link DiscordSink}
 * to {@code Set<ChatSink>}. The adapter, sink, connection and renderer have {@code @Inject}
 * constructors; the methods here build what takes settings or a thread of its own.
 */
public final class DiscordModule extends AbstractModule {
    private final DiscordSettings settings;

    public DiscordModule(DiscordSettings settings) {
        this.settings = settings;
    }

    @Override
    protected void configure() {
        bind(DiscordSettings.class).toInstance(settings);
        Multibinder<ChatAdapter> adapters = Multibinder.newSetBinder(binder(), ChatAdapter.class);
        Multibinder<ChatSink> sinks = Multibinder.newSetBinder(binder(), ChatSink.class);
        if (settings.enabled()) {
            adapters.addBinding().to(DiscordAdapter.class);
            sinks.addBinding().to(DiscordSink.class);
        }
    }

    @Provides
    @Singleton
    SlashCommandFactory slashCommands(CommandRegistry registry, I18n i18n) {
        return new SlashCommandFactory(registry, new DiscordLocalization(i18n, registry));
    }

    @Provides
    @Singleton
    AutocompleteProvider autocomplete(AccountDirectory accounts, @Named(Dispatcher.EXECUTOR) ExecutorService executor) {
        return new AutocompleteProvider(accounts, executor);
    }

    @Provides
    @Singleton
    DeferringResponder responder(ReplyRenderer renderer, I18n i18n) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "discord-defer-timer");
            t.setDaemon(true);
            return t;
        });
        return new DeferringResponder(renderer, timer, DeferringResponder.DEFAULT_DEFER_AFTER, i18n);
    }

    @Provides
    @Singleton
    InteractionListener listener(
            Dispatcher dispatcher,
            DeferringResponder responder,
            ButtonIds ids,
            ReplyRenderer renderer,
            AutocompleteProvider autocomplete,
            I18n i18n,
            OAuthSettings oauth) {
        return new InteractionListener(
                dispatcher,
                new InvocationFactory(),
                responder,
                ids,
                renderer,
                new ModalForms(i18n, oauth.enabled()),
                autocomplete,
                i18n);
    }
}
