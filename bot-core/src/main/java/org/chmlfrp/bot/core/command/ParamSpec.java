package org.chmlfrp.bot.core.command;

import java.util.Objects;

/**
 * A declared parameter. Positional parameters are filled in declared order; {@code option}
 * parameters only as {@code key=value}. Any parameter may also be given as {@code key=value}.
 * The description's i18n key is {@code param.<name>}.
 *
 * @param secret a token, password or mail code: only accepted in private
 * @param greedy  the last positional parameter takes the rest of the line, spaces and all
 */
public record ParamSpec(String name, ParamType type, boolean required, boolean option, boolean secret,
                        Completion completion, boolean greedy) {
    public ParamSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        completion = completion == null ? Completion.NONE : completion;
    }

    public static ParamSpec required(String name, ParamType type) {
        return new ParamSpec(name, type, true, false, false, Completion.NONE, false);
    }

    public static ParamSpec optional(String name, ParamType type) {
        return new ParamSpec(name, type, false, false, false, Completion.NONE, false);
    }

    /** A {@code key=value} option, never positional. */
    public static ParamSpec option(String name, ParamType type) {
        return new ParamSpec(name, type, false, true, false, Completion.NONE, false);
    }

    public ParamSpec asSecret() {
        return new ParamSpec(name, type, required, option, true, completion, greedy);
    }

    public ParamSpec completes(Completion c) {
        return new ParamSpec(name, type, required, option, secret, c, greedy);
    }

    public ParamSpec takingRest() {
        return new ParamSpec(name, type, required, option, secret, completion, true);
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
