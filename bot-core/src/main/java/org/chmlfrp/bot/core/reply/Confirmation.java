package org.chmlfrp.bot.core.reply;

import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * "Confirm this, then do that", carried by a {@link Reply}: the dispatcher keeps {@code action} for the
 * {@code confirm} command and answers with {@code description} and the confirm/cancel actions.
 */
public record Confirmation(String description, Supplier<CompletionStage<Reply>> action) {
    public Confirmation {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(action, "action");
    }
}
