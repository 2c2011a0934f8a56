package org.chmlfrp.bot.core.feature.tunnel;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpApi;
import org.chmlfrp.bot.core.chmlfrp.model.Tunnel;
import org.chmlfrp.bot.core.command.CommandContext;
import org.chmlfrp.bot.core.reply.Reply;

/** Finds one of the user's tunnels by what they typed: a numeric id, the exact name, then the name in any case. */
final class TunnelLookup {
    /** How many names a "not found" message lists. */
    static final int NAMES_SHOWN = 5;

    private final ChmlFrpApi api;

    TunnelLookup(ChmlFrpApi api) {
        this.api = api;
    }

    /** Reads the user's tunnels, finds the one named by the {@code tunnel} argument, and goes on with it. */
    CompletionStage<Reply> withTunnel(CommandContext ctx, Function<Tunnel, CompletionStage<Reply>> then) {
        String typed = ctx.args().string("tunnel");
        return api.tunnels(ctx.token())
                .thenCompose(all -> find(all, typed)
                        .map(then)
                        .orElseGet(() -> notFound(ctx, typed, all).completed()));
    }

    static Optional<Tunnel> find(List<Tunnel> all, String typed) {
        String wanted = typed.trim();
        if (wanted.startsWith("#")) {
            wanted = wanted.substring(1);
        }
        Integer id = wanted.matches("\\d{1,9}") ? Integer.valueOf(wanted) : null;
        String name = typed.trim();
        String lower = name.toLowerCase(Locale.ROOT);
        return all.stream()
                .filter(t -> id != null && id.equals(t.id()))
                .findFirst()
                .or(() -> all.stream().filter(t -> name.equals(t.name())).findFirst())
                .or(() -> only(all.stream()
                        .filter(t -> t.name() != null
                                && t.name().toLowerCase(Locale.ROOT).equals(lower))));
    }

    /** The one item left, or empty when none or several are. */
    static <T> Optional<T> only(Stream<T> items) {
        List<T> left = items.limit(2).toList();
        return left.size() == 1 ? Optional.of(left.get(0)) : Optional.empty();
    }

    static Reply notFound(CommandContext ctx, String typed, List<Tunnel> all) {
        if (all.isEmpty()) {
            return Reply.error(ctx.t("tunnel.not-found.none", typed, ctx.prefix()));
        }
        String names = byId(all).stream()
                .map(Tunnel::name)
                .filter(Objects::nonNull)
                .limit(NAMES_SHOWN)
                .collect(Collectors.joining(ctx.t("tunnel.separator")));
        if (all.size() > NAMES_SHOWN) {
            names = ctx.t("tunnel.not-found.more", names, String.valueOf(all.size()));
        }
        return Reply.error(ctx.t("tunnel.not-found", typed, names, ctx.prefix()));
    }

    /** Tunnels in id order, the way every list shows them. */
    static List<Tunnel> byId(List<Tunnel> all) {
        return all.stream()
                .sorted(Comparator.comparing(Tunnel::id, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }
}
