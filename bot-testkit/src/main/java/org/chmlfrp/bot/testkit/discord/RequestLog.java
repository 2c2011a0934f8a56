package org.chmlfrp.bot.testkit.discord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Every REST call, in arrival order, and the ones no route knew. */
final class RequestLog {

    private final Signal signal;
    private final List<RecordedHttp> all = new ArrayList<>();
    private final List<RecordedHttp> unknown = new ArrayList<>();

    RequestLog(Signal signal) {
        this.signal = signal;
    }

    void add(RecordedHttp request, boolean unknownRoute) {
        synchronized (this) {
            all.add(request);
            if (unknownRoute) {
                unknown.add(request);
            }
        }
        signal.changed();
    }

    synchronized List<RecordedHttp> all() {
        return List.copyOf(all);
    }

    synchronized List<RecordedHttp> unknown() {
        return List.copyOf(unknown);
    }

    synchronized void clear() {
        all.clear();
        unknown.clear();
    }

    List<RecordedHttp> matching(String method, String pathRegex) {
        Predicate<RecordedHttp> filter = filter(method, pathRegex);
        List<RecordedHttp> result = new ArrayList<>();
        for (RecordedHttp request : all()) {
            if (filter.test(request)) {
                result.add(request);
            }
        }
        return result;
    }

    RecordedHttp await(String method, String pathRegex, int index, Duration timeout) {
        RecordedHttp found = signal.await(
                () -> {
                    List<RecordedHttp> matches = matching(method, pathRegex);
                    return matches.size() > index ? matches.get(index) : null;
                },
                timeout);
        if (found == null) {
            throw new AssertionError("no " + (index == 0 ? "" : "#" + index + " ") + method + " " + pathRegex
                    + " within " + timeout + "; received: " + all());
        }
        return found;
    }

    /**
     * Method null or {@code "*"} for any; the regex must match the whole route
     * ({@code channels/123/messages}) or the whole path ({@code /api/v10/channels/123/messages}).
     */
    static Predicate<RecordedHttp> filter(String method, String pathRegex) {
        Pattern pattern = Pattern.compile(pathRegex);
        return request -> (method == null || method.equals("*") || method.equalsIgnoreCase(request.method()))
                && (pattern.matcher(request.route()).matches()
                        || pattern.matcher(request.path()).matches());
    }
}
