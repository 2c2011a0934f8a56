package org.chmlfrp.bot.discord.interaction;

import net.dv8tion.jda.api.interactions.callbacks.IMessageEditCallback;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.chmlfrp.bot.discord.render.RenderedMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link InteractionReplies} over a JDA interaction event; failures are logged, never thrown. */
public final class JdaInteractionReplies implements InteractionReplies {
    private static final Logger log = LoggerFactory.getLogger(JdaInteractionReplies.class);

    private final IReplyCallback callback;

    public JdaInteractionReplies(IReplyCallback callback) {
        this.callback = callback;
    }

    @Override
    public void reply(RenderedMessage message) {
        callback.reply(message.toCreateData()).setEphemeral(message.ephemeral()).queue(null, this::failed);
    }

    @Override
    public void defer(boolean ephemeral) {
        callback.deferReply(ephemeral).queue(null, this::failed);
    }

    @Override
    public void editDeferred(RenderedMessage message) {
        callback.getHook().editOriginal(message.toEditData()).queue(null, this::failed);
    }

    @Override
    public void replaceDeferred(RenderedMessage message) {
        callback.getHook()
                .sendMessage(message.toCreateData())
                .setEphemeral(true)
                .queue(null, this::failed);
        callback.getHook().deleteOriginal().queue(null, this::failed);
    }

    @Override
    public void acknowledgeQuietly() {
        if (callback instanceof IMessageEditCallback edit) {
            edit.deferEdit().queue(null, this::failed);
        } else {
            callback.deferReply(true)
                    .queue(ok -> callback.getHook().deleteOriginal().queue(null, this::failed), this::failed);
        }
    }

    private void failed(Throwable t) {
        log.warn("could not answer interaction {}: {}", callback.getId(), t.toString());
    }
}
