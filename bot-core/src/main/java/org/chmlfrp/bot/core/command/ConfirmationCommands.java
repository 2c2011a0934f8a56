package org.chmlfrp.bot.core.command;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.chmlfrp.bot.core.reply.Confirmation;
import org.chmlfrp.bot.core.reply.Reply;

/** {@code confirm} and {@code cancel}: resolve the user's pending action in this chat. */
@Singleton
public final class ConfirmationCommands implements CommandSet {
    private final Confirmations confirmations;

    @Inject
    public ConfirmationCommands(Confirmations confirmations) {
        this.confirmations = confirmations;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(
                CommandSpec.command("confirm").aliases("确认").handler(this::confirm),
                CommandSpec.command("cancel").aliases("取消").handler(this::cancel));
    }

    private CompletionStage<Reply> confirm(CommandContext ctx) {
        Optional<Confirmation> p = confirmations.take(ctx.user().identity(), ctx.place());
        if (p.isEmpty()) {
            return CompletableFuture.completedFuture(Reply.error(ctx.t("confirm.nothing")));
        }
        return p.get().action().get();
    }

    private CompletionStage<Reply> cancel(CommandContext ctx) {
        boolean had = confirmations.take(ctx.user().identity(), ctx.place()).isPresent();
        return CompletableFuture.completedFuture(
                had ? Reply.text(ctx.t("cancel.done")) : Reply.error(ctx.t("confirm.nothing")));
    }
}
