package org.chmlfrp.bot.core.chat;

import java.util.concurrent.CompletableFuture;
import org.chmlfrp.bot.core.reply.Reply;

/** Sends a reply to a place unprompted (broadcasts). Each adapter registers one for its platform. */
public interface ChatSink {
    Platform platform();

    /** Completes when the platform accepted the message; fails when the place cannot be reached. */
    CompletableFuture<Void> send(ChatPlace place, Reply reply);
}
