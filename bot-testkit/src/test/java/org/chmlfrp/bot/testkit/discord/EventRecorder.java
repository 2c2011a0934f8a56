package org.chmlfrp.bot.testkit.discord;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.guild.GuildJoinEvent;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.SessionResumeEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;

/**
 * A JDA listener that queues every event by class and lets a test decide how the "bot" answers
 * slash commands, buttons, autocomplete and modals.
 */
final class EventRecorder extends ListenerAdapter {

    private final Map<Class<?>, BlockingQueue<GenericEvent>> events = new ConcurrentHashMap<>();
    volatile Consumer<SlashCommandInteractionEvent> onSlash = e -> e.reply("ok").queue();
    volatile Consumer<ButtonInteractionEvent> onButton = e -> e.deferEdit().queue();
    volatile Consumer<CommandAutoCompleteInteractionEvent> onAutoComplete =
            e -> e.replyChoices().queue();
    volatile Consumer<ModalInteractionEvent> onModal = e -> e.reply("thanks").queue();

    @Override
    public void onGenericEvent(GenericEvent event) {
        events.computeIfAbsent(event.getClass(), k -> new LinkedBlockingQueue<>())
                .add(event);
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        onSlash.accept(event);
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        onButton.accept(event);
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        onAutoComplete.accept(event);
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        onModal.accept(event);
    }

    /** The next event of that class, waiting for it. */
    <E extends GenericEvent> E await(Class<E> type, Duration timeout) {
        try {
            GenericEvent event = queue(type).poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (event == null) {
                throw new AssertionError("no " + type.getSimpleName() + " within " + timeout);
            }
            return type.cast(event);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    void clear(Class<? extends GenericEvent> type) {
        queue(type).clear();
    }

    private BlockingQueue<GenericEvent> queue(Class<?> type) {
        return events.computeIfAbsent(type, k -> new LinkedBlockingQueue<>());
    }

    static final Class<?>[] LIFECYCLE = {
        ReadyEvent.class, GuildReadyEvent.class, GuildJoinEvent.class, SessionResumeEvent.class
    };
}
