package org.chmlfrp.bot.core.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import org.chmlfrp.bot.core.chat.Role;

/**
 * A command, declared once for every platform: its path (one or two words), QQ aliases,
 * typed parameters, where it may run, whether it needs a linked account, who may run it, and
 * its handler. Descriptions come from i18n key {@code cmd.<path words joined by .>}.
 *
 * @param ephemeral       answer privately where the platform can (Discord ephemeral)
 * @param formWhenMissing where the platform has forms (Discord modals), its parameters may be left out and
 *                        are then asked for in a form nobody else sees
 */
public record CommandSpec(
        List<String> path,
        List<String> aliases,
        List<ParamSpec> params,
        Scope scope,
        boolean needsAccount,
        Role permission,
        boolean ephemeral,
        boolean formWhenMissing,
        CommandHandler handler) {
    public CommandSpec {
        path = List.copyOf(path);
        aliases = List.copyOf(aliases);
        params = List.copyOf(params);
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(permission, "permission");
        Objects.requireNonNull(handler, "handler");
        if (path.isEmpty() || path.size() > 2) {
            throw new IllegalArgumentException("a command path has one or two words: " + path);
        }
    }

    public static Builder command(String... path) {
        return new Builder(List.of(path));
    }

    /** {@code tunnel create}. */
    public String pathText() {
        return String.join(" ", path);
    }

    public String descriptionKey() {
        return "cmd." + String.join(".", path);
    }

    /** True if any parameter is a secret (token, password, mail code). */
    public boolean takesSecret() {
        return params.stream().anyMatch(ParamSpec::secret);
    }

    /** {@code tunnel create <name> <node> [remoteport] [ip=]} (no prefix). */
    public String usage() {
        StringJoiner j = new StringJoiner(" ");
        j.add(pathText());
        params.forEach(p -> j.add(p.usageToken()));
        return j.toString();
    }

    public static final class Builder {
        private final List<String> path;
        private final List<String> aliases = new ArrayList<>();
        private final List<ParamSpec> params = new ArrayList<>();
        private Scope scope = Scope.ANY;
        private boolean needsAccount;
        private Role permission = Role.MEMBER;
        private boolean ephemeral;
        private boolean formWhenMissing;

        private Builder(List<String> path) {
            this.path = path;
        }

        public Builder aliases(String... a) {
            aliases.addAll(List.of(a));
            return this;
        }

        public Builder param(ParamSpec p) {
            params.add(p);
            return this;
        }

        public Builder privateOnly() {
            scope = Scope.PRIVATE_ONLY;
            return this;
        }

        public Builder groupOnly() {
            scope = Scope.GROUP_ONLY;
            return this;
        }

        public Builder needsAccount() {
            needsAccount = true;
            return this;
        }

        public Builder permission(Role role) {
            permission = role;
            return this;
        }

        public Builder ephemeral() {
            ephemeral = true;
            return this;
        }

        /** Missing values are asked for in a form where the platform has one (see {@link CommandSpec}). */
        public Builder askInFormWhenMissing() {
            formWhenMissing = true;
            return this;
        }

        public CommandSpec handler(CommandHandler handler) {
            return new CommandSpec(
                    path, aliases, params, scope, needsAccount, permission, ephemeral, formWhenMissing, handler);
        }
    }
}
