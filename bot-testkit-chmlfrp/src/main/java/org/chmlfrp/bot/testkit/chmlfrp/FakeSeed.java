package org.chmlfrp.bot.testkit.chmlfrp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The initial world of a {@link FakeChmlFrpServer}: users, nodes, tunnels, domains, subdomains,
 * panel totals and (optionally) uptime history. Immutable; the server copies it into a live
 * {@link FakeState}.
 *
 * <p>{@link #documentExamples()} is the world of the API document's own examples; build other
 * worlds with {@link #builder()} or adjust that one with {@link #toBuilder()}.
 *
 * @param users            accounts
 * @param nodes            nodes
 * @param tunnels          tunnels (each on an existing node, owned by an existing user)
 * @param availableDomains main domains for free subdomains
 * @param subdomains       free subdomains
 * @param panel            platform totals and friend links
 * @param uptimeHistory    per node name, the most recent daily uptime values (last = today, at most
 *                         90, percentages 0–100); days not given are generated (see {@link UptimeHistory})
 * @param announcements    the system announcements of {@code /message/list}
 * @param giftCards        the codes {@code /giftcard/redeem} accepts (each once)
 */
public record FakeSeed(
        List<FakeUser> users,
        List<FakeNode> nodes,
        List<FakeTunnel> tunnels,
        List<FakeAvailableDomain> availableDomains,
        List<FakeSubdomain> subdomains,
        FakePanelInfo panel,
        Map<String, List<Double>> uptimeHistory,
        List<FakeAnnouncement> announcements,
        List<FakeGiftCard> giftCards) {

    public FakeSeed {
        announcements = List.copyOf(announcements);
        giftCards = List.copyOf(giftCards);
        users = List.copyOf(users);
        nodes = List.copyOf(nodes);
        tunnels = List.copyOf(tunnels);
        availableDomains = List.copyOf(availableDomains);
        subdomains = List.copyOf(subdomains);
        Map<String, List<Double>> copy = new LinkedHashMap<>();
        uptimeHistory.forEach((node, values) -> copy.put(node, List.copyOf(values)));
        uptimeHistory = Collections.unmodifiableMap(copy);
        validate(users, nodes, tunnels, subdomains, uptimeHistory);
        unique(
                "announcement id",
                announcements.stream().map(FakeAnnouncement::id).toList());
        unique("gift card code", giftCards.stream().map(FakeGiftCard::code).toList());
    }

    /**
     * The API document's example world: users 227 ({@code boring_student}, VIP, token
     * {@code ChmlFrpDemoToken227}) and 1001 ({@code free_user}, free, token
     * {@code ChmlFrpFreeToken1001}), the 14 nodes of {@code /node} and {@code /node_stats}, four
     * tunnels of user 227, five available domains, 13 subdomains, the panel's friend links,
     * seven announcements and three gift cards ({@code VIP30-DEMO-2026}, {@code POINTS500-DEMO},
     * {@code POINTS100-DEMO}).
     */
    public static FakeSeed documentExamples() {
        return DocumentExamples.seed();
    }

    /** The world {@code --demo} starts with: the same as {@link #documentExamples()}. */
    public static FakeSeed demo() {
        return documentExamples();
    }

    /** An empty world (no users, nodes or domains; empty panel) to fill in. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this seed's contents, to add to or replace parts of it. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.users.addAll(users);
        b.nodes.addAll(nodes);
        b.tunnels.addAll(tunnels);
        b.availableDomains.addAll(availableDomains);
        b.subdomains.addAll(subdomains);
        b.panel = panel;
        b.uptimeHistory.putAll(uptimeHistory);
        b.announcements.addAll(announcements);
        b.giftCards.addAll(giftCards);
        return b;
    }

    private static void validate(
            List<FakeUser> users,
            List<FakeNode> nodes,
            List<FakeTunnel> tunnels,
            List<FakeSubdomain> subdomains,
            Map<String, List<Double>> uptime) {
        Set<Integer> userIds =
                unique("user id", users.stream().map(FakeUser::id).toList());
        unique("username", users.stream().map(FakeUser::username).toList());
        unique("user token", users.stream().map(FakeUser::token).toList());
        unique("node id", nodes.stream().map(FakeNode::id).toList());
        Set<String> nodeNames =
                unique("node name", nodes.stream().map(FakeNode::name).toList());
        unique("tunnel id", tunnels.stream().map(FakeTunnel::id).toList());
        unique("subdomain id", subdomains.stream().map(FakeSubdomain::id).toList());
        for (FakeTunnel t : tunnels) {
            require(t.id() > 0, "tunnel " + t.name() + " needs a positive id");
            require(userIds.contains(t.userId()), "tunnel " + t.id() + " belongs to unknown user " + t.userId());
            require(nodeNames.contains(t.node()), "tunnel " + t.id() + " is on unknown node " + t.node());
        }
        for (FakeSubdomain s : subdomains) {
            require(userIds.contains(s.userId()), "subdomain " + s.id() + " belongs to unknown user " + s.userId());
        }
        uptime.forEach((node, values) -> {
            require(nodeNames.contains(node), "uptime history for unknown node " + node);
            require(values.size() <= UptimeHistory.DAYS, "at most 90 days of uptime for " + node);
        });
    }

    private static <T> Set<T> unique(String what, List<T> values) {
        Set<T> seen = new HashSet<>();
        for (T v : values) {
            require(seen.add(v), "duplicate " + what + ": " + v);
        }
        return seen;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Collects the parts of a {@link FakeSeed}. */
    public static final class Builder {
        private final List<FakeUser> users = new ArrayList<>();
        private final List<FakeNode> nodes = new ArrayList<>();
        private final List<FakeTunnel> tunnels = new ArrayList<>();
        private final List<FakeAvailableDomain> availableDomains = new ArrayList<>();
        private final List<FakeSubdomain> subdomains = new ArrayList<>();
        private final Map<String, List<Double>> uptimeHistory = new LinkedHashMap<>();
        private final List<FakeAnnouncement> announcements = new ArrayList<>();
        private final List<FakeGiftCard> giftCards = new ArrayList<>();
        private FakePanelInfo panel = new FakePanelInfo(0, 0, List.of());

        private Builder() {}

        public Builder user(FakeUser user) {
            users.add(user);
            return this;
        }

        public Builder node(FakeNode node) {
            nodes.add(node);
            return this;
        }

        public Builder tunnel(FakeTunnel tunnel) {
            tunnels.add(tunnel);
            return this;
        }

        public Builder availableDomain(FakeAvailableDomain domain) {
            availableDomains.add(domain);
            return this;
        }

        /** Shorthand for an available domain without remarks or ICP filing. */
        public Builder availableDomain(int id, String domain) {
            return availableDomain(new FakeAvailableDomain(id, domain, null, false));
        }

        public Builder subdomain(FakeSubdomain subdomain) {
            subdomains.add(subdomain);
            return this;
        }

        public Builder panel(FakePanelInfo panelInfo) {
            panel = panelInfo;
            return this;
        }

        /** The most recent daily uptime values of a node (last = today), percentages 0–100. */
        public Builder uptime(String nodeName, List<Double> recentDays) {
            uptimeHistory.put(nodeName, List.copyOf(recentDays));
            return this;
        }

        public Builder announcement(FakeAnnouncement announcement) {
            announcements.add(announcement);
            return this;
        }

        public Builder giftCard(FakeGiftCard card) {
            giftCards.add(card);
            return this;
        }

        /** Drops every announcement. */
        public Builder clearAnnouncements() {
            announcements.clear();
            return this;
        }

        /** Drops the users and what they own (tunnels, subdomains), keeping nodes, domains and panel info. */
        public Builder clearUsers() {
            users.clear();
            tunnels.clear();
            subdomains.clear();
            return this;
        }

        /** Drops every tunnel. */
        public Builder clearTunnels() {
            tunnels.clear();
            return this;
        }

        public FakeSeed build() {
            return new FakeSeed(
                    users,
                    nodes,
                    tunnels,
                    availableDomains,
                    subdomains,
                    panel,
                    uptimeHistory,
                    announcements,
                    giftCards);
        }
    }
}
