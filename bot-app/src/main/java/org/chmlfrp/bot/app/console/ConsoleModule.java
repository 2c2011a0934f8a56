package org.chmlfrp.bot.app.console;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.chmlfrp.bot.core.BotSettings;
import org.chmlfrp.bot.core.chat.ChatAdapter;
import org.chmlfrp.bot.core.chat.ChatSink;
import org.chmlfrp.bot.core.command.Dispatcher;
import org.chmlfrp.bot.core.i18n.I18n;

/** Adds the console adapter: stdin in, stdout out. */
public final class ConsoleModule extends AbstractModule {
    private final InputStream in;
    private final PrintStream out;

    public ConsoleModule(InputStream in, PrintStream out) {
        this.in = in;
        this.out = out;
    }

    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), ChatAdapter.class).addBinding().to(ConsoleAdapter.class);
        Multibinder.newSetBinder(binder(), ChatSink.class).addBinding().to(ConsoleAdapter.class);
    }

    @Provides
    @Singleton
    ConsoleAdapter console(Dispatcher dispatcher, BotSettings settings, I18n i18n) {
        return new ConsoleAdapter(
                dispatcher,
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
                out,
                settings.locale(),
                i18n,
                Path.of(System.getProperty("java.io.tmpdir"), "chmlfrp-bot"));
    }
}
