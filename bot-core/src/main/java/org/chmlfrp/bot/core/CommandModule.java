package org.chmlfrp.bot.core;

import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.Provides;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.name.Names;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.chmlfrp.bot.core.command.BotAdmins;
import org.chmlfrp.bot.core.command.CommandLineReader;
import org.chmlfrp.bot.core.command.CommandRegistry;
import org.chmlfrp.bot.core.command.CommandSet;
import org.chmlfrp.bot.core.command.ConfirmationCommands;
import org.chmlfrp.bot.core.command.Dispatcher;
import org.chmlfrp.bot.core.command.RateLimit;
import org.chmlfrp.bot.core.support.DaemonThreads;

/**
 * The command framework, whatever the features: the {@link Dispatcher} and what it reads from
 * {@link BotSettings} (admins, rate limit, command prefixes), the confirmation commands, and the
 * executor commands run on. Needs {@code BotSettings}, {@code Clock}, {@code MeterRegistry} and an
 * {@code AccountDirectory} bound; the features add to {@code Set<CommandSet>}.
 */
public final class CommandModule extends AbstractModule {
    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), CommandSet.class).addBinding().to(ConfirmationCommands.class);
        bind(Key.get(Executor.class, Names.named(Dispatcher.EXECUTOR)))
                .to(Key.get(ExecutorService.class, Names.named(Dispatcher.EXECUTOR)));
    }

    @Provides
    BotAdmins admins(BotSettings settings) {
        return settings.admins();
    }

    @Provides
    RateLimit rateLimit(BotSettings settings) {
        return settings.rateLimit();
    }

    @Provides
    @Singleton
    CommandLineReader lineReader(BotSettings settings, CommandRegistry registry) {
        return new CommandLineReader(settings.commandPrefixes(), registry);
    }

    @Provides
    @Singleton
    @Named(Dispatcher.EXECUTOR)
    ExecutorService commandExecutor() {
        int threads = Math.max(4, Runtime.getRuntime().availableProcessors() * 2);
        return Executors.newFixedThreadPool(threads, DaemonThreads.named("command-"));
    }
}
