package org.chmlfrp.bot.testkit.chmlfrp;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

/**
 * The mutable world behind {@link FakeState}. Not thread-safe: every access goes through
 * {@link FakeState}'s lock. Records are immutable, so values handed out stay valid.
 */
final class World {

    private static final String TOKEN_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    final Clock clock;
    private final Map<Integer, FakeUser> users = new TreeMap<>();
    private final Map<String, FakeNode> nodes = new HashMap<>();
    private final Map<Integer, FakeTunnel> tunnels = new TreeMap<>();
    private final List<FakeAvailableDomain> availableDomains;
    private final Map<Integer, FakeSubdomain> subdomains = new TreeMap<>();
    private final Map<String, List<Double>> uptime = new HashMap<>();
    private final FakePanelInfo panelAtSeed;
    private final int seedTunnelCount;
    private final int seedUserCount;
    private final List<FakeAnnouncement> announcements = new ArrayList<>();
    private final MailCodes mailCodes = new MailCodes();
    private final Map<String, FakeGiftCard> giftCards = new HashMap<>();
    private final java.util.Set<String> usedGiftCards = new java.util.HashSet<>();
    private final Map<Integer, GiftCardAttempts> giftCardAttempts = new HashMap<>();
    private final Random random = new Random(20_241_221L);

    World(FakeSeed seed, Clock clock) {
        this.clock = clock;
        seed.users().forEach(u -> users.put(u.id(), u));
        for (FakeNode n : seed.nodes()) {
            nodes.put(n.name(), n);
            uptime.put(
                    n.name(),
                    UptimeHistory.complete(
                            n.id(), n.online(), seed.uptimeHistory().getOrDefault(n.name(), List.of())));
        }
        seed.tunnels().forEach(t -> tunnels.put(t.id(), t));
        availableDomains = seed.availableDomains();
        seed.subdomains().forEach(s -> subdomains.put(s.id(), s));
        panelAtSeed = seed.panel();
        seedTunnelCount = seed.tunnels().size();
        seedUserCount = seed.users().size();
        announcements.addAll(seed.announcements());
        seed.giftCards().forEach(c -> giftCards.put(c.code(), c));
    }

    // ---- users

    List<FakeUser> users() {
        return List.copyOf(users.values());
    }

    Optional<FakeUser> userById(int id) {
        return Optional.ofNullable(users.get(id));
    }

    FakeUser user(int id) {
        return userById(id).orElseThrow(() -> new NoSuchElementException("no user " + id));
    }

    Optional<FakeUser> userByToken(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return users.values().stream().filter(u -> u.token().equals(token)).findFirst();
    }

    /** The user whose username, QQ number or email (ignoring case) is {@code login}. */
    Optional<FakeUser> userByLogin(String login) {
        return users.values().stream()
                .filter(u -> u.username().equals(login)
                        || login.equals(u.qq())
                        || u.email().equalsIgnoreCase(login))
                .findFirst();
    }

    Optional<FakeUser> userByUsername(String username) {
        return users.values().stream()
                .filter(u -> u.username().equalsIgnoreCase(username))
                .findFirst();
    }

    Optional<FakeUser> userByEmail(String email) {
        return users.values().stream()
                .filter(u -> u.email().equalsIgnoreCase(email))
                .findFirst();
    }

    /** Stores a new user; an id {@code <= 0} gets the next free one. */
    FakeUser addUser(FakeUser user) {
        FakeUser stored =
                user.id() > 0 ? user : user.toBuilder().id(nextUserId()).build();
        if (users.containsKey(stored.id())) {
            throw new IllegalArgumentException("duplicate user id " + stored.id());
        }
        if (userByUsername(stored.username()).isPresent()) {
            throw new IllegalArgumentException("duplicate username " + stored.username());
        }
        if (userByToken(stored.token()).isPresent()) {
            throw new IllegalArgumentException("duplicate token for user " + stored.id());
        }
        users.put(stored.id(), stored);
        return stored;
    }

    /** Replaces a user (same id). */
    FakeUser putUser(FakeUser user) {
        if (!users.containsKey(user.id())) {
            throw new NoSuchElementException("no user " + user.id());
        }
        users.put(user.id(), user);
        return user;
    }

    int nextUserId() {
        return users.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
    }

    long userAmount() {
        return panelAtSeed.userAmount() + users.size() - seedUserCount;
    }

    // ---- tunnels

    List<FakeTunnel> allTunnels() {
        return List.copyOf(tunnels.values());
    }

    List<FakeTunnel> tunnelsOf(int userId) {
        return tunnels.values().stream().filter(t -> t.userId() == userId).toList();
    }

    Optional<FakeTunnel> tunnel(int id) {
        return Optional.ofNullable(tunnels.get(id));
    }

    /** Stores a tunnel; an id {@code <= 0} gets the next free one. Returns what was stored. */
    FakeTunnel addTunnel(FakeTunnel tunnel) {
        FakeTunnel stored = tunnel.id() > 0 ? tunnel : tunnel.withId(nextTunnelId());
        if (tunnels.containsKey(stored.id())) {
            throw new IllegalArgumentException("duplicate tunnel id " + stored.id());
        }
        tunnels.put(stored.id(), stored);
        return stored;
    }

