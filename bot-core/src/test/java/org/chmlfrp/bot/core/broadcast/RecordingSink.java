package org.chmlfrp.bot.core.broadcast;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.chmlfrp.bot.core.chat.ChatPlace;
import org.chmlfrp.bot.core.chat.ChatSink;
import org.chmlfrp.bot.core.chat.Platform;
import org.chmlfrp.bot.core.reply.Reply;

/** A {@link ChatSink} that keeps what it was asked to send, stamped with the (virtual) clock; places can be made unreachable. */
public final class RecordingSink implements ChatSink {

    /** One attempt: {@code delivered} false when the place was unreachable. */
    public record Sent(ChatPlace place, Reply reply, Instant at, boolean delivered) {
        public String text() {
            return reply.plainText();
        }
    }

    private final Platform platform;
    private final Clock clock;
    private final List<Sent> sent = new ArrayList<>();
    private final Set<String> unreachable = ConcurrentHashMap.newKeySet();
    private volatile boolean hanging;

    public RecordingSink(Platform platform, Clock clock) {
        this.platform = platform;
        this.clock = clock;
    }

    @Override
    public Platform platform() {
        return platform;
    }

    @Override
    public CompletableFuture<Void> send(ChatPlace place, Reply reply) {
        if (hanging) {
            synchronized (sent) {
                sent.add(new Sent(place, reply, clock.instant(), false));
            }
            return new CompletableFuture<>();
        }
        boolean ok = !unreachable.contains(place.id());
        synchronized (sent) {
            sent.add(new Sent(place, reply, clock.instant(), ok));
        }
        return ok
                ? CompletableFuture.completedFuture(null)
                : CompletableFuture.failedFuture(new IllegalStateException("place " + place.id() + " unreachable"));
    }

    /** From now on every send stays unanswered, as when the process dies mid-send (not delivered). */
    public void hang() {
        hanging = true;
    }

    public void unreachable(String placeId) {
        unreachable.add(placeId);
    }

    public void reachable(String placeId) {
        unreachable.remove(placeId);
    }

    /** Every attempt so far, in order. */
    public List<Sent> attempts() {
        synchronized (sent) {
            return List.copyOf(sent);
        }
    }

    /** Delivered messages only. */
    public List<Sent> delivered() {
        return attempts().stream().filter(Sent::delivered).toList();
    }

    public List<Sent> attemptsTo(String placeId) {
        return attempts().stream().filter(s -> s.place().id().equals(placeId)).toList();
    }

    public void clear() {
        synchronized (sent) {
            sent.clear();
        }
    }
}
