package org.chmlfrp.bot.testkit.onebot;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What the test changed about how actions are answered: custom answers, injected failures,
 * ignored actions and delays. Safe to change while actions are being answered.
 */
final class ActionRules {

    /** How one action is answered: the result, after a delay. */
    record Reply(ActionResult result, Duration delay) {}

    private record CountedFailure(int retcode, AtomicInteger remaining) {
        boolean consume() {
            return remaining.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
        }
    }

    private record ConditionalFailure(Predicate<JsonNode> when, int retcode) {}

    private final Map<String, Function<JsonNode, ActionResult>> answers = new ConcurrentHashMap<>();
    private final Map<String, CountedFailure> countedFailures = new ConcurrentHashMap<>();
    private final Map<String, List<ConditionalFailure>> conditionalFailures = new ConcurrentHashMap<>();
    private final Set<String> ignored = ConcurrentHashMap.newKeySet();
    private final Map<String, Duration> delays = new ConcurrentHashMap<>();

    void answer(String action, Function<JsonNode, ActionResult> answer) {
        answers.put(action, Objects.requireNonNull(answer, "answer"));
    }

    void failTimes(String action, int retcode, int times) {
        requireFailureCode(retcode);
        if (times < 1) {
            throw new IllegalArgumentException("times must be >= 1");
        }
        countedFailures.put(action, new CountedFailure(retcode, new AtomicInteger(times)));
    }

    void failWhen(String action, Predicate<JsonNode> when, int retcode) {
        requireFailureCode(retcode);
        conditionalFailures
                .computeIfAbsent(action, a -> new CopyOnWriteArrayList<>())
                .add(new ConditionalFailure(Objects.requireNonNull(when, "when"), retcode));
    }

    void ignore(String action) {
        ignored.add(action);
    }

    void delay(String action, Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative");
        }
        if (delay.isZero()) {
            delays.remove(action);
        } else {
            delays.put(action, delay);
        }
    }

    /** Back to the default answers, with no failures, ignores or delays. */
    void reset() {
        answers.clear();
        countedFailures.clear();
        conditionalFailures.clear();
        ignored.clear();
        delays.clear();
    }

    /** How to answer this call; empty when the action is ignored. */
    Optional<Reply> decide(String action, JsonNode params, DefaultAnswers defaults) {
        if (ignored.contains(action)) {
            return Optional.empty();
        }
        return Optional.of(new Reply(result(action, params, defaults), delays.getOrDefault(action, Duration.ZERO)));
    }

    private ActionResult result(String action, JsonNode params, DefaultAnswers defaults) {
        CountedFailure counted = countedFailures.get(action);
        if (counted != null && counted.consume()) {
            return ActionResult.failed(counted.retcode(), "injected failure of " + action);
        }
        for (ConditionalFailure failure : conditionalFailures.getOrDefault(action, List.of())) {
            if (failure.when().test(params)) {
                return ActionResult.failed(failure.retcode(), "injected failure of " + action);
            }
        }
        Function<JsonNode, ActionResult> custom = answers.get(action);
        if (custom == null) {
            return defaults.answer(action, params);
        }
        try {
            return Objects.requireNonNull(custom.apply(params), "custom answer returned null");
        } catch (RuntimeException e) {
            return ActionResult.failed(1500, "custom answer for " + action + " threw " + e);
        }
    }

    private static void requireFailureCode(int retcode) {
        if (retcode == 0) {
            throw new IllegalArgumentException("a failure needs a non-zero retcode");
        }
    }
}
