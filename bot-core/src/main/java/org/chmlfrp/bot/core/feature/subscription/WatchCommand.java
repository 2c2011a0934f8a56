package org.chmlfrp.bot.core.feature.subscription;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.chmlfrp.bot.core.broadcast.BroadcastSettings;
import org.chmlfrp.bot.core.chat.ChatIdentity;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpApi;
import org.chmlfrp.bot.core.chmlfrp.model.Tunnel;
import org.chmlfrp.bot.core.command.CommandContext;
import org.chmlfrp.bot.core.command.CommandSet;
import org.chmlfrp.bot.core.command.CommandSpec;
import org.chmlfrp.bot.core.command.ParamSpec;
import org.chmlfrp.bot.core.command.ParamType;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.core.store.Watch;
import org.chmlfrp.bot.core.store.Watches;

/**
 * {@code watch [on|off]} in private, with a linked account: private alerts when one of the
 * user's tunnels goes offline or back online. {@code on} checks the token with one
 * {@code /tunnel} call first (a dead token gets the API's message and no watch); {@code watch}
 * alone says whether it is on. Every reply says whether the watch is on.
 */
public final class WatchCommand implements CommandSet {
    private final ChmlFrpApi api;
    private final Watches watches;
    private final SubscriptionStatus status;
    private final BroadcastSettings settings;
    private final Clock clock;

    @Inject
    public WatchCommand(
            ChmlFrpApi api, Watches watches, SubscriptionStatus status, BroadcastSettings settings, Clock clock) {
        this.status = status;
        this.api = api;
        this.watches = watches;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(CommandSpec.command("watch")
                .aliases("监控")
                .param(ParamSpec.optional("state", ParamType.choice("on", "off")))
                .privateOnly()
                .needsAccount()
                .ephemeral()
                .handler(this::watch));
    }

    private CompletionStage<Reply> watch(CommandContext ctx) {
        ChatIdentity who = ctx.user().identity();
        Optional<String> state = ctx.args().optString("state");
        if (state.isEmpty()) {
            return Reply.text(status.watchLine(ctx) + "\n" + ctx.t("watch.how", ctx.prefix()))
                    .completed();
        }
        if (state.get().equals("off")) {
            boolean stopped = watches.stop(who);
            return Reply.text(ctx.t(stopped ? "watch.off" : "watch.already-off"))
                    .completed();
        }
        return api.tunnels(ctx.token()).thenApply(tunnels -> on(ctx, who, tunnels));
    }

    private Reply on(CommandContext ctx, ChatIdentity who, List<Tunnel> tunnels) {
        boolean started = watches.start(Watch.of(who, ctx.place().botAccount(), clock.instant()));
        long online = tunnels.stream().filter(Tunnel::online).count();
        String said = ctx.t(
                started ? "watch.on" : "watch.already-on",
                settings.pollInterval().toSeconds());
        String count = tunnels.isEmpty() ? ctx.t("watch.tunnels.none") : ctx.t("watch.tunnels", tunnels.size(), online);
        return Reply.text(said + "\n" + count);
    }
}
