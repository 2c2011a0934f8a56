package org.chmlfrp.bot.core.reply;

import java.util.Objects;

/**
 * Something the user can do next: a button on Discord, a hint ("send /confirm") elsewhere.
 * {@code command} is the text command it stands for, run as the same user in the same place;
 * for a {@link Kind#LINK} it is the address to open (a link button on Discord, the address as text elsewhere).
 */
public record Action(Kind kind, String label, String command) {
    public enum Kind {
        CONFIRM,
        CANCEL,
        PAGE,
        LINK
    }

    public Action {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(command, "command");
    }

    /** A web address to open. */
    public static Action link(String label, String url) {
        return new Action(Kind.LINK, label, url);
    }

    /** {@code label: url} for a link, where the platform has no link buttons; null for the other kinds. */
    public String linkText() {
        return kind == Kind.LINK ? label + ": " + command : null;
    }
}
