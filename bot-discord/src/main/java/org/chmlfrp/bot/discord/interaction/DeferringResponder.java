package org.chmlfrp.bot.discord.interaction;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.chmlfrp.bot.core.chat.BotLocale;
import org.chmlfrp.bot.core.i18n.I18n;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.discord.render.RenderedMessage;
import org.chmlfrp.bot.discord.render.ReplyRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers every interaction within Discord's 3 seconds without ever waiting on the calling
 * (gateway) thread: a command that is done already, or within {@link #DEFAULT_DEFER_AFTER},
 * is answered at once; otherwise a timer defers it ("thinking…", ephemeral when the command
 * is) and the answer replaces it when it comes. An answer that must be ephemeral (an error)
 * after a public defer replaces the public placeholder with an ephemeral follow-up.
 */
public final class DeferringResponder {
    public static final Duration DEFAULT_DEFER_AFTER = Duration.ofMillis(1500);
    private static final Logger log = LoggerFactory.getLogger(DeferringResponder.class);

    /**
     * How to answer.
     *
     * @param ownerId   the invoking user: the only one who may press the answer's buttons
     * @param ephemeral the command answers ephemerally (errors and private replies are anyway)
     * @param locale    the user's language, for a failure that has no reply of its own
     */
    public record Answering(String ownerId, boolean ephemeral, BotLocale locale) {}

    private final ReplyRenderer renderer;
    private final ScheduledExecutorService timer;
    private final Duration deferAfter;
    private final I18n i18n;

    public DeferringResponder(ReplyRenderer renderer, ScheduledExecutorService timer, Duration deferAfter, I18n i18n) {
        this.renderer = renderer;
        this.timer = timer;
        this.deferAfter = deferAfter;
        this.i18n = i18n;
    }

    public void answer(CompletableFuture<Optional<Reply>> result, Answering how, InteractionReplies out) {
        if (result.isDone()) {
            answerNow(result, how, out);
            return;
        }
        AtomicBoolean decided = new AtomicBoolean();
        ScheduledFuture<?> deferral = timer.schedule(
                () -> {
                    if (decided.compareAndSet(false, true)) {
                        out.defer(how.ephemeral());
                    }
                },
                deferAfter.toMillis(),
                TimeUnit.MILLISECONDS);
        result.whenComplete((reply, failure) -> {
            if (decided.compareAndSet(false, true)) {
                deferral.cancel(false);
                answerNow(result, how, out);
            } else {
                answerDeferred(outcome(reply, failure, how), how, out);
            }
        });
    }

    private void answerNow(CompletableFuture<Optional<Reply>> result, Answering how, InteractionReplies out) {
        Optional<Reply> reply;
        Throwable failure = null;
        try {
            reply = result.getNow(Optional.empty());
        } catch (RuntimeException e) {
            reply = Optional.empty();
            failure = e;
        }
        Optional<Reply> r = outcome(reply, failure, how);
        if (r.isEmpty()) {
            out.acknowledgeQuietly();
            return;
        }
        out.reply(renderer.render(r.get(), how.ownerId(), how.ephemeral()));
    }

    private void answerDeferred(Optional<Reply> reply, Answering how, InteractionReplies out) {
        if (reply.isEmpty()) {
            // nothing to say (a rate-limited button): the placeholder says "…" and stays
            out.editDeferred(renderer.render(Reply.text("…"), how.ownerId(), how.ephemeral()));
            return;
        }
        RenderedMessage message = renderer.render(reply.get(), how.ownerId(), how.ephemeral());
        if (message.ephemeral() && !how.ephemeral()) {
            out.replaceDeferred(message);
        } else {
            out.editDeferred(message);
        }
    }

    private Optional<Reply> outcome(Optional<Reply> reply, Throwable failure, Answering how) {
        if (failure == null) {
            return reply == null ? Optional.empty() : reply;
        }
        log.error("command failed outside the dispatcher", failure);
        return Optional.of(Reply.error(i18n.get(how.locale(), "error.internal")));
    }
}
