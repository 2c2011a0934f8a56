package org.chmlfrp.bot.core.command;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Counts commands by their declared path and how they ended ({@code chmlbot.commands}), and times
 * the ones that ran ({@code chmlbot.command.latency}, a histogram). Label values come only from
 * closed sets: the path from the declaration (never the words typed: they may hold a secret) and
 * {@link Outcome}. A line that matches no command counts under {@link #UNMATCHED}.
 */
@Singleton
public final class CommandMetrics {
    public static final String COUNTER = "chmlbot.commands";
    public static final String LATENCY = "chmlbot.command.latency";
    /** The command label of a line that named no command (or was rate limited before it was read). */
    public static final String UNMATCHED = "(unmatched)";

    /** How a command ended. */
    public enum Outcome {
        /** The handler answered normally. */
        OK,
        /** The handler answered with an error the user is shown (an API refusal, say). */
        ERROR,
        /** The handler threw; the user got the generic failure reply. */
        FAILED,
        /** Refused before it ran: wrong scope or not permitted. */
        REFUSED,
        /** Refused before it ran: arguments that do not fit the declaration. */
        USAGE,
        RATE_LIMITED,
        /** No such command. */
        UNKNOWN;

        String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private static final Duration[] BUCKETS = {
        Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
        Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5),
        Duration.ofSeconds(10), Duration.ofSeconds(30)
    };

    private final MeterRegistry registry;

    @Inject
    public CommandMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Meters that go nowhere (tests and tools that assemble a dispatcher by hand). */
    public static CommandMetrics none() {
        return new CommandMetrics(new CompositeMeterRegistry());
    }

    void count(String command, Outcome outcome) {
        Counter.builder(COUNTER)
                .description("Commands by declared path and outcome")
                .tag("command", command)
                .tag("outcome", outcome.label())
                .register(registry)
                .increment();
    }

    void ran(String command, Outcome outcome, long nanos) {
        count(command, outcome);
        Timer.builder(LATENCY)
                .description("Time from dispatch to the reply, of commands that ran")
                .tag("command", command)
                .serviceLevelObjectives(BUCKETS)
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }
}
