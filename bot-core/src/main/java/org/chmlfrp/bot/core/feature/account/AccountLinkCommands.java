package org.chmlfrp.bot.core.feature.account;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
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
import org.chmlfrp.bot.core.oauth.DeviceLogins;
import org.chmlfrp.bot.core.reply.Action;
import org.chmlfrp.bot.core.reply.Reply;

/**
 * {@code bind <token>}, {@code login <username> <password>} and {@code unbind}: linking this chat
 * identity to a ChmlFrp account. Only a usertoken is stored, never a password; replies never
 * repeat a secret. Linking again replaces the link. {@code login} with no arguments and {@code bind}
 * with no token start a QZhua device-code login ({@link DeviceLogins}) when {@code oauth.client-id} is
 * set: the reply gives the link and the code, the outcome comes later as a private message.
 */
public final class AccountLinkCommands implements CommandSet {
    private final ChmlFrpApi api;
    private final AccountDirectory accounts;
    private final Optional<DeviceLogins> deviceLogins;

    @Inject
    public AccountLinkCommands(ChmlFrpApi api, AccountDirectory accounts, Optional<DeviceLogins> deviceLogins) {
        this.api = api;
        this.accounts = accounts;
        this.deviceLogins = deviceLogins;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(
                CommandSpec.command("bind")
                        .aliases("绑定")
                        .privateOnly()
                        .ephemeral()
                        .askInFormWhenMissing()
                        .param(ParamSpec.optional("token", ParamType.TEXT).asSecret())
                        .handler(this::bind),
                CommandSpec.command("login")
                        .aliases("登录")
                        .privateOnly()
                        .ephemeral()
                        .askInFormWhenMissing()
                        .param(ParamSpec.optional("username", ParamType.TEXT))
                        .param(ParamSpec.optional("password", ParamType.TEXT).asSecret())
                        .handler(this::login),
                CommandSpec.command("unbind").aliases("解绑").ephemeral().handler(this::unbind));
    }

    private CompletionStage<Reply> bind(CommandContext ctx) {
        if (!ctx.args().has("token")) {
            return deviceLogin(ctx);
        }
        String token = ctx.args().string("token");
        return ApiRefusals.recover(
                api.userInfo(token).thenApply(user -> linked(ctx, user, token)),
                refused -> Reply.error(
                        ctx.t("account.bind.refused", refused.apiMessage().orElseThrow(), ctx.prefix())));
    }

    private CompletionStage<Reply> login(CommandContext ctx) {
        if (!ctx.args().has("username") && !ctx.args().has("password")) {
            return deviceLogin(ctx);
        }
        if (!ctx.args().has("username") || !ctx.args().has("password")) {
            String missing = ctx.args().has("username") ? "password" : "username";
            return Reply.error(ctx.t(
                                    "error.args.missing",
                                    ctx.t("error.args.param-label", missing, ctx.t("param." + missing)))
                            + "\n"
                            + ctx.t("error.usage", ctx.prefix() + ctx.spec().usage()))
                    .completed();
        }
        return api.login(ctx.args().string("username"), ctx.args().string("password"))
                .thenApply(user -> {
                    if (user.userToken() == null || user.userToken().isBlank()) {
                        return Reply.error(ctx.t("account.login.no-token", ctx.prefix()));
                    }
                    return linked(ctx, user, user.userToken());
                });
    }

    /** Starts a QZhua device-code login; the reply holds the link and the code, the outcome comes later. */
    private CompletionStage<Reply> deviceLogin(CommandContext ctx) {
        if (deviceLogins.isEmpty()) {
            return Reply.error(ctx.t("oauth.login.off") + "\n"
                            + ctx.t("error.usage", ctx.prefix() + withSecrets(ctx.spec())))
                    .completed();
        }
        return deviceLogins
                .get()
                .start(ctx.user().identity(), ctx.place().botAccount(), ctx.locale())
                .handle((auth, failure) -> failure != null
                        ? Reply.error(ctx.t("oauth.login.unreachable", ctx.prefix()))
                        : Reply.builder()
                                .text(ctx.t(
                                        "oauth.login.start",
                                        auth.userCode(),
                                        Math.max(1, (auth.expiresIn() + 59) / 60)))
                                .action(Action.link(ctx.t("oauth.login.open"), auth.link()))
                                .privateToUser()
                                .build());
    }

    /** Stores the link (replacing any) and says which account it is, never the token. */
    private Reply linked(CommandContext ctx, UserInfo user, String token) {
        ChatIdentity me = ctx.user().identity();
        Optional<LinkedAccount> before = accounts.find(me);
        accounts.link(me, new LinkedAccount(user.id(), user.username(), token));
        Reply.Builder b =
                Reply.builder().text(ctx.t("account.linked", user.username(), UserInfoView.text(user.userGroup())));
        before.ifPresent(old -> b.text(ctx.t("account.linked.replaced", old.username())));
        return b.text(ctx.t("account.linked.next", ctx.prefix())).build();
    }

    private CompletionStage<Reply> unbind(CommandContext ctx) {
        ChatIdentity me = ctx.user().identity();
        Optional<LinkedAccount> before = accounts.find(me);
        return Reply.text(
                        accounts.unlink(me)
                                ? ctx.t(
                                        "account.unbind.done",
                                        before.map(LinkedAccount::username).orElse("-"))
                                : ctx.t("account.unbind.none"))
                .completed();
    }

    /** {@code bind <token>}: the usage when the secret is the only way to link. */
    private static String withSecrets(CommandSpec spec) {
        return spec.pathText()
                + spec.params().stream().map(p -> " <" + p.name() + ">").collect(Collectors.joining());
    }
}
