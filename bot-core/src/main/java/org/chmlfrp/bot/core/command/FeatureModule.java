package org.chmlfrp.bot.core.command;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;

/**
 * A feature's Guice module, the way a plugin registers itself: its {@code configure()} calls
 * {@link #commands} with the feature's command sets (added to the {@code Set<CommandSet>} the
 * {@link CommandRegistry} reads) and binds whatever else only this feature needs.
 */
public abstract class FeatureModule extends AbstractModule {

    /** Registers these command sets; each is built by its {@code @Inject} constructor. */
    @SafeVarargs
    protected final void commands(Class<? extends CommandSet>... sets) {
        Multibinder<CommandSet> commands = Multibinder.newSetBinder(binder(), CommandSet.class);
        for (Class<? extends CommandSet> set : sets) {
            commands.addBinding().to(set);
        }
    }
}
