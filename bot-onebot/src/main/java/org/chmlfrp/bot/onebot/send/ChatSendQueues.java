package org.chmlfrp.bot.onebot.send;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import org.chmlfrp.bot.core.command.RateLimit;
import org.chmlfrp.bot.onebot.protocol.ActionResult;
import org.chmlfrp.bot.onebot.protocol.MessageTarget;
import org.chmlfrp.bot.onebot.render.OutgoingMessage;

/**
 * The outgoing messages of one connection: a {@link SendQueue} per chat, so replies to one
 * chat stay in order with one in flight, while different chats do not wait for each other.
 * All queues share the connection's send-rate window ({@code onebot.send-rate}). A chat's queue
 * is dropped once it has nothing left, so memory follows the chats with messages under way,
 * not every chat ever answered; queuing and dropping both happen inside the map's
 * {@code compute} for that chat, so a message never lands in a queue being dropped.
 */
public final class ChatSendQueues {
    private final SendQueue.Sender sender;
    private final SendRateWindow rate;
    private final ScheduledExecutorService timer;
    private final Map<MessageTarget, SendQueue> queues = new ConcurrentHashMap<>();
    private volatile Throwable closed;

    public ChatSendQueues(SendQueue.Sender sender, RateLimit rate, ScheduledExecutorService timer) {
        this.sender = sender;
        this.rate = new SendRateWindow(rate);
        this.timer = timer;
    }

    public CompletableFuture<ActionResult> submit(MessageTarget target, OutgoingMessage message) {
        SendQueue.Queued[] queued = new SendQueue.Queued[1];
        SendQueue queue = queues.compute(target, (t, q) -> {
            SendQueue chat = q != null ? q : newQueue(t);
            queued[0] = chat.enqueue(t, message);
            return chat;
        });
        if (queued[0].startSending()) {
            queue.pump();
        }
        return queued[0].answer();
    }

    private SendQueue newQueue(MessageTarget target) {
        SendQueue[] self = new SendQueue[1];
        self[0] = new SendQueue(
                sender,
                rate,
                timer,
                () -> queues.computeIfPresent(target, (t, q) -> q == self[0] && q.idle() ? null : q));
        if (closed != null) {
            self[0].close(closed);
        }
        return self[0];
    }

    /** Chats with a queue: those with a message waiting or in flight. */
    int chats() {
        return queues.size();
    }

    /** Messages waiting or in flight, over every chat. */
    public int pending() {
        return queues.values().stream().mapToInt(SendQueue::pending).sum();
    }

    /** How long the oldest message over every chat has been queued at {@code nowNanos}; 0 when none is. */
    public long oldestAgeNanos(long nowNanos) {
        return queues.values().stream()
                .mapToLong(q -> q.oldestAgeNanos(nowNanos))
                .max()
                .orElse(0);
    }

    /** Fails every queued message and refuses new ones. */
    public void close(Throwable cause) {
        closed = cause;
        queues.values().forEach(q -> q.close(cause));
    }
}
