package org.chmlfrp.bot.core.feature.node;

import java.util.Locale;
import org.chmlfrp.bot.core.chmlfrp.model.NodeGroup;
import org.chmlfrp.bot.core.chmlfrp.model.OnlineState;
import org.chmlfrp.bot.core.command.CommandContext;

/** How node figures read in a reply: sizes, percentages, durations, group and flags. */
public final class NodeFormat {
    private NodeFormat() {}

    /** {@code 47%}. */
    static String percent(double value) {
        return String.format(Locale.ROOT, value == Math.rint(value) ? "%.0f%%" : "%.1f%%", value);
    }

    /** An average uptime, two decimals: {@code 99.87%}. */
    static String uptimePercent(double value) {
        return String.format(Locale.ROOT, "%.2f%%", value);
    }

    static String load(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** {@code 40 天 2 小时} / {@code 5 小时 3 分钟} / {@code 7 分钟}. */
    static String duration(CommandContext ctx, long seconds) {
        long s = Math.max(0, seconds);
        long days = s / 86_400;
        long hours = s % 86_400 / 3_600;
        long minutes = s % 3_600 / 60;
        if (days > 0) {
            return ctx.t("node.duration.days", days, hours);
        }
        if (hours > 0) {
            return ctx.t("node.duration.hours", hours, minutes);
        }
        return ctx.t("node.duration.minutes", minutes);
    }

    static String group(CommandContext ctx, NodeGroup group) {
        return ctx.t(group == NodeGroup.VIP ? "node.group.vip" : "node.group.user");
    }

    static String state(CommandContext ctx, boolean online) {
        return ctx.t(online ? "common.online" : "common.offline");
    }

    /** A node's state as the API reports it. */
    public static String state(CommandContext ctx, OnlineState state) {
        return switch (state) {
            case ONLINE -> ctx.t("common.online");
            case OFFLINE -> ctx.t("common.offline");
            case UNKNOWN -> ctx.t("common.unknown");
        };
    }

    /** {@code UDP 建站 国内}: what the node allows and where it is. */
    static String flags(CommandContext ctx, boolean udp, boolean web, boolean china) {
        return (udp ? ctx.t("node.flag.udp") + " " : "")
                + (web ? ctx.t("node.flag.web") + " " : "")
                + ctx.t(china ? "node.flag.china" : "node.flag.abroad");
    }

    /** Text from the API, or a dash when it sent none. */
    static String orDash(String text) {
        return text == null || text.isBlank() ? "-" : text.strip();
    }
}
