package org.chmlfrp.bot.core.feature.help;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.chmlfrp.bot.core.chat.ConnectionHealth;
import org.chmlfrp.bot.core.chat.Role;
import org.chmlfrp.bot.core.command.CommandContext;

/**
 * For {@code help}: one line per bot account that is offline ("QQ bot account 123 offline
 * since 14:05 (reason)"), shown only to bot admins and only in a private chat (the account
 * number and the platform's reason are the operators' business). Null for everyone else and
 * when every account is online.
 */
public final class OfflineAccountsLine {
    private static final DateTimeFormatter TODAY = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter EARLIER = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT);
    private static final int MAX_REASON = 100;

    private final ConnectionHealth health;
    private final Clock clock;
    private final ZoneId zone;

    /** @param zone the zone times are shown in (the broadcast zone) */
    public OfflineAccountsLine(ConnectionHealth health, Clock clock, ZoneId zone) {
        this.health = health;
        this.clock = clock;
        this.zone = zone;
    }

    public String forContext(CommandContext ctx) {
        if (ctx.invocation().role() != Role.BOT_ADMIN || ctx.inGroup()) {
            return null;
        }
        List<ConnectionHealth.Outage> outages = health.outages();
        if (outages.isEmpty()) {
            return null;
        }
        return outages.stream().map(o -> line(ctx, o)).collect(Collectors.joining("\n"));
    }

    private String line(CommandContext ctx, ConnectionHealth.Outage o) {
        String platform = ctx.t("platform." + o.account().platform().id());
        String since = since(o);
        String reason = o.reason().strip().replaceAll("\\p{Cntrl}+", " ");
        if (reason.isEmpty()) {
            return ctx.t("help.offline.no-reason", platform, o.account().userId(), since);
        }
        if (reason.length() > MAX_REASON) {
            reason = reason.substring(0, MAX_REASON) + "…";
        }
        return ctx.t("help.offline", platform, o.account().userId(), since, reason);
    }

    /** {@code HH:mm} when it began today, else {@code MM-dd HH:mm}. */
    private String since(ConnectionHealth.Outage o) {
        LocalDateTime at = LocalDateTime.ofInstant(o.since(), zone);
        boolean today = at.toLocalDate()
                .equals(LocalDateTime.ofInstant(clock.instant(), zone).toLocalDate());
        return (today ? TODAY : EARLIER).format(at);
    }
}
