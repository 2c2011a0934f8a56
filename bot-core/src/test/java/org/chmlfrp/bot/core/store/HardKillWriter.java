package org.chmlfrp.bot.core.store;

import java.time.Clock;
import java.time.Instant;
import org.chmlfrp.bot.core.chat.ChatIdentity;
import org.chmlfrp.bot.core.chat.Platform;

/**
 * Run in a child JVM by {@link DatabaseTest}: writes through the repositories, then halts
 * at once, like {@code kill -9}: no shutdown hooks, no close, no flush.
 */
public final class HardKillWriter {

    static final int EXIT_CODE = 137;

    private HardKillWriter() {}

    public static void main(String[] args) {
        Database database = Database.open(args[0]);
        Instant now = Instant.parse("2026-11-25T08:00:00Z");
        Subscriptions subscriptions = new Subscriptions(database);
        subscriptions.add(Subscription.of(Platform.ONEBOT, "5550001", SubscriptionKind.NODES, "3330001", "10001", now));
        new Watches(database).start(Watch.of(new ChatIdentity(Platform.ONEBOT, "10001"), "3330001", now));
        new BroadcastState(database, Clock.systemUTC()).put("daily.last-sent", "2026-11-25");
        subscriptions.add(Subscription.of(Platform.ONEBOT, "5550002", SubscriptionKind.NODES, "3330001", "10001", now));
        Runtime.getRuntime().halt(EXIT_CODE);
    }
}
