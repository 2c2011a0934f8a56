package org.chmlfrp.bot.discord.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.chmlfrp.bot.core.chat.BotLocale;
import org.chmlfrp.bot.core.i18n.I18n;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.discord.render.ButtonIds;
import org.chmlfrp.bot.discord.render.RenderedMessage;
import org.chmlfrp.bot.discord.render.ReplyRenderer;
import org.chmlfrp.bot.testkit.ManualTimer;
import org.junit.jupiter.api.Test;

/** Answer at once, or defer and edit later — never wait on the caller's thread. */
class DeferringResponderTest {
    private static final Duration DEFER_AFTER = DeferringResponder.DEFAULT_DEFER_AFTER;
    private static final Duration JUST_BEFORE = DEFER_AFTER.minusMillis(1);

    /** The test decides when the defer timer fires. */
    private final ManualTimer timer = new ManualTimer();

    private final DeferringResponder responder =
            new DeferringResponder(new ReplyRenderer(new ButtonIds(Clock.systemUTC())), timer, DEFER_AFTER, new I18n());
    private final Recorder out = new Recorder();

    @Test
    void aFinishedCommandIsAnsweredAtOnceOnTheCallersThread() {
        responder.answer(done(Reply.text("ok")), how(false), out);
        assertThat(out.calls).containsExactly("reply public");
    }

    @Test
    void aCommandFinishingBeforeTheDeferTimerIsAnsweredDirectlyAndTheTimerIsCancelled() {
        CompletableFuture<Optional<Reply>> result = new CompletableFuture<>();
        responder.answer(result, how(false), out);
        timer.advance(JUST_BEFORE);
        assertThat(out.calls)
                .as("the caller's thread is not held and nothing is sent yet")
                .isEmpty();

        result.complete(Optional.of(Reply.text("ok")));
        assertThat(out.calls).containsExactly("reply public");
        assertThat(timer.pending()).as("the defer timer is cancelled").isZero();
        timer.advance(DEFER_AFTER);
        assertThat(out.calls).containsExactly("reply public");
    }

    @Test
    void aSlowCommandIsDeferredThenTheDeferredMessageIsEdited() {
        CompletableFuture<Optional<Reply>> result = new CompletableFuture<>();
        responder.answer(result, how(true), out);
        timer.advance(JUST_BEFORE);
        assertThat(out.calls).isEmpty();
        timer.advance(Duration.ofMillis(1));
        assertThat(out.calls).containsExactly("defer ephemeral");
        result.complete(Optional.of(Reply.text("late")));
        assertThat(out.calls).containsExactly("defer ephemeral", "edit");
        assertThat(shown(out.messages.get(0))).contains("late");
    }

    @Test
    void anErrorAfterAPublicDeferReplacesThePlaceholderWithAnEphemeralMessage() {
        CompletableFuture<Optional<Reply>> result = new CompletableFuture<>();
        responder.answer(result, how(false), out);
        timer.advance(DEFER_AFTER);
        result.complete(Optional.of(Reply.error("无效的Token")));
        assertThat(out.calls).containsExactly("defer public", "replace");
        assertThat(out.messages.get(0).ephemeral()).isTrue();
    }

    @Test
    void aPrivateReplyAfterAnEphemeralDeferIsAnEdit() {
        CompletableFuture<Optional<Reply>> result = new CompletableFuture<>();
        responder.answer(result, how(true), out);
        timer.advance(DEFER_AFTER);
        result.complete(Optional.of(Reply.error("no")));
        assertThat(out.calls).containsExactly("defer ephemeral", "edit");
    }

    @Test
    void errorsAndPrivateRepliesAnsweredAtOnceAreEphemeral() {
        responder.answer(done(Reply.error("bad")), how(false), out);
        responder.answer(done(Reply.builder().text("mine").privateToUser().build()), how(false), out);
        responder.answer(done(Reply.text("spec says so")), how(true), out);
        assertThat(out.calls).containsExactly("reply ephemeral", "reply ephemeral", "reply ephemeral");
    }

    @Test
    void nothingToSayIsAQuietAcknowledgement() {
        responder.answer(CompletableFuture.completedFuture(Optional.empty()), how(false), out);
        assertThat(out.calls).containsExactly("quiet");
    }

    @Test
    void aFailedFutureBecomesAnEphemeralError() {
        responder.answer(CompletableFuture.failedFuture(new IllegalStateException("boom")), how(false), out);
        assertThat(out.calls).containsExactly("reply ephemeral");
        assertThat(out.messages.get(0).embeds().get(0).getDescription()).doesNotContain("boom");
    }

    private static CompletableFuture<Optional<Reply>> done(Reply r) {
        return CompletableFuture.completedFuture(Optional.of(r));
    }

    /** What the user reads: the text and the embeds' descriptions. */
    private static String shown(RenderedMessage m) {
        StringBuilder b = new StringBuilder(m.content());
        m.embeds().forEach(e -> b.append('\n').append(e.getDescription()));
        return b.toString();
    }

    private static DeferringResponder.Answering how(boolean ephemeral) {
        return new DeferringResponder.Answering("42", ephemeral, BotLocale.EN);
    }

    static final class Recorder implements InteractionReplies {
        final List<String> calls = Collections.synchronizedList(new ArrayList<>());
        final List<RenderedMessage> messages = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void reply(RenderedMessage message) {
            messages.add(message);
            calls.add("reply " + (message.ephemeral() ? "ephemeral" : "public"));
        }

        @Override
        public void defer(boolean ephemeral) {
            calls.add("defer " + (ephemeral ? "ephemeral" : "public"));
        }

        @Override
        public void editDeferred(RenderedMessage message) {
            messages.add(message);
            calls.add("edit");
        }

        @Override
        public void replaceDeferred(RenderedMessage message) {
            messages.add(message);
            calls.add("replace");
        }

        @Override
        public void acknowledgeQuietly() {
            calls.add("quiet");
        }
    }
}
