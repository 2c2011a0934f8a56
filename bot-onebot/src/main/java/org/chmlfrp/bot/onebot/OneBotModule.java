package org.chmlfrp.bot.onebot;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import org.chmlfrp.bot.core.BotSettings;
import org.chmlfrp.bot.core.chat.ChatAdapter;
import org.chmlfrp.bot.core.chat.ChatSink;
import org.chmlfrp.bot.core.command.Dispatcher;
import org.chmlfrp.bot.core.i18n.I18n;
import org.chmlfrp.bot.onebot.render.SegmentRenderer;
import org.chmlfrp.bot.onebot.transport.OneBotSessions;

/**
 * Adds QQ (OneBot v11): the adapter to {@code Set<ChatAdapter>} and the sink to
 * {@code Set<ChatSink>}. Takes the {@link Dispatcher}, {@link I18n} and {@link BotSettings}
 * from the core's module; the adapter, sink, sessions and timers have {@code @Inject} constructors.
 */
public final class OneBotModule extends AbstractModule {
    private final OneBotSettings settings;
    private final OneBotOptions options;

    public OneBotModule(OneBotSettings settings) {
        this(settings, OneBotOptions.defaults());
    }

    public OneBotModule(OneBotSettings settings, OneBotOptions options) {
        this.settings = settings;
        this.options = options;
    }

    @Override
    protected void configure() {
        bind(OneBotSettings.class).toInstance(settings);
        bind(OneBotOptions.class).toInstance(options);
        Multibinder.newSetBinder(binder(), ChatAdapter.class).addBinding().to(OneBotAdapter.class);
        Multibinder.newSetBinder(binder(), ChatSink.class).addBinding().to(OneBotSink.class);
    }

    @Provides
    @Singleton
    SegmentRenderer renderer(I18n i18n, BotSettings bot) {
        return new SegmentRenderer(i18n, bot.locale(), hintPrefix(bot), options.maxMessageChars());
    }

    @Provides
    @Singleton
    MessageHandler messageHandler(
            Dispatcher dispatcher, OneBotSessions sessions, SegmentRenderer renderer, BotSettings bot, I18n i18n) {
        return new MessageHandler(dispatcher, sessions, renderer, bot.locale(), i18n);
    }

    /** The prefix shown in hints: the first QQ prefix, else the bot's, else {@code /}. */
    private String hintPrefix(BotSettings bot) {
        if (!settings.commandPrefixes().isEmpty()) {
            return settings.commandPrefixes().get(0);
        }
        return bot.commandPrefixes().isEmpty() ? "/" : bot.commandPrefixes().get(0);
    }
}
