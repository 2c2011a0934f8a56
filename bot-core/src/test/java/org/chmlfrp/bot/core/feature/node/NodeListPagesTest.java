package org.chmlfrp.bot.core.feature.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.chmlfrp.bot.core.chat.BotLocale;
import org.chmlfrp.bot.core.chmlfrp.model.Node;
import org.chmlfrp.bot.core.chmlfrp.model.NodeStats;
import org.chmlfrp.bot.core.reply.Reply;
import org.junit.jupiter.api.Test;

/** Pages built once per catalog snapshot, and never more than a bounded number of them. */
class NodeListPagesTest {
    private final NodeListPages pages = new NodeListPages();
    private final AtomicInteger built = new AtomicInteger();
    private final List<Node> nodes = List.of();
    private final List<NodeStats> stats = List.of();

    private Reply page(List<Node> n, int number) {
        NodeListPages.Key key = new NodeListPages.Key(Optional.empty(), number, BotLocale.ZH_CN, "/");
        return pages.page(n, stats, key, () -> Reply.text("page " + number + " #" + built.incrementAndGet()));
    }

    @Test
    void aPageIsBuiltOncePerSnapshot() {
        Reply first = page(nodes, 1);
        assertThat(page(nodes, 1)).isSameAs(first);
        assertThat(built).hasValue(1);

        List<Node> refreshed = new ArrayList<>(nodes);
        assertThat(page(refreshed, 1)).as("a new snapshot builds again").isNotSameAs(first);
        assertThat(built).hasValue(2);
    }

    @Test
    void manyDistinctPagesStayBounded() {
        Reply first = page(nodes, 1);
        for (int round = 0; round < 3; round++) {
            for (int n = 2; n <= NodeListPages.MAX_PAGES * 4; n++) {
                page(nodes, n);
                page(nodes, 1);
            }
        }
        int before = built.get();
        for (int n = 2; n <= NodeListPages.MAX_PAGES * 4; n++) {
            page(nodes, n);
        }
        assertThat(built.get() - before)
                .as("pages past the bound were dropped and are built again")
                .isGreaterThan(NodeListPages.MAX_PAGES);
        assertThat(page(nodes, 1)).as("the page asked for all along is kept").isSameAs(first);
    }
}
