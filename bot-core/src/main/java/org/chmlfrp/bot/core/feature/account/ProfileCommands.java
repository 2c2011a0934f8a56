package org.chmlfrp.bot.core.feature.account;

import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpApi;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpSettings;
import org.chmlfrp.bot.core.command.AccountDirectory;
import org.chmlfrp.bot.core.command.CommandContext;
import org.chmlfrp.bot.core.command.CommandSet;
import org.chmlfrp.bot.core.command.CommandSpec;
import org.chmlfrp.bot.core.command.LinkedAccount;
import org.chmlfrp.bot.core.command.ParamSpec;
import org.chmlfrp.bot.core.command.ParamType;
import org.chmlfrp.bot.core.feature.subscription.SubscriptionStatus;
import org.chmlfrp.bot.core.reply.Reply;

/**
 * The linked account itself: {@code me}, {@code signin status} (alias {@code signin}: Discord cannot
 * have a {@code /signin} command and its {@code remind} subcommand at once), {@code password <old> <new>}
 * and {@code set qq|avatar|name}. Changes are private only; the API's own success words are relayed.
 */
public final class ProfileCommands implements CommandSet {
    private final ChmlFrpApi api;
    private final AccountDirectory accounts;
    private final ChmlFrpSettings settings;
    private final SubscriptionStatus status;

    @Inject
    public ProfileCommands(
            ChmlFrpApi api, AccountDirectory accounts, ChmlFrpSettings settings, SubscriptionStatus status) {
        this.status = status;
        this.api = api;
        this.accounts = accounts;
        this.settings = settings;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(
                CommandSpec.command("me")
                        .aliases("我的", "个人信息")
                        .needsAccount()
                        .ephemeral()
                        .handler(this::me),
                CommandSpec.command("signin", "status")
                        .aliases("签到", "signin")
                        .needsAccount()
                        .handler(this::signIn),
                CommandSpec.command("password")
                        .aliases("修改密码")
                        .privateOnly()
                        .needsAccount()
                        .ephemeral()
                        .param(ParamSpec.required("old", ParamType.TEXT).asSecret())
                        .param(ParamSpec.required("new", ParamType.TEXT).asSecret())
                        .handler(this::password),
                set("qq", "修改QQ", "qq")
                        .handler(ctx ->
                                relay(ctx, api.updateQq(ctx.token(), ctx.args().string("qq")))),
                set("avatar", "修改头像", "url")
                        .handler(ctx -> relay(
                                ctx, api.updateUserImg(ctx.token(), ctx.args().string("url")))),
                set("name", "修改用户名", "name").handler(this::rename));
    }

    /** {@code set <what> <value>}: private, with a linked account. */
    private static CommandSpec.Builder set(String what, String alias, String param) {
        return CommandSpec.command("set", what)
                .aliases(alias)
                .privateOnly()
                .needsAccount()
                .ephemeral()
                .param(ParamSpec.required(param, ParamType.TEXT));
    }

    private CompletionStage<Reply> me(CommandContext ctx) {
        return api.userInfo(ctx.token()).thenApply(user -> {
            Reply view = UserInfoView.reply(ctx, user);
            return Reply.builder()
                    .title(view.title())
                    .blocksFrom(view)
                    .text(status.forContext(ctx))
                    .build()
                    .withVisibility(view.visibility());
        });
    }

    private CompletionStage<Reply> signIn(CommandContext ctx) {
        String username = ctx.account().map(LinkedAccount::username).orElse("-");
        return api.signInInfo(ctx.token())
                .thenApply(info -> SignInView.reply(ctx, username, info, settings.panelUrl()));
    }

    private CompletionStage<Reply> password(CommandContext ctx) {
        return api.resetPassword(
                        ctx.token(), ctx.args().string("old"), ctx.args().string("new"))
                .thenApply(msg -> Reply.text(ctx.t("account.password.done", msg)));
    }

    /** The link keeps the account's name for display: it follows the rename. */
    private CompletionStage<Reply> rename(CommandContext ctx) {
        String name = ctx.args().string("name");
        return api.updateUsername(ctx.token(), name).thenApply(msg -> {
            ctx.account()
                    .ifPresent(a -> accounts.link(
                            ctx.user().identity(), new LinkedAccount(a.chmlfrpUserId(), name, a.token())));
            return Reply.text(ctx.t("account.set.done", msg));
        });
    }

    private static CompletionStage<Reply> relay(CommandContext ctx, CompletionStage<String> call) {
        return call.thenApply(msg -> Reply.text(ctx.t("account.set.done", msg)));
    }
}
