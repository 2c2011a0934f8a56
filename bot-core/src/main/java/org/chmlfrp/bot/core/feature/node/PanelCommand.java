package org.chmlfrp.bot.core.feature.node;

import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpApi;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpSettings;
import org.chmlfrp.bot.core.chmlfrp.model.Announcement;
import org.chmlfrp.bot.core.chmlfrp.model.AnnouncementPage;
import org.chmlfrp.bot.core.chmlfrp.model.FriendLink;
import org.chmlfrp.bot.core.chmlfrp.model.PanelInfo;
import org.chmlfrp.bot.core.command.CommandContext;
import org.chmlfrp.bot.core.command.CommandSet;
import org.chmlfrp.bot.core.command.CommandSpec;
import org.chmlfrp.bot.core.command.ParamSpec;
import org.chmlfrp.bot.core.command.ParamType;
import org.chmlfrp.bot.core.reply.Block;
import org.chmlfrp.bot.core.reply.Reply;

/**
 * {@code panel info}: the platform's totals (users, tunnels, nodes), the panel's address and its
 * friend links; {@code panel news [page]}: the system announcements, a page at a time, each as
 * its title, time and a plain-text excerpt. {@code panel} alone still means {@code panel info}
 * (an alias), since Discord cannot have both a {@code /panel} command and its subcommands.
 */
public final class PanelCommand implements CommandSet {
    static final int NEWS_PAGE_SIZE = 5;
    static final int EXCERPT_LENGTH = 100;
    private static final ZoneId SERVICE_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final ChmlFrpApi api;
    private final ChmlFrpSettings settings;

    @Inject
    public PanelCommand(ChmlFrpApi api, ChmlFrpSettings settings) {
        this.api = api;
        this.settings = settings;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(
                CommandSpec.command("panel", "info").aliases("面板", "panel").handler(this::panel),
                CommandSpec.command("panel", "news")
                        .aliases("公告")
                        .param(ParamSpec.optional("page", ParamType.integer(1, 9999)))
                        .needsAccount()
                        .handler(this::news));
    }

    private CompletionStage<Reply> panel(CommandContext ctx) {
        return api.panelInfo().thenApply(info -> reply(ctx, info));
    }

    private Reply reply(CommandContext ctx, PanelInfo info) {
        Reply.Builder b = Reply.builder()
                .title(ctx.t("panel.title"))
                .fields(List.of(
                        new Block.Field(ctx.t("panel.users"), Integer.toString(info.userAmount()), true),
                        new Block.Field(ctx.t("panel.tunnels"), Integer.toString(info.tunnelAmount()), true),
                        new Block.Field(ctx.t("panel.nodes"), Integer.toString(info.nodeAmount()), true),
                        new Block.Field(ctx.t("panel.url"), settings.panelUrl().toString(), false)));
        if (!info.friendLinks().isEmpty()) {
            b.text(ctx.t("panel.links") + "\n"
                    + info.friendLinks().stream().map(l -> link(ctx, l)).collect(Collectors.joining("\n")));
        }
        return b.build();
    }

    private static String link(CommandContext ctx, FriendLink link) {
        String name = NodeFormat.orDash(link.name());
        String url = NodeFormat.orDash(link.url());
        return link.description() == null || link.description().isBlank()
                ? ctx.t("panel.link.short", name, url)
                : ctx.t("panel.link", name, link.description().strip(), url);
    }

    // --- panel news ---

    private CompletionStage<Reply> news(CommandContext ctx) {
        int page = ctx.args().optInt("page").orElse(1);
        return api.announcements(ctx.token(), page, NEWS_PAGE_SIZE).thenApply(p -> newsReply(ctx, page, p));
    }

    /** An announcement: its title and time, a plain-text excerpt under them. */
    private static Block.Field item(Announcement a) {
        String when = a.publishTime() == null
                ? ""
                : " · " + TIME.format(a.publishTime().atZone(SERVICE_ZONE));
        String excerpt = AnnouncementText.excerpt(a.contentMd(), EXCERPT_LENGTH);
        return new Block.Field(NodeFormat.orDash(a.title()) + when, excerpt.isEmpty() ? "-" : excerpt, false);
    }

    private Reply newsReply(CommandContext ctx, int page, AnnouncementPage p) {
        if (p.messages().isEmpty()) {
            return p.total() > 0 && page > p.totalPages()
                    ? Reply.error(ctx.t("node.page.out-of-range", page, p.totalPages()))
                    : Reply.text(ctx.t("panel.news.empty"));
        }
        List<Block.Field> items = p.messages().stream().map(PanelCommand::item).toList();
        int pages = Math.max(p.totalPages(), page);
        Reply.Builder b = Reply.builder()
                .title(ctx.t("panel.news.title", Integer.toString(p.total())))
                .fields(items)
                .text(ctx.t("panel.news.more", settings.panelUrl().toString()));
        return b.page(page, pages, ctx.t("node.next-page"), "panel news").build();
    }
}
