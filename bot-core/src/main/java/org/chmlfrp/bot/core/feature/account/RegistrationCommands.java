package org.chmlfrp.bot.core.feature.account;

import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.chmlfrp.bot.core.chmlfrp.ApiErrorKind;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpApi;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpSettings;
import org.chmlfrp.bot.core.chmlfrp.model.MailCodeType;
import org.chmlfrp.bot.core.command.AccountDirectory;
import org.chmlfrp.bot.core.command.ApiRefusals;
import org.chmlfrp.bot.core.command.CommandContext;
import org.chmlfrp.bot.core.command.CommandSet;
import org.chmlfrp.bot.core.command.CommandSpec;
import org.chmlfrp.bot.core.command.ParamSpec;
import org.chmlfrp.bot.core.command.ParamType;
import org.chmlfrp.bot.core.reply.Reply;

/**
 * Account life cycle through mail codes: {@code mailcode <register|retoken> <email>},
 * {@code register …} and {@code retoken [code]}. The real API wants a GeeTest captcha for mail
 * codes, which a chat cannot show: a refusal points to the panel. A reset token kills the old
 * one, so the link goes with it.
 */
public final class RegistrationCommands implements CommandSet {
    private static final String REGISTER = "register";
    private static final String RETOKEN = "retoken";

    private final ChmlFrpApi api;
    private final AccountDirectory accounts;
    private final ChmlFrpSettings settings;

    @Inject
    public RegistrationCommands(ChmlFrpApi api, AccountDirectory accounts, ChmlFrpSettings settings) {
        this.api = api;
        this.accounts = accounts;
        this.settings = settings;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(
                CommandSpec.command("mailcode")
                        .aliases("验证码")
                        .privateOnly()
                        .ephemeral()
                        .param(ParamSpec.required("purpose", ParamType.choice(REGISTER, RETOKEN)))
                        .param(ParamSpec.required("email", ParamType.TEXT))
                        .handler(this::mailCode),
                CommandSpec.command("register")
                        .aliases("注册")
                        .privateOnly()
                        .ephemeral()
                        .param(ParamSpec.required("username", ParamType.TEXT))
                        .param(ParamSpec.required("password", ParamType.TEXT).asSecret())
                        .param(ParamSpec.required("email", ParamType.TEXT))
                        .param(ParamSpec.required("qq", ParamType.TEXT))
                        .param(ParamSpec.required("code", ParamType.TEXT).asSecret())
                        .handler(this::register),
                CommandSpec.command("retoken")
                        .aliases("重置令牌")
                        .privateOnly()
                        .needsAccount()
                        .ephemeral()
                        .param(ParamSpec.optional("code", ParamType.TEXT).asSecret())
                        .handler(this::retoken));
    }

    private CompletionStage<Reply> mailCode(CommandContext ctx) {
        String purpose = ctx.args().string("purpose");
        String email = ctx.args().string("email");
        MailCodeType type = REGISTER.equals(purpose) ? MailCodeType.REGISTER : MailCodeType.RETOKEN;
        String next = type == MailCodeType.REGISTER
                ? ctx.t("account.mailcode.next.register", ctx.prefix(), email)
                : ctx.t("account.mailcode.next.retoken", ctx.prefix());
        return ApiRefusals.recover(
                api.sendMailCode(type, email, null)
                        .thenApply(msg -> Reply.builder()
                                .text(ctx.t("account.mailcode.sent", msg, email))
                                .text(next)
                                .build()),
                refused -> Reply.error(ctx.t(
                        "account.mailcode.refused",
                        refused.apiMessage().orElseThrow(),
                        settings.panelUrl().toString())));
    }

    private CompletionStage<Reply> register(CommandContext ctx) {
        String username = ctx.args().string("username");
        return api.register(
                        username,
                        ctx.args().string("password"),
                        ctx.args().string("email"),
                        ctx.args().string("qq"),
                        ctx.args().string("code"))
                .thenApply(msg -> Reply.text(ctx.t("account.register.done", msg, ctx.prefix(), username)));
    }

    /** On success the old token is dead: the link is removed. On failure the link stays. */
    private CompletionStage<Reply> retoken(CommandContext ctx) {
        String code = ctx.args().optString("code").orElse(null);
        return ApiRefusals.recover(
                api.retoken(ctx.token(), code).thenApply(msg -> {
                    accounts.unlink(ctx.user().identity());
                    return Reply.text(ctx.t(
                            "account.retoken.done", msg, settings.panelUrl().toString(), ctx.prefix()));
                }),
                refused -> Reply.error(ctx.t(
                        refused.kind() == ApiErrorKind.INVALID_TOKEN
                                ? "account.retoken.dead-token"
                                : "account.retoken.refused",
                        refused.apiMessage().orElseThrow(),
                        ctx.prefix())));
    }
}
