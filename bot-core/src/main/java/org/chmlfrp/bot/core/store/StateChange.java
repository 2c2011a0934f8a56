package org.chmlfrp.bot.core.store;

import java.util.Objects;
import java.util.Optional;

/**
 * A compare-and-set of one {@link BroadcastState} value: set {@code name} to {@code value} if it
 * still holds {@code expected} (empty: if it is not set). Two instances that computed the same
 * change from the same state cannot both apply it; the second finds the value moved on.
 */
public record StateChange(String name, Optional<String> expected, String value) {
    public StateChange {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(value, "value");
    }
}
