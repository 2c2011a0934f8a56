package org.chmlfrp.bot.onebot.send;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.chmlfrp.bot.core.command.RateLimit;
import org.chmlfrp.bot.onebot.protocol.ActionResult;
import org.chmlfrp.bot.onebot.protocol.ActionTimeoutException;
import org.chmlfrp.bot.onebot.protocol.MessageTarget;
import org.chmlfrp.bot.onebot.protocol.Segment;
import org.chmlfrp.bot.onebot.render.OutgoingMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Ordering, pacing, retry once, image fallback, nothing dropped — with a fake send function. */
class SendQueueTest {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final MessageTarget group = MessageTarget.group(5000);

    /** A fake implementation: records each send; answers with what {@code answer} says, asynchronously. */
    private final class FakeSender implements SendQueue.Sender {
        final List<String> texts = new CopyOnWriteArrayList<>();
        final List<List<Segment>> messages = new CopyOnWriteArrayList<>();
        final List<Long> times = new CopyOnWriteArrayList<>();
        final AtomicInteger inFlight = new AtomicInteger();
        volatile int maxInFlight;
        volatile Function<List<Segment>, ActionResult> answer = m -> ActionResult.ok(null);

        @Override
        public CompletableFuture<ActionResult> send(MessageTarget target, List<Segment> message) {
            times.add(System.nanoTime());
            messages.add(message);
            StringBuilder b = new StringBuilder();
            message.stream().filter(Segment::isText).forEach(s -> b.append(s.get("text")));
            texts.add(b.toString());
            maxInFlight = Math.max(maxInFlight, inFlight.incrementAndGet());
            CompletableFuture<ActionResult> f = new CompletableFuture<>();
            timer.schedule(
                    () -> {
                        inFlight.decrementAndGet();
                        f.complete(answer.apply(message));
                    },
                    2,
                    TimeUnit.MILLISECONDS);
            return f;
        }
    }

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    private static OutgoingMessage msg(String text) {
        return OutgoingMessage.text(text);
    }

    private static OutgoingMessage withImage(String text, String alt) {
        List<Segment> s = List.of(Segment.text(text), Segment.imageBase64("AAAA"));
        return new OutgoingMessage(s, List.of(Segment.text(text + "\n[" + alt + "]")));
    }

