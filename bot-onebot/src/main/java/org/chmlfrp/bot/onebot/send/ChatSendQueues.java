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
 * All queues share the connection's send-rate window ({@code onebot.send-rate}).
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
        SendQueue queue = queues.computeIfAbsent(target, t -> {
            SendQueue q = new SendQueue(sender, rate, timer);
            if (closed != null) {
                q.close(closed);
            }
            return q;
        });
        return queue.submit(target, message);
    }

    /** Messages waiting or in flight, over every chat. */
    public int pending() {
        return queues.values().stream().mapToInt(SendQueue::pending).sum();
    }

    /** Fails every queued message and refuses new ones. */
    public void close(Throwable cause) {
        closed = cause;
        queues.values().forEach(q -> q.close(cause));
    }
}
