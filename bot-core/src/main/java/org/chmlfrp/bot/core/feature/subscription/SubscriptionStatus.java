package org.chmlfrp.bot.core.feature.subscription;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.chmlfrp.bot.core.broadcast.WatchStops;
import org.chmlfrp.bot.core.command.CommandContext;
import org.chmlfrp.bot.core.store.Subscription;
import org.chmlfrp.bot.core.store.Subscriptions;
import org.chmlfrp.bot.core.store.Watch;
import org.chmlfrp.bot.core.store.Watches;

/**
 * What a place is subscribed to and whether a user's tunnel watch is on, in words: shown by
 * {@code subscribe}/{@code unsubscribe}/{@code watch} and also by {@code help} and {@code me}.
 */
public final class SubscriptionStatus {
    private final Subscriptions subscriptions;
    private final Watches watches;

    @Inject
    public SubscriptionStatus(Subscriptions subscriptions, Watches watches) {
        this.subscriptions = subscriptions;
        this.watches = watches;
    }

    /** "This group is subscribed to: …" or "… not subscribed to anything". */
    public String placeLine(CommandContext ctx) {
        List<Subscription> now =
                subscriptions.forChat(ctx.place().platform(), ctx.place().id());
        if (now.isEmpty()) {
            return ctx.t("subscription.current.none");
        }
        return ctx.t(
                "subscription.current",
                now.stream()
                        .map(s -> ctx.t("subscription.kind." + s.kind().id()))
                        .collect(Collectors.joining(ctx.t("subscription.separator"))));
    }

    /** Whether this user's tunnel watch is on, off, or stopped and why. */
    public String watchLine(CommandContext ctx) {
        Optional<Watch> watch = watches.find(ctx.user().identity());
        if (watch.isEmpty()) {
            return ctx.t("watch.status.off");
        }
        if (watch.get().active()) {
            return ctx.t("watch.status.on");
        }
        String reason = watch.get().stoppedReason();
        if (WatchStops.INVALID_TOKEN.equals(reason)) {
            return ctx.t("watch.status.stopped.invalid-token");
        }
        if (WatchStops.UNLINKED.equals(reason)) {
            return ctx.t("watch.status.stopped.unlinked");
        }
        return ctx.t("watch.status.stopped");
    }

    /** For {@code help} and {@code me}: the place's subscriptions in a group, the user's watch in private. */
    public String forContext(CommandContext ctx) {
        return ctx.inGroup() ? placeLine(ctx) : watchLine(ctx);
    }
}
