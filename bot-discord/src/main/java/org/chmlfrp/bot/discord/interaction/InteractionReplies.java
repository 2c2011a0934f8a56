package org.chmlfrp.bot.discord.interaction;

import org.chmlfrp.bot.discord.render.RenderedMessage;

/** The ways one interaction can be answered. Every method returns at once; the sending is queued. */
public interface InteractionReplies {
    /** Answers at once (interaction callback type 4). */
    void reply(RenderedMessage message);

    /** "Thinking…" (callback type 5), to be answered later through the interaction's webhook. */
    void defer(boolean ephemeral);

    /** Replaces the deferred "thinking…" with the answer. */
    void editDeferred(RenderedMessage message);

    /**
     * The deferred answer was public but the answer must be ephemeral (an error): remove the
     * public one and send the answer as an ephemeral follow-up.
     */
    void replaceDeferred(RenderedMessage message);

    /** Acknowledges without an answer (a button whose command said nothing). */
    void acknowledgeQuietly();
}
