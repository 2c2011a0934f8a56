package org.chmlfrp.bot.core.command;

import java.util.Optional;
import org.chmlfrp.bot.core.chat.BotLocale;
import org.chmlfrp.bot.core.chat.ChatPlace;
import org.chmlfrp.bot.core.chat.ChatUser;
import org.chmlfrp.bot.core.i18n.I18n;

/** What a handler gets: the invocation, the command, its typed arguments, the linked account if any, and i18n. */
public final class CommandContext {
    private final Invocation invocation;
    private final CommandSpec spec;
    private final Args args;
    private final LinkedAccount account;
    private final I18n i18n;
    private final String prefix;

    public CommandContext(
            Invocation invocation, CommandSpec spec, Args args, LinkedAccount account, I18n i18n, String prefix) {
        this.invocation = invocation;
        this.spec = spec;
        this.args = args;
        this.account = account;
        this.i18n = i18n;
        this.prefix = prefix;
    }

    public Invocation invocation() {
        return invocation;
    }

    public CommandSpec spec() {
        return spec;
    }

    public Args args() {
        return args;
    }

    public ChatUser user() {
        return invocation.user();
    }

    public ChatPlace place() {
        return invocation.place();
    }

    public BotLocale locale() {
        return invocation.locale();
    }

    public boolean inGroup() {
        return invocation.inGroup();
    }

    public Optional<LinkedAccount> account() {
        return Optional.ofNullable(account);
    }

    /** The linked account's token. Only for commands declared {@code needsAccount}. */
    public String token() {
        if (account == null) {
            throw new IllegalStateException(spec.pathText() + " runs without a linked account");
        }
        return account.token();
    }

    /** A localized string in the user's language. */
    public String t(String key, Object... args) {
        return i18n.get(invocation.locale(), key, args);
    }

    public I18n i18n() {
        return i18n;
    }

    /** The command prefix to show in hints ({@code /}). */
    public String prefix() {
        return prefix;
    }
}
