package org.chmlfrp.bot.onebot.send;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.chmlfrp.bot.core.command.RateLimit;
import org.chmlfrp.bot.onebot.protocol.ActionResult;
import org.chmlfrp.bot.onebot.protocol.MessageTarget;
import org.chmlfrp.bot.onebot.protocol.Segment;
import org.chmlfrp.bot.onebot.render.OutgoingMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One queue per chat: order and one-in-flight within a chat, chats in parallel, one shared send rate. */
class ChatSendQueuesTest {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    /** Answers only when the test says so, per chat. */
    private static final class HeldSender implements SendQueue.Sender {
        final Map<MessageTarget, List<CompletableFuture<ActionResult>>> held = new ConcurrentHashMap<>();
        final List<String> sent = new CopyOnWriteArrayList<>();
        final List<Long> times = new CopyOnWriteArrayList<>();

        @Override
        public CompletableFuture<ActionResult> send(MessageTarget target, List<Segment> message) {
            times.add(System.nanoTime());
            sent.add(target.id() + ":" + message.get(0).get("text"));
            CompletableFuture<ActionResult> f = new CompletableFuture<>();
            held.computeIfAbsent(target, t -> new CopyOnWriteArrayList<>()).add(f);
            return f;
        }

        void answerAll(MessageTarget t) {
            held.getOrDefault(t, List.of()).forEach(f -> f.complete(ActionResult.ok(null)));
        }
    }

    private final HeldSender sender = new HeldSender();
    private final MessageTarget a = MessageTarget.group(1);
    private final MessageTarget b = MessageTarget.group(2);

    @Test
    void aSlowChatDoesNotHoldUpAnotherButKeepsItsOwnOrder() throws Exception {
        ChatSendQueues queues = new ChatSendQueues(sender, RateLimit.UNLIMITED, timer);
        CompletableFuture<ActionResult> a1 = queues.submit(a, OutgoingMessage.text("a1"));
        queues.submit(a, OutgoingMessage.text("a2"));
        CompletableFuture<ActionResult> b1 = queues.submit(b, OutgoingMessage.text("b1"));
        // chat 1 waits for its first answer; chat 2 went out anyway
        assertThat(sender.sent).containsExactly("1:a1", "2:b1");
        assertThat(queues.pending()).isEqualTo(3);
        sender.answerAll(b);
        b1.get(5, TimeUnit.SECONDS);
        sender.answerAll(a);
        a1.get(5, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!sender.sent.contains("1:a2") && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(sender.sent).containsExactly("1:a1", "2:b1", "1:a2");
    }

    @Test
    void theOldestQueuedMessageAgesUntilItIsAnsweredOverEveryChat() throws Exception {
        ChatSendQueues queues = new ChatSendQueues(sender, RateLimit.UNLIMITED, timer);
        assertThat(queues.oldestAgeNanos(System.nanoTime())).isZero();

        long before = System.nanoTime();
        CompletableFuture<ActionResult> a1 = queues.submit(a, OutgoingMessage.text("a1"));
        queues.submit(b, OutgoingMessage.text("b1"));
        long later = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);

        assertThat(queues.oldestAgeNanos(later)).isBetween(TimeUnit.SECONDS.toNanos(3), later - before);
        sender.answerAll(a);
        sender.answerAll(b);
        a1.get(5, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (queues.pending() > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(queues.oldestAgeNanos(later)).isZero();
    }

    @Test
    void theSendRateIsSharedByEveryChatOfTheConnection() throws Exception {
        ChatSendQueues queues = new ChatSendQueues(
                (t, m) -> sender.send(t, m).completeAsync(() -> ActionResult.ok(null)),
                RateLimit.parse("5/s").orElseThrow(),
                timer);
        List<CompletableFuture<ActionResult>> all = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            all.add(queues.submit(MessageTarget.group(100 + i), OutgoingMessage.text("m" + i)));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
        // 10 chats, 5 per second: the last five wait for the window, whatever chat they are for
        long spread = sender.times.get(9) - sender.times.get(0);
        assertThat(spread).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(900));
    }

    @Test
    void closingFailsEveryChatsQueueAndRefusesNewOnes() {
        ChatSendQueues queues = new ChatSendQueues(sender, RateLimit.UNLIMITED, timer);
        queues.submit(MessageTarget.group(1), OutgoingMessage.text("x"));
        CompletableFuture<ActionResult> waiting = queues.submit(MessageTarget.group(1), OutgoingMessage.text("y"));
        queues.close(new IllegalStateException("closed"));
        assertThat(waiting).isCompletedExceptionally();
        assertThat(queues.submit(MessageTarget.user(7), OutgoingMessage.text("z")))
                .isCompletedExceptionally();
    }

    @Test
    void aChatsQueueIsDroppedOnceEverythingWasAnsweredAndComesBackInOrder() throws Exception {
        ChatSendQueues queues = new ChatSendQueues(sender, RateLimit.UNLIMITED, timer);
        for (int user = 0; user < 1000; user++) {
            queues.submit(MessageTarget.user(user), OutgoingMessage.text("hi"));
        }
        assertThat(queues.chats()).isEqualTo(1000);
        for (int user = 0; user < 1000; user++) {
            sender.answerAll(MessageTarget.user(user));
        }
        assertThat(queues.chats())
                .as("a thousand private chats answered leave nothing behind")
                .isZero();

        MessageTarget group = MessageTarget.group(5);
        CompletableFuture<ActionResult> first = queues.submit(group, OutgoingMessage.text("g1"));
        CompletableFuture<ActionResult> second = queues.submit(group, OutgoingMessage.text("g2"));
        assertThat(sender.sent).endsWith("5:g1");
        sender.answerAll(group);
        first.get(5, TimeUnit.SECONDS);
        assertThat(sender.sent).endsWith("5:g1", "5:g2");
        sender.answerAll(group);
        second.get(5, TimeUnit.SECONDS);
        assertThat(queues.chats()).isZero();
    }
}