    @Test
    void sendsInOrderOneAtATimeAndDropsNothingUnlimited() throws Exception {
        FakeSender sender = new FakeSender();
        SendQueue q = new SendQueue(sender, RateLimit.UNLIMITED, timer);
        List<CompletableFuture<ActionResult>> all = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            all.add(q.submit(group, msg("m" + i)));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            expected.add("m" + i);
        }
        assertThat(sender.texts).containsExactlyElementsOf(expected);
        assertThat(sender.maxInFlight).isEqualTo(1);
        assertThat(q.pending()).isZero();
    }

    @Test
    void paceIsKeptUnderABurstAndNothingIsDropped() throws Exception {
        FakeSender sender = new FakeSender();
        SendQueue q = new SendQueue(sender, new RateLimit(5, Duration.ofMillis(200)), timer);
        long start = System.nanoTime();
        List<CompletableFuture<ActionResult>> all = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            all.add(q.submit(group, msg("m" + i)));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
        assertThat(sender.texts).hasSize(15);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
        // a burst of 5, then one every 200 ms / 5 = 40 ms: message i (i >= 5) waits (i - 4) refills
        for (int i = 5; i < sender.times.size(); i++) {
            Duration waited = Duration.ofNanos(sender.times.get(i) - start);
            assertThat(waited).as("message %d", i).isGreaterThanOrEqualTo(Duration.ofMillis(40L * (i - 4) - 5));
        }
    }

    @Test
    void aRefusedSendIsRetriedOnce() throws Exception {
        FakeSender sender = new FakeSender();
        AtomicInteger calls = new AtomicInteger();
        sender.answer = m -> calls.incrementAndGet() == 1 ? ActionResult.failed(100) : ActionResult.ok(null);
        SendQueue q = new SendQueue(sender, RateLimit.UNLIMITED, timer);
        assertThat(q.submit(group, msg("a")).get(5, TimeUnit.SECONDS).ok()).isTrue();
        assertThat(sender.texts).containsExactly("a", "a");
    }

    @Test
    void aTextMessageRefusedTwiceFailsAndTheNextStillGoes() throws Exception {
        FakeSender sender = new FakeSender();
        sender.answer = m -> m.get(0).get("text").equals("bad") ? ActionResult.failed(100) : ActionResult.ok(null);
        SendQueue q = new SendQueue(sender, RateLimit.UNLIMITED, timer);
        CompletableFuture<ActionResult> bad = q.submit(group, msg("bad"));
        CompletableFuture<ActionResult> good = q.submit(group, msg("good"));
        assertThatThrownBy(() -> bad.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(SendFailedException.class);
        assertThat(good.get(5, TimeUnit.SECONDS).ok()).isTrue();
        assertThat(sender.texts).containsExactly("bad", "bad", "good");
        assertThat(((SendFailedException) bad.handle((r, e) -> e.getCause() != null ? e.getCause() : e)
                                .get())
                        .retcode())
                .isEqualTo(100);
    }

    @Test
    void anImageThatKeepsFailingFallsBackToItsAltText() throws Exception {
        FakeSender sender = new FakeSender();
        sender.answer =
                m -> m.stream().anyMatch(s -> s.is("image")) ? ActionResult.failed(1200) : ActionResult.ok(null);
        SendQueue q = new SendQueue(sender, RateLimit.UNLIMITED, timer);
        assertThat(q.submit(group, withImage("chart", "流量图"))
                        .get(5, TimeUnit.SECONDS)
                        .ok())
                .isTrue();
        assertThat(sender.messages).hasSize(3);
        assertThat(sender.messages.get(0)).anyMatch(s -> s.is("image"));
        assertThat(sender.messages.get(1)).anyMatch(s -> s.is("image"));
        assertThat(sender.messages.get(2)).noneMatch(s -> s.is("image"));
        assertThat(sender.texts.get(2)).isEqualTo("chart\n[流量图]");
    }

    @Test
    void anImageThatFailsOnceGoesThroughOnTheRetry() throws Exception {
        FakeSender sender = new FakeSender();
        AtomicInteger calls = new AtomicInteger();
        sender.answer = m -> calls.incrementAndGet() == 1 ? ActionResult.failed(1200) : ActionResult.ok(null);
        SendQueue q = new SendQueue(sender, RateLimit.UNLIMITED, timer);
        q.submit(group, withImage("chart", "alt")).get(5, TimeUnit.SECONDS);
        assertThat(sender.messages).hasSize(2).allMatch(m -> m.stream().anyMatch(s -> s.is("image")));
    }

    @Test
    void anUnansweredSendIsNotRepeatedAndTheQueueMovesOn() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        SendQueue q = new SendQueue(
                (t, m) -> calls.incrementAndGet() == 1
                        ? CompletableFuture.failedFuture(new ActionTimeoutException("send_group_msg", 10))
                        : CompletableFuture.completedFuture(ActionResult.ok(null)),
                RateLimit.UNLIMITED,
                timer);
        CompletableFuture<ActionResult> lost = q.submit(group, msg("a"));
        CompletableFuture<ActionResult> next = q.submit(group, msg("b"));
        assertThatThrownBy(() -> lost.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(SendFailedException.class);
        assertThat(next.get(5, TimeUnit.SECONDS).ok()).isTrue();
        assertThat(calls.get()).isEqualTo(2);
    }

    @Test
    void synchronousAnswersDoNotRecurseDeeply() throws Exception {
        SendQueue q = new SendQueue(
                (t, m) -> CompletableFuture.completedFuture(ActionResult.ok(null)), RateLimit.UNLIMITED, timer);
        CompletableFuture<ActionResult> last = null;
        for (int i = 0; i < 50_000; i++) {
            last = q.submit(group, msg("m"));
        }
        assertThat(last.get(10, TimeUnit.SECONDS).ok()).isTrue();
    }

    @Test
    void closingFailsQueuedMessagesAndRefusesNewOnes() throws Exception {
        SendQueue q = new SendQueue((t, m) -> new CompletableFuture<>(), RateLimit.UNLIMITED, timer);
        CompletableFuture<ActionResult> inFlight = q.submit(group, msg("a"));
        CompletableFuture<ActionResult> queued = q.submit(group, msg("b"));
        q.close(new IllegalStateException("gone"));
        assertThat(inFlight).isCompletedExceptionally();
        assertThat(queued).isCompletedExceptionally();
        assertThat(q.submit(group, msg("c"))).isCompletedExceptionally();
    }
}
