package org.chmlfrp.bot.core.feature.node;

import java.util.List;
import org.chmlfrp.bot.core.chmlfrp.model.Node;
import org.chmlfrp.bot.core.command.CommandContext;
import org.chmlfrp.bot.core.reply.Reply;

/** The answer when a typed node name fits no node (or several): names it, suggests close names, points to {@code node list}. */
final class UnknownNodeReply {
    private static final int MAX_SUGGESTIONS = 5;

    private UnknownNodeReply() {}

    static Reply of(CommandContext ctx, String typed, List<Node> nodes) {
        List<String> similar = NodeListing.similarNames(nodes, typed, MAX_SUGGESTIONS);
        String text = similar.isEmpty()
                ? ctx.t("node.unknown", typed, ctx.prefix())
                : ctx.t("node.unknown.suggest", typed, String.join(ctx.t("node.separator"), similar));
        return Reply.error(text);
    }
}
