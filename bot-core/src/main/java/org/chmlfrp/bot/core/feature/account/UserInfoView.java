package org.chmlfrp.bot.core.feature.account;

import java.util.ArrayList;
import java.util.List;
import org.chmlfrp.bot.core.chart.ByteUnit;
import org.chmlfrp.bot.core.chmlfrp.model.UserInfo;
import org.chmlfrp.bot.core.command.CommandContext;
import org.chmlfrp.bot.core.reply.Block;
import org.chmlfrp.bot.core.reply.Reply;

/**
 * The {@code me} reply. In a group only the public part (SPEC §5): username, user group,
 * expiry, tunnels used/quota, bandwidth, points. Email, QQ, avatar, token and real-name state
 * appear in private only; the token and the avatar URL never.
 */
final class UserInfoView {
    private UserInfoView() {}

    static Reply reply(CommandContext ctx, UserInfo u) {
        Reply.Builder b = Reply.builder().title(ctx.t("account.me.title", text(u.username())));
        if (ctx.inGroup()) {
            return b.fields(publicFields(ctx, u))
                    .text(ctx.t("account.me.public-only", ctx.prefix()))
                    .build();
        }
        return b.fields(fullFields(ctx, u)).build();
    }

    static List<Block.Field> publicFields(CommandContext ctx, UserInfo u) {
        List<Block.Field> f = new ArrayList<>();
        f.add(field(ctx, "account.me.username", text(u.username())));
        f.add(field(ctx, "account.me.group", text(u.userGroup())));
        f.add(field(ctx, "account.me.term", term(ctx, u.term())));
        f.add(field(
                ctx,
                "account.me.tunnels",
                ctx.t("account.me.tunnels.value", String.valueOf(u.tunnelCount()), String.valueOf(u.tunnelQuota()))));
        f.add(field(ctx, "account.me.bandwidth", ctx.t("account.me.bandwidth.value", String.valueOf(u.bandwidth()))));
        f.add(field(ctx, "account.me.points", String.valueOf(u.integral())));
        return f;
    }

    static List<Block.Field> fullFields(CommandContext ctx, UserInfo u) {
        List<Block.Field> f = new ArrayList<>(publicFields(ctx, u));
        f.add(1, field(ctx, "account.me.id", String.valueOf(u.id())));
        f.add(field(ctx, "account.me.email", text(u.email())));
        f.add(field(ctx, "account.me.qq", text(u.qq())));
        f.add(field(ctx, "account.me.realname", text(u.realname())));
        f.add(field(ctx, "account.me.regtime", text(u.regTime())));
        f.add(field(
                ctx,
                "account.me.traffic",
                ctx.t("account.me.traffic.value", ByteUnit.human(u.totalUpload()), ByteUnit.human(u.totalDownload()))));
        return f;
    }

    /** {@code 9999-09-09} is how the API writes "never expires". */
    private static String term(CommandContext ctx, String term) {
        if (term == null || term.isBlank()) {
            return ctx.t("account.me.unknown");
        }
        return term.startsWith("9999") ? ctx.t("account.me.term.forever", term) : term;
    }

    private static Block.Field field(CommandContext ctx, String key, String value) {
        return new Block.Field(ctx.t(key), value, true);
    }

    static String text(String apiValue) {
        return apiValue == null || apiValue.isBlank() ? "-" : apiValue;
    }
}
