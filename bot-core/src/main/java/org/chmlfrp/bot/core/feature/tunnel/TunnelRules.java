package org.chmlfrp.bot.core.feature.tunnel;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.chmlfrp.bot.core.chmlfrp.model.Node;
import org.chmlfrp.bot.core.chmlfrp.model.NodeStats;
import org.chmlfrp.bot.core.chmlfrp.model.TunnelType;
import org.chmlfrp.bot.core.command.CommandContext;
import org.chmlfrp.bot.core.feature.node.NodeCatalog;
import org.chmlfrp.bot.core.reply.Reply;

/**
 * The API's own rules for a tunnel, checked before {@code create_tunnel}/{@code update_tunnel}
 * is called: type tcp/udp/http/https; tcp/udp with a remote port and no domain; http/https with
 * a domain and no remote port; ports 1–65535; a node that exists and takes the type.
 * Whatever needs the account (VIP nodes, name taken, port range, quota) the API itself refuses.
 */
final class TunnelRules {
    private static final Pattern DIGITS = Pattern.compile("[+-]?\\d+");
    private static final Pattern DOMAIN = Pattern.compile("[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");
    private static final Pattern LOCAL_IP = Pattern.compile("[\\p{L}\\p{N}.:\\[\\]-]+");

    /** The node a tunnel goes on, or why it cannot go there. */
    record NodeCheck(Node node, Problem problem) {
        boolean ok() {
            return problem == null;
        }
    }

    private final NodeCatalog catalog;

    TunnelRules(NodeCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The checks that need no call. {@code typed} is the type as the user or the API spelled it
     * (for the message when it is not a known type).
     */
    Optional<Problem> shape(TunnelFields f, String typed) {
        TunnelType type = f.type();
        if (type == null) {
            return Optional.of(Problem.of("tunnel.invalid.type", typed == null ? "" : typed));
        }
        if (f.localPort() < 1 || f.localPort() > 65535) {
            return Optional.of(Problem.of("tunnel.invalid.port", "localport", String.valueOf(f.localPort())));
        }
        if (f.remotePort() != null && (f.remotePort() < 1 || f.remotePort() > 65535)) {
            return Optional.of(Problem.of("tunnel.invalid.port", "remoteport", String.valueOf(f.remotePort())));
        }
        if (f.domain() != null && DIGITS.matcher(f.domain()).matches()) {
            // a number that did not fit as a port ended up as the domain: it was meant as the remote port
            return Optional.of(Problem.of("tunnel.invalid.port", "remoteport", f.domain()));
        }
        String typeName = type.apiName();
        if (type.isWeb()) {
            if (f.remotePort() != null) {
                return Optional.of(
                        Problem.of("tunnel.invalid.remoteport-on-web", typeName, String.valueOf(f.remotePort())));
            }
            if (f.domain() == null || f.domain().isBlank()) {
                return Optional.of(Problem.of("tunnel.invalid.domain-missing", typeName));
            }
            if (!DOMAIN.matcher(f.domain()).matches()) {
                return Optional.of(Problem.of("tunnel.invalid.domain", f.domain()));
            }
        } else {
            if (f.domain() != null) {
                return Optional.of(Problem.of("tunnel.invalid.domain-on-port", typeName, f.domain()));
            }
            if (f.remotePort() == null) {
                return Optional.of(Problem.of("tunnel.invalid.remoteport-missing", typeName));
            }
        }
        if (!LOCAL_IP.matcher(f.localIp()).matches()) {
            return Optional.of(Problem.of("tunnel.invalid.ip", f.localIp()));
        }
        return Optional.empty();
    }

    /** The node by the public node list: it must exist and take the tunnel's type. */
    CompletableFuture<NodeCheck> node(String typedNode, TunnelType type) {
        return catalog.nodes().thenCompose(nodes -> {
            Optional<Node> found = NodeCatalog.match(nodes, typedNode);
            if (found.isPresent() && (type == null || found.get().allows(type))) {
                return CompletableFuture.completedFuture(new NodeCheck(found.get(), null));
            }
            return liveStats()
                    .thenApply(stats -> new NodeCheck(
                            found.orElse(null),
                            found.isEmpty()
                                    ? unknownNode(nodes, stats, typedNode, type)
                                    : notAllowed(found.get(), nodes, stats, type)));
        });
    }

    /** Goes on with the node's canonical name, or answers why the tunnel cannot go there. */
    CompletionStage<Reply> withNode(
            CommandContext ctx, String typedNode, TunnelType type, Function<String, CompletionStage<Reply>> then) {
        return node(typedNode, type)
                .thenCompose(check -> check.ok()
                        ? then.apply(check.node().name())
                        : Reply.error(check.problem().text(ctx)).completed());
    }

    private static Problem unknownNode(List<Node> nodes, List<NodeStats> stats, String typed, TunnelType type) {
        List<Node> similar = NodeSuggestions.similar(nodes, typed);
        if (!similar.isEmpty()) {
            return ctx ->
                    ctx.t("tunnel.node.unknown.similar", typed, NodeSuggestions.names(ctx, similar), ctx.prefix());
        }
        List<Node> online = NodeSuggestions.online(nodes, stats, type);
        if (!online.isEmpty()) {
            return ctx -> ctx.t("tunnel.node.unknown.online", typed, NodeSuggestions.names(ctx, online), ctx.prefix());
        }
        return ctx -> ctx.t("tunnel.node.unknown", typed, ctx.prefix());
    }

    private static Problem notAllowed(Node node, List<Node> nodes, List<NodeStats> stats, TunnelType type) {
        String key = type == TunnelType.UDP ? "tunnel.node.no-udp" : "tunnel.node.no-web";
        List<Node> online = NodeSuggestions.online(nodes, stats, type);
        return ctx -> ctx.t(
                key,
                node.name(),
                online.isEmpty() ? ctx.t("common.none") : NodeSuggestions.names(ctx, online),
                ctx.prefix());
    }

    /** Node stats only make the suggestions better: without them, suggest nothing online. */
    private CompletableFuture<List<NodeStats>> liveStats() {
        return catalog.stats().exceptionally(failure -> List.of());
    }
}
