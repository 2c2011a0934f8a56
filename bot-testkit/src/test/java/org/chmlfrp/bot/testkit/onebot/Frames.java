package org.chmlfrp.bot.testkit.onebot;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/** JSON frames one test peer received, in order, with waits that wake on arrival. */
final class Frames {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private final List<JsonNode> frames = new ArrayList<>();

    void add(JsonNode frame) {
        lock.lock();
        try {
            frames.add(frame);
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
    }

    List<JsonNode> all() {
        lock.lock();
        try {
            return List.copyOf(frames);
        } finally {
            lock.unlock();
        }
    }

    /** The first frame matching, waiting up to {@code timeout}; AssertionError on timeout. */
    JsonNode await(Predicate<JsonNode> match, Duration timeout) {
        return awaitCount(match, 1, timeout).get(0);
    }

    List<JsonNode> awaitCount(Predicate<JsonNode> match, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (true) {
                List<JsonNode> found =
                        frames.stream().filter(match).limit(count).toList();
                if (found.size() == count) {
                    return found;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("expected " + count + " matching frame(s) within " + timeout.toMillis()
                            + " ms; received " + frames);
                }
                arrived.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } finally {
            lock.unlock();
        }
    }

    static Predicate<JsonNode> response(JsonNode echo) {
        return frame -> frame.has("retcode") && echo.equals(frame.get("echo"));
    }

    static Predicate<JsonNode> postType(String postType) {
        return frame -> postType.equals(frame.path("post_type").asText());
    }

    static Predicate<JsonNode> meta(String metaEventType) {
        return frame -> "meta_event".equals(frame.path("post_type").asText())
                && metaEventType.equals(frame.path("meta_event_type").asText());
    }
}
