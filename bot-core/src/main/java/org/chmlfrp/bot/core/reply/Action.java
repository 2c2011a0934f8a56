package org.chmlfrp.bot.core.reply;

import java.util.Objects;

/**
 * Something the user can do next: a button on Discord, a hint ("send /confirm") elsewhere.
 * {@code command} is the text command it stands for, run as the same user in the same place.
 */
public record Action(Kind kind, String label, String command) {
    public enum Kind { CONFIRM, CANCEL, PAGE }

    public Action {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(command, "command");
    }
}
