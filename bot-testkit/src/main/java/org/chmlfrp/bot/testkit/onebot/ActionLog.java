package org.chmlfrp.bot.testkit.onebot;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/** The actions the bot called, in arrival order; waiters wake on each new one (no polling sleeps). */
final class ActionLog {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition added = lock.newCondition();
    private final List<RecordedAction> actions = new ArrayList<>();
    private final boolean recording;

    /** {@code recording} false: {@link #add} keeps nothing (load runs). */
    ActionLog(boolean recording) {
        this.recording = recording;
    }

    void add(RecordedAction action) {
        if (!recording) {
            return;
        }
        lock.lock();
        try {
            actions.add(action);
            added.signalAll();
        } finally {
            lock.unlock();
        }
    }

    List<RecordedAction> all() {
        lock.lock();
        try {
            return List.copyOf(actions);
        } finally {
            lock.unlock();
        }
    }

    List<RecordedAction> named(String action) {
        return all().stream().filter(a -> a.action().equals(action)).toList();
    }

    void clear() {
        lock.lock();
        try {
            actions.clear();
        } finally {
            lock.unlock();
        }
    }

    /** The first recorded {@code action} whose params match, waiting up to {@code timeout} for one. */
    RecordedAction await(String action, Predicate<JsonNode> params, Duration timeout) {
        List<RecordedAction> found = awaitCount(action, params, 1, timeout);
        return found.get(0);
    }

    /** The first {@code count} recorded matches, waiting up to {@code timeout} until there are that many. */
    List<RecordedAction> awaitCount(String action, Predicate<JsonNode> params, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (true) {
                List<RecordedAction> matches = matching(action, params, count);
                if (matches.size() >= count) {
                    return matches;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("expected " + count + " " + action + " call(s) matching within "
                            + timeout.toMillis() + " ms, got " + matches.size() + "; all actions: " + describe());
                }
                added.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + action, e);
        } finally {
            lock.unlock();
        }
    }

    Optional<RecordedAction> first(String action, Predicate<JsonNode> params) {
        lock.lock();
        try {
            return matching(action, params, 1).stream().findFirst();
        } finally {
            lock.unlock();
        }
    }

    private List<RecordedAction> matching(String action, Predicate<JsonNode> params, int limit) {
        List<RecordedAction> matches = new ArrayList<>();
        for (RecordedAction recorded : actions) {
            if (recorded.action().equals(action) && params.test(recorded.params())) {
                matches.add(recorded);
                if (matches.size() == limit) {
                    break;
                }
            }
        }
        return matches;
    }

    private String describe() {
        List<String> names = new ArrayList<>();
        for (RecordedAction recorded : actions) {
            names.add(recorded.action() + recorded.params());
        }
        return names.size() > 20
                ? names.subList(names.size() - 20, names.size()) + " (last 20 of " + names.size() + ")"
                : names.toString();
    }
}
