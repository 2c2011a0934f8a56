package org.chmlfrp.bot.core.command;

import java.util.concurrent.CompletionStage;
import org.chmlfrp.bot.core.reply.Reply;

/** Runs a command whose checks have passed. May throw or fail the stage; the dispatcher turns failures into replies. */
@FunctionalInterface
public interface CommandHandler {
    CompletionStage<Reply> handle(CommandContext ctx);
}
