package org.chmlfrp.bot.core.feature.gift;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpApi;
import org.chmlfrp.bot.core.chmlfrp.model.GiftCardRateLimit;
import org.chmlfrp.bot.core.chmlfrp.model.GiftCardRedemption;
import org.chmlfrp.bot.core.command.AccountDirectory;
import org.chmlfrp.bot.core.command.CommandContext;
import org.chmlfrp.bot.core.command.CommandSet;
import org.chmlfrp.bot.core.command.CommandSpec;
import org.chmlfrp.bot.core.command.ParamSpec;
import org.chmlfrp.bot.core.command.ParamType;
import org.chmlfrp.bot.core.reply.Block;
import org.chmlfrp.bot.core.reply.Reply;

/**
 * {@code gift redeem <code>} in private, with a linked account: redeems a ChmlFrp gift card
 * ({@code /giftcard/redeem}) and says what it gave, or why not in the API's words (with how long
 * redeeming is blocked after too many failures). The code is a secret like a token: typed in a
 * group it is not used, the message is recalled and the user is told to redeem privately (the
 * dispatcher's secret path).
 */
public final class GiftCommand implements CommandSet {
    private final ChmlFrpApi api;
    private final AccountDirectory accounts;

    @Inject
    public GiftCommand(ChmlFrpApi api, AccountDirectory accounts) {
        this.api = api;
        this.accounts = accounts;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(CommandSpec.command("gift", "redeem")
                .aliases("兑换", "礼品卡兑换")
                .param(ParamSpec.required("giftcode", ParamType.TEXT).asSecret())
                .privateOnly()
                .needsAccount()
                .ephemeral()
                .handler(this::redeem));
    }

    private CompletionStage<Reply> redeem(CommandContext ctx) {
        String usertoken = accounts.usertoken(ctx.user().identity()).orElse(null);
        return api.redeemGiftCard(
                        ctx.token(), usertoken, ctx.args().string("giftcode").strip())
                .thenApply(result -> reply(ctx, result));
    }

    static Reply reply(CommandContext ctx, GiftCardRedemption result) {
        if (result instanceof GiftCardRedemption.Membership m) {
            return Reply.builder()
                    .title(ctx.t("gift.redeemed", orDash(m.cardName())))
                    .fields(List.of(
                            new Block.Field(ctx.t("gift.member.type"), orDash(m.memberType()), true),
                            new Block.Field(
                                    ctx.t("gift.member.days"), ctx.t("gift.member.days.value", m.memberDays()), true),
                            new Block.Field(ctx.t("gift.member.term"), orDash(m.newTerm()), true)))
                    .build();
        }
        if (result instanceof GiftCardRedemption.Points p) {
            return Reply.builder()
                    .title(ctx.t("gift.redeemed", orDash(p.cardName())))
                    .fields(List.of(
                            new Block.Field(ctx.t("gift.points"), "+" + p.points(), true),
                            new Block.Field(ctx.t("gift.points.total"), Long.toString(p.newIntegral()), true)))
                    .build();
        }
        GiftCardRedemption.Refused refused = (GiftCardRedemption.Refused) result;
        List<String> lines = new ArrayList<>();
        lines.add(ctx.t("gift.refused", refused.msg()));
        GiftCardRateLimit limit = refused.rateLimit();
        if (limit != null && limit.blocked()) {
            lines.add(
                    limit.remainingBanMinutes() != null
                            ? ctx.t("gift.blocked.minutes", limit.remainingBanMinutes())
                            : ctx.t("gift.blocked"));
        } else if (limit != null && limit.consecutiveFailures() > 0) {
            lines.add(ctx.t("gift.failures", limit.consecutiveFailures()));
        }
        if (limit != null && limit.tips() != null && !limit.tips().isBlank()) {
            lines.add(ctx.t("gift.tips", limit.tips().strip()));
        }
        return Reply.error(String.join("\n", lines));
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "-" : s.strip();
    }
}
