package org.chmlfrp.bot.core.feature.tunnel;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.chmlfrp.bot.core.chart.ByteUnit;
import org.chmlfrp.bot.core.chmlfrp.HttpChmlFrpApi;
import org.chmlfrp.bot.core.chmlfrp.model.OnlineState;
import org.chmlfrp.bot.core.chmlfrp.model.Tunnel;
import org.chmlfrp.bot.core.command.CommandContext;
import org.chmlfrp.bot.core.feature.node.NodeFormat;
import org.chmlfrp.bot.core.reply.Block;

/**
 * How a tunnel is shown. In groups the node's host/IP ({@link Tunnel#ip()}) and the extra frpc
 * parameters (they may hold credentials such as {@code http_pwd}) never appear.
 */
final class TunnelView {
    /** The API's and its users' time zone. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private TunnelView() {}

    static List<String> headers(CommandContext ctx) {
        return List.of(
                ctx.t("tunnel.col.id"),
                ctx.t("tunnel.col.name"),
                ctx.t("tunnel.col.state"),
                ctx.t("tunnel.col.node"),
                ctx.t("tunnel.col.type"),
                ctx.t("tunnel.col.route"),
                ctx.t("tunnel.col.traffic"));
    }

    static List<String> row(CommandContext ctx, Tunnel t) {
        return List.of(id(t), text(t.name()), state(ctx, t), node(ctx, t), type(t), route(ctx, t), todayTraffic(t));
    }

    /** Every fact of the tunnel; the connect address and extra parameters only in private. */
    static List<Block.Field> fields(CommandContext ctx, Tunnel t) {
        List<Block.Field> f = new ArrayList<>();
        f.add(field(ctx, "tunnel.field.id", id(t)));
        f.add(field(ctx, "tunnel.field.name", text(t.name())));
        f.add(field(ctx, "tunnel.field.type", type(t)));
        f.add(field(ctx, "tunnel.field.node", text(t.node())));
        f.add(field(ctx, "tunnel.field.node-state", NodeFormat.state(ctx, t.nodeState())));
        f.add(field(ctx, "tunnel.field.state", state(ctx, t)));
        f.add(field(ctx, "tunnel.field.local", local(t)));
        f.add(field(ctx, isWeb(t) ? "tunnel.field.domain" : "tunnel.field.remote-port", text(t.dorp())));
        if (!ctx.inGroup()) {
            connectAddress(t).ifPresent(a -> f.add(field(ctx, "tunnel.field.address", a)));
        }
        f.add(field(ctx, "tunnel.field.encryption", yesNo(ctx, t.encryption())));
        f.add(field(ctx, "tunnel.field.compression", yesNo(ctx, t.compression())));
        f.add(field(ctx, "tunnel.field.connections", String.valueOf(t.curConns())));
        f.add(field(ctx, "tunnel.field.today-traffic", todayTraffic(t)));
        f.add(field(ctx, "tunnel.field.client-version", text(t.clientVersion())));
        f.add(field(
                ctx,
                "tunnel.field.uptime",
                t.uptime() == null ? "-" : TIME.format(t.uptime().atZone(ZONE))));
        if (!ctx.inGroup() && t.ap() != null && !t.ap().isBlank()) {
            f.add(new Block.Field(ctx.t("tunnel.field.extra"), t.ap().strip(), false));
        }
        return f;
    }

    static String id(Tunnel t) {
        return t.id() == null ? "-" : String.valueOf(t.id());
    }

    static String state(CommandContext ctx, Tunnel t) {
        return ctx.t(t.online() ? "common.online" : "common.offline");
    }

    /** The node's name, marked when the node is offline. */
    static String node(CommandContext ctx, Tunnel t) {
        return t.nodeState() == OnlineState.OFFLINE ? ctx.t("tunnel.node-offline", text(t.node())) : text(t.node());
    }

    static String type(Tunnel t) {
        return t.type() != null ? t.type().apiName() : text(t.rawType());
    }

    static String local(Tunnel t) {
        String ip = t.localIp() == null || t.localIp().isBlank() ? HttpChmlFrpApi.DEFAULT_LOCAL_IP : t.localIp();
        return ip + ":" + t.localPort();
    }

    /**
     * {@code 127.0.0.1:25565 → 25565} in groups; in private the node's host joins a tcp/udp
     * remote port ({@code → ld.frp.one:25565}). Web tunnels show their domain.
     */
    static String route(CommandContext ctx, Tunnel t) {
        String remote = text(t.dorp());
        if (!ctx.inGroup() && !isWeb(t)) {
            remote = connectAddress(t).orElse(remote);
        }
        return local(t) + " → " + remote;
    }

    static String todayTraffic(Tunnel t) {
        return ByteUnit.compact(t.todayTrafficIn()) + " / " + ByteUnit.compact(t.todayTrafficOut());
    }

    static String yesNo(CommandContext ctx, boolean b) {
        return ctx.t(b ? "common.yes" : "common.no");
    }

    /** Where visitors connect: {@code host:port} for tcp/udp (when the API tells the host), the URL for web. */
    private static Optional<String> connectAddress(Tunnel t) {
        if (isWeb(t)) {
            String scheme = t.type() != null ? t.type().apiName() : "http";
            return t.dorp() == null ? Optional.empty() : Optional.of(scheme + "://" + t.dorp());
        }
        String host = t.ip();
        if (host == null || host.isBlank() || host.contains("*") || t.dorp() == null) {
            return Optional.empty();
        }
        return Optional.of(host.trim() + ":" + t.dorp());
    }

    private static boolean isWeb(Tunnel t) {
        return t.type() != null ? t.type().isWeb() : t.remotePort().isEmpty();
    }

    private static Block.Field field(CommandContext ctx, String key, String value) {
        return new Block.Field(ctx.t(key), value, true);
    }

    /** The value as text, or a dash when there is none. */
    static String text(Object value) {
        return value == null || value.toString().isBlank() ? "-" : value.toString();
    }
}
