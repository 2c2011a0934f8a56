package org.chmlfrp.bot.core.feature.account;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.chmlfrp.bot.core.chmlfrp.model.SignInInfo;
import org.chmlfrp.bot.core.command.CommandContext;
import org.chmlfrp.bot.core.reply.Block;
import org.chmlfrp.bot.core.reply.Reply;

/**
 * The {@code signin} reply: the state from {@code /qiandao_info}, then where to sign in (the
 * captcha only the panel can show). In a group: signed in today and points only.
 */
final class SignInView {
    /** ChmlFrp is a Chinese service: its times are shown in China time. */
    static final ZoneId SERVICE_ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private SignInView() {}

    static Reply reply(CommandContext ctx, String username, SignInInfo info, URI panel) {
        List<Block.Field> f = new ArrayList<>();
        f.add(new Block.Field(
                ctx.t("account.signin.today"),
                ctx.t(info.signedInToday() ? "account.signin.today.yes" : "account.signin.today.no"),
                true));
        f.add(new Block.Field(ctx.t("account.signin.points"), String.valueOf(info.totalPoints()), true));
        if (!ctx.inGroup()) {
            f.add(new Block.Field(
                    ctx.t("account.signin.count"),
                    ctx.t("account.signin.count.value", String.valueOf(info.totalSignIns())),
                    true));
            f.add(new Block.Field(ctx.t("account.signin.last"), lastTime(ctx, info.lastSignInTime()), true));
        }
        String next = info.signedInToday() ? "account.signin.captcha.done" : "account.signin.captcha";
        return Reply.builder()
                .title(ctx.t("account.signin.title", username))
                .fields(f)
                .text(ctx.t(next, panel.toString()))
                .build();
    }

    /** The API writes Spring's {@code 2024-12-20T08:30:12.000+00:00}; anything else is shown as it came. */
    static String lastTime(CommandContext ctx, String raw) {
        if (raw == null || raw.isBlank()) {
            return ctx.t("account.signin.never");
        }
        try {
            return ctx.t(
                    "account.signin.time",
                    SHOWN.format(OffsetDateTime.parse(raw.trim()).atZoneSameInstant(SERVICE_ZONE)));
        } catch (DateTimeParseException notOffset) {
            try {
                return SHOWN.format(LocalDateTime.parse(raw.trim()));
            } catch (DateTimeParseException notLocal) {
                return raw;
            }
        }
    }
}
