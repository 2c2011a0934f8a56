package org.chmlfrp.bot.core.feature.account;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.chmlfrp.bot.core.chat.ChatIdentity;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpApi;
import org.chmlfrp.bot.core.chmlfrp.model.UserInfo;
import org.chmlfrp.bot.core.command.AccountDirectory;
import org.chmlfrp.bot.core.command.ApiRefusals;
import org.chmlfrp.bot.core.command.CommandContext;
import org.chmlfrp.bot.core.command.CommandSet;
import org.chmlfrp.bot.core.command.CommandSpec;
import org.chmlfrp.bot.core.command.LinkedAccount;
import org.chmlfrp.bot.core.command.ParamSpec;
import org.chmlfrp.bot.core.command.ParamType;
import org.chmlfrp.bot.core.reply.Reply;

/**
 * {@code bind <token>}, {@code login <username> <password>} and {@code unbind}: linking this chat
 * identity to a ChmlFrp account. Only a usertoken is stored, never a password; replies never
 * repeat a secret. Linking again replaces the link.
 */
public final class AccountLinkCommands implements CommandSet {
    private final ChmlFrpApi api;
    private final AccountDirectory accounts;

    @Inject
    public AccountLinkCommands(ChmlFrpApi api, AccountDirectory accounts) {
        this.api = api;
        this.accounts = accounts;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(
                CommandSpec.command("bind").aliases("绑定").privateOnly().ephemeral()
                        .param(ParamSpec.required("token", ParamType.TEXT).asSecret())
                        .handler(this::bind),
                CommandSpec.command("login").aliases("登录").privateOnly().ephemeral()
                        .param(ParamSpec.required("username", ParamType.TEXT))
                        .param(ParamSpec.required("password", ParamType.TEXT).asSecret())
                        .handler(this::login),
                CommandSpec.command("unbind").aliases("解绑").ephemeral()
                        .handler(this::unbind));
    }

    private CompletionStage<Reply> bind(CommandContext ctx) {
        String token = ctx.args().string("token");
        return ApiRefusals.recover(api.userInfo(token).thenApply(user -> linked(ctx, user, token)),
                refused -> Reply.error(ctx.t("account.bind.refused",
                        refused.apiMessage().orElseThrow(), ctx.prefix())));
    }

    private CompletionStage<Reply> login(CommandContext ctx) {
        return api.login(ctx.args().string("username"), ctx.args().string("password")).thenApply(user -> {
            if (user.userToken() == null || user.userToken().isBlank()) {
                return Reply.error(ctx.t("account.login.no-token", ctx.prefix()));
            }
            return linked(ctx, user, user.userToken());
        });
    }

    /** Stores the link (replacing any) and says which account it is, never the token. */
    private Reply linked(CommandContext ctx, UserInfo user, String token) {
        ChatIdentity me = ctx.user().identity();
        Optional<LinkedAccount> before = accounts.find(me);
        accounts.link(me, new LinkedAccount(user.id(), user.username(), token));
        Reply.Builder b = Reply.builder().text(ctx.t("account.linked", user.username(), orDash(user.userGroup())));
        before.ifPresent(old -> b.text(ctx.t("account.linked.replaced", old.username())));
        return b.text(ctx.t("account.linked.next", ctx.prefix())).build();
    }

    private CompletionStage<Reply> unbind(CommandContext ctx) {
        ChatIdentity me = ctx.user().identity();
        Optional<LinkedAccount> before = accounts.find(me);
        boolean removed = accounts.unlink(me);
        Reply reply = removed
                ? Reply.text(ctx.t("account.unbind.done", before.map(LinkedAccount::username).orElse("-")))
                : Reply.text(ctx.t("account.unbind.none"));
        return CompletableFuture.completedFuture(reply);
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }
}
