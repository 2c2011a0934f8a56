package org.chmlfrp.bot.core.feature.subscription;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.chmlfrp.bot.core.broadcast.AdminCredential;
import org.chmlfrp.bot.core.broadcast.BroadcastSettings;
import org.chmlfrp.bot.core.chat.ChatPlace;
import org.chmlfrp.bot.core.chat.Role;
import org.chmlfrp.bot.core.command.CommandContext;
import org.chmlfrp.bot.core.command.CommandSet;
import org.chmlfrp.bot.core.command.CommandSpec;
import org.chmlfrp.bot.core.command.ParamSpec;
import org.chmlfrp.bot.core.command.ParamType;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.core.store.Subscription;
import org.chmlfrp.bot.core.store.SubscriptionKind;
import org.chmlfrp.bot.core.store.Subscriptions;

/**
 * {@code subscribe [nodes|daily|news]} and {@code unsubscribe <nodes|daily|news>}, in a group or channel,
 * by its admins or a bot admin (the dispatcher refuses everyone else before anything changes).
 * Every reply ends with what the place is subscribed to now; {@code subscribe} alone shows only that.
 */
public final class SubscriptionCommands implements CommandSet {
    private static final ParamType KINDS = ParamType.choice("nodes", "daily", "news");

    private final Subscriptions subscriptions;
    private final SubscriptionStatus status;
    private final BroadcastSettings settings;
    private final Clock clock;
    private final AdminCredential admin;

    @Inject
    public SubscriptionCommands(
            Subscriptions subscriptions,
            SubscriptionStatus status,
            BroadcastSettings settings,
            Clock clock,
            AdminCredential admin) {
        this.admin = admin;
        this.status = status;
        this.subscriptions = subscriptions;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(
                CommandSpec.command("subscribe")
                        .aliases("订阅")
                        .param(ParamSpec.optional("kind", KINDS))
                        .groupOnly()
                        .permission(Role.GROUP_ADMIN)
                        .handler(this::subscribe),
                CommandSpec.command("unsubscribe")
                        .aliases("取消订阅")
                        .param(ParamSpec.required("kind", KINDS))
                        .groupOnly()
                        .permission(Role.GROUP_ADMIN)
                        .handler(this::unsubscribe));
    }

    private CompletionStage<Reply> subscribe(CommandContext ctx) {
        ChatPlace place = ctx.place();
        Optional<String> typed = ctx.args().optString("kind");
        if (typed.isEmpty()) {
            return Reply.text(status.placeLine(ctx) + "\n" + ctx.t("subscription.how", ctx.prefix()))
                    .completed();
        }
        SubscriptionKind kind = SubscriptionKind.fromId(typed.get());
        boolean added = subscriptions.add(Subscription.of(
                place.platform(),
                place.id(),
                kind,
                place.botAccount(),
                ctx.user().id(),
                clock.instant()));
        String said;
        if (added) {
            said = switch (kind) {
                case NODES -> ctx.t("subscription.added.nodes");
                case DAILY ->
                    ctx.t(
                            "subscription.added.daily",
                            settings.dailySummaryTime().toString(),
                            settings.zone().getId());
                case NEWS ->
                    ctx.t("subscription.added.news")
                            + (admin.find().isPresent()
                                    ? ""
                                    : "\n" + ctx.t("subscription.news.no-admin", ctx.prefix()));
            };
        } else {
            // whoever asks is in the place and the bot answers there: it is reachable
            subscriptions.markWorking(place.platform(), place.id());
            said = ctx.t("subscription.already", kindName(ctx, kind));
        }
        return Reply.text(said + "\n" + status.placeLine(ctx)).completed();
    }

    private CompletionStage<Reply> unsubscribe(CommandContext ctx) {
        ChatPlace place = ctx.place();
        SubscriptionKind kind = SubscriptionKind.fromId(ctx.args().string("kind"));
        boolean removed = subscriptions.remove(place.platform(), place.id(), kind);
        String said = ctx.t(removed ? "subscription.removed" : "subscription.not-subscribed", kindName(ctx, kind));
        return Reply.text(said + "\n" + status.placeLine(ctx)).completed();
    }

    static String kindName(CommandContext ctx, SubscriptionKind kind) {
        return ctx.t("subscription.kind." + kind.id());
    }
}
