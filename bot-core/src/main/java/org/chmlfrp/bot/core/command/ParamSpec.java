package org.chmlfrp.bot.core.command;

import java.util.Objects;

/**
 * A declared parameter. Positional parameters are filled in declared order; {@code option}
 * parameters only as {@code key=value}. Any parameter may also be given as {@code key=value}.
 * The description's i18n key is {@code param.<name>}.
 *
 * @param secret a token, password or mail code: only accepted in private
 * @param completer suggestions while typing (Discord autocomplete), or null for none
 * @param greedy  the last positional parameter takes the rest of the line, spaces and all
 */
public record ParamSpec(
        String name,
        ParamType type,
        boolean required,
        boolean option,
        boolean secret,
        Completer completer,
        boolean greedy) {
    public ParamSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    public static ParamSpec required(String name, ParamType type) {
        return new ParamSpec(name, type, true, false, false, null, false);
    }

    public static ParamSpec optional(String name, ParamType type) {
        return new ParamSpec(name, type, false, false, false, null, false);
    }

    /** A {@code key=value} option, never positional. */
    public static ParamSpec option(String name, ParamType type) {
        return new ParamSpec(name, type, false, true, false, null, false);
    }

    public ParamSpec asSecret() {
        return new ParamSpec(name, type, required, option, true, completer, greedy);
    }

    public ParamSpec completedBy(Completer c) {
        return new ParamSpec(name, type, required, option, secret, c, greedy);
    }

    public ParamSpec takingRest() {
        return new ParamSpec(name, type, required, option, secret, completer, true);
    }

    public String descriptionKey() {
        return "param." + name;
    }

    /** {@code <name>}, {@code [name]} or {@code [name=]}. */
    public String usageToken() {
        if (option) {
            return "[" + name + "=]";
        }
        return required ? "<" + name + ">" : "[" + name + "]";
    }
}
