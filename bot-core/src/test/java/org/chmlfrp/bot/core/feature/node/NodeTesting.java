package org.chmlfrp.bot.core.feature.node;

import java.util.ArrayList;
import java.util.List;
import org.chmlfrp.bot.core.reply.Action;
import org.chmlfrp.bot.core.reply.Block;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.core.testing.BotHarness;

/** The node feature wired into a harness, and helpers to read replies. */
final class NodeTesting {
    private NodeTesting() {}

    static BotHarness start() {
        return BotHarness.start(h -> List.of(
                new NodeCommands(h.api(), h.catalog()),
                new NodeUptimeCommand(h.api(), h.catalog(), h.charts()),
                new PanelCommand(h.api(), h.settings())));
    }

    static Block.Table table(Reply r) {
        return r.blocks().stream()
                .filter(Block.Table.class::isInstance)
                .map(Block.Table.class::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no table in: " + r.plainText()));
    }

    static List<String> column(Reply r, int index) {
        List<String> out = new ArrayList<>();
        table(r).rows().forEach(row -> out.add(row.get(index)));
        return out;
    }

    static List<Action> pageActions(Reply r) {
        return r.actions().stream().filter(a -> a.kind() == Action.Kind.PAGE).toList();
    }

    static List<Block.Image> images(Reply r) {
        return r.blocks().stream()
                .filter(Block.Image.class::isInstance)
                .map(Block.Image.class::cast)
                .toList();
    }

    /** Everything a reply shows: text, fields, tables and action commands. */
    static String everything(Reply r) {
        StringBuilder b = new StringBuilder(r.plainText());
        r.actions().forEach(a -> b.append('\n').append(a.label()).append(' ').append(a.command()));
        return b.toString();
    }
}
