package org.chmlfrp.bot.core.store;

import java.util.Arrays;
import java.util.Locale;

/** What a group or channel subscribed to. Stored as its lowercase {@link #id()}. */
public enum SubscriptionKind {
    /** A message when a node goes offline or comes back online. */
    NODES,
    /** A summary once a day at {@code broadcast.daily-summary-time}. */
    DAILY,
    /** Each new system announcement of the panel, once. */
    NEWS;

    /** The stored and typed form: {@code nodes}, {@code daily}, {@code news}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind whose {@link #id()} is {@code id} (any case). */
    public static SubscriptionKind fromId(String id) {
        return Arrays.stream(values())
                .filter(kind -> kind.id().equalsIgnoreCase(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown subscription kind: " + id));
    }
}