    FakeTunnel putTunnel(FakeTunnel tunnel) {
        if (!tunnels.containsKey(tunnel.id())) {
            throw new NoSuchElementException("no tunnel " + tunnel.id());
        }
        tunnels.put(tunnel.id(), tunnel);
        return tunnel;
    }

    boolean removeTunnel(int id) {
        return tunnels.remove(id) != null;
    }

    int nextTunnelId() {
        return tunnels.keySet().stream().mapToInt(Integer::intValue).max().orElse(100_000) + 1;
    }

    long tunnelAmount() {
        return panelAtSeed.tunnelAmount() + tunnels.size() - seedTunnelCount;
    }

    // ---- nodes

    /** Nodes sorted by id. */
    List<FakeNode> nodes() {
        List<FakeNode> list = new ArrayList<>(nodes.values());
        list.sort(Comparator.comparingInt(FakeNode::id));
        return List.copyOf(list);
    }

    Optional<FakeNode> node(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(nodes.get(name));
    }

    void addNode(FakeNode node) {
        if (nodes.containsKey(node.name()) || nodes.values().stream().anyMatch(n -> n.id() == node.id())) {
            throw new IllegalArgumentException("duplicate node " + node.id() + " " + node.name());
        }
        nodes.put(node.name(), node);
        uptime.put(node.name(), UptimeHistory.complete(node.id(), node.online(), List.of()));
    }

    FakeNode putNode(FakeNode node) {
        if (!nodes.containsKey(node.name())) {
            throw new NoSuchElementException("no node " + node.name());
        }
        nodes.put(node.name(), node);
        return node;
    }

    boolean removeNode(String name) {
        uptime.remove(name);
        return nodes.remove(name) != null;
    }

    List<Double> uptime(String nodeName) {
        return uptime.getOrDefault(nodeName, List.of());
    }

    // ---- domains

    List<FakeAvailableDomain> availableDomains() {
        return availableDomains;
    }

    List<FakeSubdomain> subdomainsOf(int userId) {
        return subdomains.values().stream().filter(s -> s.userId() == userId).toList();
    }

    List<FakeSubdomain> allSubdomains() {
        return List.copyOf(subdomains.values());
    }

    FakeSubdomain addSubdomain(FakeSubdomain subdomain) {
        FakeSubdomain stored = subdomain.id() > 0
                ? subdomain
                : new FakeSubdomain(
                        nextSubdomainId(),
                        subdomain.userId(),
                        subdomain.domain(),
                        subdomain.record(),
                        subdomain.type(),
                        subdomain.target(),
                        subdomain.remarks(),
                        subdomain.ttl());
        if (subdomains.containsKey(stored.id())) {
            throw new IllegalArgumentException("duplicate subdomain id " + stored.id());
        }
        subdomains.put(stored.id(), stored);
        return stored;
    }

    void putSubdomain(FakeSubdomain subdomain) {
        subdomains.put(subdomain.id(), subdomain);
    }

    boolean removeSubdomain(int id) {
        return subdomains.remove(id) != null;
    }

    private int nextSubdomainId() {
        return subdomains.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
    }

    // ---- announcements

    /** Newest first. */
    List<FakeAnnouncement> announcements() {
        return announcements.stream()
                .sorted(Comparator.comparing(
                        FakeAnnouncement::publishTime, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    void addAnnouncement(FakeAnnouncement announcement) {
        if (announcements.stream().anyMatch(a -> a.id() == announcement.id())) {
            throw new IllegalArgumentException("duplicate announcement id " + announcement.id());
        }
        announcements.add(announcement);
    }

    /** The next announcement id: one more than the highest. */
    int nextAnnouncementId() {
        return announcements.stream().mapToInt(FakeAnnouncement::id).max().orElse(0) + 1;
    }

    // ---- gift cards

    Optional<FakeGiftCard> giftCard(String code) {
        return Optional.ofNullable(giftCards.get(code));
    }

    void addGiftCard(FakeGiftCard card) {
        if (giftCards.putIfAbsent(card.code(), card) != null) {
            throw new IllegalArgumentException("duplicate gift card code " + card.code());
        }
    }

    boolean giftCardUsed(String code) {
        return usedGiftCards.contains(code);
    }

    void useGiftCard(String code) {
        usedGiftCards.add(code);
    }

    GiftCardAttempts giftCardAttempts(int userId) {
        return giftCardAttempts.computeIfAbsent(userId, id -> new GiftCardAttempts());
    }

    // ---- panel

    FakePanelInfo panelAtSeed() {
        return panelAtSeed;
    }

    // ---- mail codes and randomness

    MailCodes mailCodes() {
        return mailCodes;
    }

    /** A fresh six-digit mail code. */
    String newMailCode() {
        return String.format(Locale.ROOT, "%06d", random.nextInt(1_000_000));
    }

    /** A fresh usertoken no user has. */
    String newToken() {
        while (true) {
            StringBuilder sb = new StringBuilder("ChmlFrp");
            for (int i = 0; i < 24; i++) {
                sb.append(TOKEN_ALPHABET.charAt(random.nextInt(TOKEN_ALPHABET.length())));
            }
            String token = sb.toString();
            if (userByToken(token).isEmpty()) {
                return token;
            }
        }
    }

    /** Points for a daily sign-in: 1 to 10, deterministic. */
    int signInPoints() {
        return 1 + random.nextInt(10);
    }
}
