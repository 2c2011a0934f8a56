package org.chmlfrp.bot.core.feature.node;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpApi;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpSettings;
import org.chmlfrp.bot.core.chmlfrp.model.FriendLink;
import org.chmlfrp.bot.core.chmlfrp.model.PanelInfo;
import org.chmlfrp.bot.core.command.CommandContext;
import org.chmlfrp.bot.core.command.CommandSet;
import org.chmlfrp.bot.core.command.CommandSpec;
import org.chmlfrp.bot.core.reply.Block;
import org.chmlfrp.bot.core.reply.Reply;

/** {@code panel}: the platform's totals (users, tunnels, nodes), the panel's address and its friend links. */
public final class PanelCommand implements CommandSet {
    private final ChmlFrpApi api;
    private final ChmlFrpSettings settings;

    @Inject
    public PanelCommand(ChmlFrpApi api, ChmlFrpSettings settings) {
        this.api = api;
        this.settings = settings;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(CommandSpec.command("panel").aliases("面板").handler(this::panel));
    }

    private CompletionStage<Reply> panel(CommandContext ctx) {
        return api.panelInfo().thenApply(info -> reply(ctx, info));
    }

    private Reply reply(CommandContext ctx, PanelInfo info) {
        Reply.Builder b = Reply.builder().title(ctx.t("panel.title")).fields(List.of(
                new Block.Field(ctx.t("panel.users"), Integer.toString(info.userAmount()), true),
                new Block.Field(ctx.t("panel.tunnels"), Integer.toString(info.tunnelAmount()), true),
                new Block.Field(ctx.t("panel.nodes"), Integer.toString(info.nodeAmount()), true),
                new Block.Field(ctx.t("panel.url"), settings.panelUrl().toString(), false)));
        List<String> links = new ArrayList<>();
        for (FriendLink link : info.friendLinks()) {
            String name = NodeFormat.orDash(link.name());
            String url = NodeFormat.orDash(link.url());
            links.add(link.description() == null || link.description().isBlank()
                    ? ctx.t("panel.link.short", name, url)
                    : ctx.t("panel.link", name, link.description().strip(), url));
        }
        if (!links.isEmpty()) {
            b.text(ctx.t("panel.links") + "\n" + String.join("\n", links));
        }
        return b.build();
    }
}
