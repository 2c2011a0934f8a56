package org.chmlfrp.bot.testkit.chmlfrp;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The requests received, in arrival order, keeping the most recent {@code limit}. Thread-safe. */
final class RequestLog {

    private final Deque<RecordedRequest> requests = new ArrayDeque<>();
    private final int limit;

    RequestLog(int limit) {
        this.limit = limit;
    }

    synchronized void add(RecordedRequest request) {
        if (requests.size() == limit) {
            requests.removeFirst();
        }
        requests.addLast(request);
    }

    synchronized List<RecordedRequest> all() {
        return List.copyOf(requests);
    }

    synchronized List<RecordedRequest> byPath(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    synchronized void clear() {
        requests.clear();
    }
}
