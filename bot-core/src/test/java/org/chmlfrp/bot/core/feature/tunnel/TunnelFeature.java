package org.chmlfrp.bot.core.feature.tunnel;

import java.util.List;
import org.chmlfrp.bot.core.command.CommandSet;
import org.chmlfrp.bot.core.feature.domain.DomainNames;
import org.chmlfrp.bot.core.reply.Block;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.core.testing.BotHarness;
import org.chmlfrp.bot.testkit.chmlfrp.FakeChmlFrpServer;

/** The tunnel feature wired into a {@link BotHarness}, and small helpers for its tests. */
final class TunnelFeature {
    /** The seed's VIP user's QQ number. */
    static final String VIP_QQ = "10001";

    static final String FREE_QQ = "10002";

    private TunnelFeature() {}

    static List<CommandSet> features(BotHarness h) {
        return List.of(
                new TunnelCommands(h.api(), h.catalog(), h.charts(), h.clock()),
                new TunnelChangeCommands(h.api(), h.catalog(), new DomainNames(h.api(), h.clock())));
    }

    /** A harness with the VIP user (QQ 10001) and the free user (QQ 10002) linked. */
    static BotHarness start() {
        return start(FakeChmlFrpServer.builder());
    }

    static BotHarness start(FakeChmlFrpServer.Builder fake) {
        BotHarness h = BotHarness.start(fake, TunnelFeature::features);
        h.link(VIP_QQ, BotHarness.VIP_TOKEN);
        h.link(FREE_QQ, BotHarness.FREE_TOKEN);
        return h;
    }

    static Block.Table table(Reply r) {
        return r.blocks().stream()
                .filter(Block.Table.class::isInstance)
                .map(Block.Table.class::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no table in: " + r.plainText()));
    }

    static List<String> row(Reply r, String id) {
        return table(r).rows().stream()
                .filter(row -> row.get(0).equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + id + " in: " + r.plainText()));
    }

    static String field(Reply r, String name) {
        return r.blocks().stream()
                .filter(Block.Fields.class::isInstance)
                .map(Block.Fields.class::cast)
                .flatMap(f -> f.fields().stream())
                .filter(f -> f.name().equals(name))
                .map(Block.Field::value)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no field " + name + " in: " + r.plainText()));
    }

    static boolean hasField(Reply r, String name) {
        return r.blocks().stream()
                .filter(Block.Fields.class::isInstance)
                .map(Block.Fields.class::cast)
                .flatMap(f -> f.fields().stream())
                .anyMatch(f -> f.name().equals(name));
    }
}
