package org.chmlfrp.bot.discord.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.modals.Modal;
import org.chmlfrp.bot.core.chat.BotLocale;
import org.chmlfrp.bot.core.command.CommandRegistry;
import org.chmlfrp.bot.core.command.CommandSpec;
import org.chmlfrp.bot.core.command.ParamSpec;
import org.chmlfrp.bot.core.i18n.I18n;
import org.chmlfrp.bot.discord.render.Limits;

/**
 * Commands declared {@link CommandSpec#formWhenMissing()} ({@code bind}, {@code login}) on Discord: their
 * options may be left out, and then a modal asks for them (nobody sees what is typed there) — unless QZhua
 * device-code login is on and nothing at all was given: then the command runs as it is and answers with the
 * login link. The modal's id names the command; its text inputs are named after the parameters, so a submit
 * goes to the dispatcher as it is.
 */
public final class ModalForms {
    private static final String PREFIX = "modal:";

    private final I18n i18n;
    private final boolean deviceLogin;

    /** @param deviceLogin QZhua device-code login is on: {@code bind}/{@code login} with nothing given open no modal */
    public ModalForms(I18n i18n, boolean deviceLogin) {
        this.i18n = i18n;
        this.deviceLogin = deviceLogin;
    }

    public ModalForms(I18n i18n) {
        this(i18n, false);
    }

    /** The modal to open instead of running the command: when it is a modal command and a value is missing. */
    public Optional<Modal> modalFor(CommandSpec spec, Map<String, String> given, BotLocale locale) {
        if (!spec.formWhenMissing()) {
            return Optional.empty();
        }
        boolean missing = spec.params().stream().anyMatch(p -> blank(given.get(p.name())));
        boolean nothing = spec.params().stream().allMatch(p -> blank(given.get(p.name())));
        if (!missing || (deviceLogin && nothing)) {
            return Optional.empty();
        }
        List<Label> inputs = new ArrayList<>();
        for (ParamSpec p : spec.params()) {
            TextInput.Builder input =
                    TextInput.create(p.name(), TextInputStyle.SHORT).setRequired(true);
            String value = given.get(p.name());
            if (!p.secret() && !blank(value)) {
                input.setValue(Limits.cut(value, TextInput.MAX_VALUE_LENGTH));
            }
            String label = Limits.cut(i18n.get(locale, p.descriptionKey()), Label.LABEL_MAX_LENGTH);
            inputs.add(Label.of(label, input.build()));
        }
        String title = Limits.cut(i18n.get(locale, spec.descriptionKey()), Modal.MAX_TITLE_LENGTH);
        return Optional.of(Modal.create(PREFIX + spec.pathText(), title)
                .addComponents(inputs)
                .build());
    }

    /** The command a submitted modal stands for, or empty when the id is not one of ours. */
    public static Optional<CommandSpec> commandOf(String modalId, CommandRegistry registry) {
        if (modalId == null || !modalId.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return registry.byPath(modalId.substring(PREFIX.length())).filter(CommandSpec::formWhenMissing);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
