package org.chmlfrp.bot.core.broadcast;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import org.chmlfrp.bot.core.chat.ChatAdapter;

/**
 * The broadcasts (node state, news, daily summary, sign-in reminders): started and stopped with
 * the chat adapters as the {@link ChatAdapter} named {@code broadcast}.
 */
public final class BroadcastModule extends AbstractModule {
    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), ChatAdapter.class).addBinding().to(BroadcastTicker.class);
    }
}
