package org.chmlfrp.bot.discord.interaction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;
import org.chmlfrp.bot.core.command.CommandSpec;
import org.chmlfrp.bot.core.command.Dispatcher;
import org.chmlfrp.bot.core.command.Invocation;
import org.chmlfrp.bot.core.command.ParamSpec;
import org.chmlfrp.bot.core.i18n.I18n;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.discord.command.ModalForms;
import org.chmlfrp.bot.discord.render.ButtonIds;
import org.chmlfrp.bot.discord.render.ReplyRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every interaction, in from JDA's event thread and out again without blocking it: slash
 * commands and modal submits go to the dispatcher as structured calls, buttons run their
 * command as text for the user who owns them, autocomplete asks the
 * {@link AutocompleteProvider}. Answers go through the {@link DeferringResponder}.
 */
public final class InteractionListener extends ListenerAdapter {
    private static final Logger log = LoggerFactory.getLogger(InteractionListener.class);

    private final Dispatcher dispatcher;
    private final InvocationFactory invocations;
    private final DeferringResponder responder;
    private final ButtonIds buttonIds;
    private final ReplyRenderer renderer;
    private final ModalForms modals;
    private final AutocompleteProvider autocomplete;
    private final I18n i18n;

    public InteractionListener(
            Dispatcher dispatcher,
            InvocationFactory invocations,
            DeferringResponder responder,
            ButtonIds buttonIds,
            ReplyRenderer renderer,
            ModalForms modals,
            AutocompleteProvider autocomplete,
            I18n i18n) {
        this.dispatcher = dispatcher;
        this.invocations = invocations;
        this.responder = responder;
        this.buttonIds = buttonIds;
        this.renderer = renderer;
        this.modals = modals;
        this.autocomplete = autocomplete;
        this.i18n = i18n;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        String path = event.getFullCommandName();
        Invocation inv = invocations.of(event);
        Map<String, String> values = new LinkedHashMap<>();
        for (OptionMapping o : event.getOptions()) {
            values.put(o.getName(), o.getAsString());
        }
        Optional<CommandSpec> spec = dispatcher.registry().byPath(path);
        if (spec.isPresent()) {
            Optional<Modal> modal = modals.modalFor(spec.get(), values, inv.locale());
            if (modal.isPresent()) {
                event.replyModal(modal.get())
                        .queue(null, t -> log.warn("could not open the {} modal: {}", path, t.toString()));
                return;
            }
        }
        boolean ephemeral = spec.map(CommandSpec::ephemeral).orElse(false);
        run(dispatcher.onStructured(inv, path, values), inv, ephemeral, new JdaInteractionReplies(event));
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        Optional<CommandSpec> spec = ModalForms.commandOf(event.getModalId(), dispatcher.registry());
        Invocation inv = invocations.of(event);
        if (spec.isEmpty()) {
            expired(inv, new JdaInteractionReplies(event));
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (ModalMapping m : event.getValues()) {
            values.put(m.getCustomId(), m.getAsString());
        }
        run(dispatcher.onStructured(inv, spec.get().pathText(), values), inv, true, new JdaInteractionReplies(event));
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        Invocation inv = invocations.of(event);
        Optional<ButtonIds.Pressed> pressed = buttonIds.decode(event.getComponentId());
        JdaInteractionReplies out = new JdaInteractionReplies(event);
        if (pressed.isEmpty()
                || (pressed.get().ownedBy(inv.user().id())
                        && pressed.get().command().isEmpty())) {
            expired(inv, out); // not one of ours (an older version's), or remembered too long ago
            return;
        }
        if (!pressed.get().ownedBy(inv.user().id())) {
            out.reply(renderer.render(Reply.error(i18n.get(inv.locale(), DiscordTexts.NOT_YOURS)), null, true));
            return;
        }
        boolean ephemeral = event.getMessage() != null && event.getMessage().isEphemeral();
        CompletableFuture<Optional<Reply>> result =
                dispatcher.onText(inv, pressed.get().command().get(), true);
        responder.answer(result, new DeferringResponder.Answering(inv.user().id(), ephemeral, inv.locale()), out);
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        Optional<CommandSpec> spec = dispatcher.registry().byPath(event.getFullCommandName());
        String focused = event.getFocusedOption().getName();
        Optional<ParamSpec> param = spec.flatMap(
                s -> s.params().stream().filter(p -> p.name().equals(focused)).findFirst());
        if (param.isEmpty()) {
            event.replyChoices(List.<Command.Choice>of()).queue(null, t -> {});
            return;
        }
        Map<String, String> others = new LinkedHashMap<>();
        for (OptionMapping o : event.getOptions()) {
            if (!o.getName().equals(focused)) {
                others.put(o.getName(), o.getAsString());
            }
        }
        Invocation inv = invocations.of(event);
        autocomplete
                .suggest(
                        param.get(),
                        event.getFocusedOption().getValue(),
                        others,
                        inv.user().identity())
                .thenAccept(choices -> event.replyChoices(choices)
                        .queue(null, t -> log.debug("autocomplete answer failed: {}", t.toString())));
    }

    /** Every interaction gets an answer, even one this bot no longer knows. */
    private void expired(Invocation inv, InteractionReplies out) {
        out.reply(renderer.render(Reply.error(i18n.get(inv.locale(), DiscordTexts.EXPIRED)), null, true));
    }

    private void run(CompletableFuture<Reply> reply, Invocation inv, boolean ephemeral, InteractionReplies out) {
        responder.answer(
                reply.thenApply(Optional::of),
                new DeferringResponder.Answering(inv.user().id(), ephemeral, inv.locale()),
                out);
    }
}
