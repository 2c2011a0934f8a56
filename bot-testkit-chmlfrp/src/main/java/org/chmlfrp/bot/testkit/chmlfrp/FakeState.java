package org.chmlfrp.bot.testkit.chmlfrp;

import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The live world of a {@link FakeChmlFrpServer}: what the endpoints read and change, and what
 * tests may inspect or change between requests (take a node offline, drop a node, flip a tunnel
 * online, read the mail code the fake "sent").
 *
 * <p>Thread-safe: every method runs under one lock, and the values it returns are immutable
 * records (snapshots). To change a record, pass a function to one of the {@code update…} methods.
 */
public final class FakeState {

    private final Object lock = new Object();
    private final World world;
    private volatile AccessTokens accessTokens = token -> OptionalInt.empty();

    FakeState(FakeSeed seed, Clock clock) {
        this.world = new World(seed, clock);
    }

    /** Runs {@code action} under the state's lock (for endpoints that check and then change). */
    <T> T locked(Function<World, T> action) {
        synchronized (lock) {
            return action.apply(world);
        }
    }

    Clock clock() {
        return world.clock;
    }

    // ---- users

    /** The user whose usertoken this is; empty for a dead or unknown token. */
    public Optional<FakeUser> userByToken(String token) {
        return locked(w -> w.userByToken(token).or(() -> {
            OptionalInt id = accessTokens.accountOf(token);
            return id.isPresent() ? w.userById(id.getAsInt()) : Optional.empty();
        }));
    }

    /**
     * Accepts, besides usertokens, the access tokens {@code issuer} vouches for (the fake QZhua
     * server's JWTs), as the user they were issued for.
     */
    public void acceptAccessTokensFrom(AccessTokens issuer) {
        accessTokens = Objects.requireNonNull(issuer, "issuer");
    }

    /** The user with this username, QQ number or email, as {@code /login} looks it up. */
    public Optional<FakeUser> userByLogin(String login) {
        return locked(w -> w.userByLogin(login));
    }

    /**
     * The user with this id.
     *
     * @throws NoSuchElementException if there is none
     */
    public FakeUser user(int id) {
        return locked(w -> w.user(id));
    }

    /** Every user, by id. */
    public List<FakeUser> users() {
        return locked(World::users);
    }

    /**
     * Adds a user; an id {@code <= 0} gets the next free id.
     *
     * @return the stored user
     * @throws IllegalArgumentException if the id, username or token is taken
     */
    public FakeUser addUser(FakeUser user) {
        return locked(w -> w.addUser(user));
    }

    /** Replaces user {@code id} with {@code change.apply(current)}; returns the new value. */
    public FakeUser updateUser(int id, UnaryOperator<FakeUser> change) {
        return locked(w -> w.putUser(change.apply(w.user(id)).toBuilder().id(id).build()));
    }

    /** The user's current usertoken (it changes on {@code /retoken}). */
    public String tokenOf(int userId) {
        return user(userId).token();
    }

    // ---- tunnels

    /** The tunnels of one user, by id. */
    public List<FakeTunnel> tunnels(int userId) {
        return locked(w -> w.tunnelsOf(userId));
    }

    /** Every tunnel of every user, by id. */
    public List<FakeTunnel> allTunnels() {
        return locked(World::allTunnels);
    }

    public Optional<FakeTunnel> tunnel(int tunnelId) {
        return locked(w -> w.tunnel(tunnelId));
    }

    /** The user's tunnel with this name. */
    public Optional<FakeTunnel> tunnel(int userId, String name) {
        return locked(w ->
                w.tunnelsOf(userId).stream().filter(t -> t.name().equals(name)).findFirst());
    }

    /**
     * Adds a tunnel as is (no API validation); an id {@code <= 0} gets the next free id.
     *
     * @return the stored tunnel
     */
    public FakeTunnel addTunnel(FakeTunnel tunnel) {
        return locked(w -> {
            w.user(tunnel.userId());
            return w.addTunnel(tunnel);
        });
    }

    /** Replaces tunnel {@code tunnelId} with {@code change.apply(current)}; returns the new value. */
    public FakeTunnel updateTunnel(int tunnelId, UnaryOperator<FakeTunnel> change) {
        return locked(w -> {
            FakeTunnel current =
                    w.tunnel(tunnelId).orElseThrow(() -> new NoSuchElementException("no tunnel " + tunnelId));
            return w.putTunnel(change.apply(current).withId(tunnelId));
        });
    }

    /** Removes a tunnel; false if there was none. */
    public boolean removeTunnel(int tunnelId) {
        return locked(w -> w.removeTunnel(tunnelId));
    }

    /**
     * Connects or disconnects a tunnel's frpc: {@code state}, {@code uptime} (now, or {@code null}
     * when offline), {@code client_version} and {@code cur_conns} follow.
     */
    public void setTunnelOnline(int tunnelId, boolean online) {
        String now = ApiTime.spring(clock().instant());
        updateTunnel(tunnelId, t -> {
            FakeTunnel.Builder b = t.toBuilder().online(online);
            if (online) {
                b.uptime(now);
                if (FakeTunnel.NOT_STARTED.equals(t.clientVersion())) {
                    b.clientVersion("0.51.2");
                }
            } else {
                b.uptime(null).curConns(0);
            }
            return b.build();
        });
    }

    // ---- nodes

    /** Every node, by id. */
    public List<FakeNode> nodes() {
        return locked(World::nodes);
    }

    public Optional<FakeNode> node(String name) {
        return locked(w -> w.node(name));
    }

    /** Node names, by node id. */
    public List<String> nodeNames() {
        return nodes().stream().map(FakeNode::name).toList();
    }

    /**
     * Adds a node (with generated uptime history).
     *
     * @throws IllegalArgumentException if its id or name is taken
     */
    public void addNode(FakeNode node) {
        locked(w -> {
            w.addNode(node);
            return null;
        });
    }

    /** Replaces node {@code name} with {@code change.apply(current)} (the name must stay); returns the new value. */
    public FakeNode updateNode(String name, UnaryOperator<FakeNode> change) {
        return locked(w -> {
            FakeNode current = w.node(name).orElseThrow(() -> new NoSuchElementException("no node " + name));
            FakeNode changed = change.apply(current);
            if (!changed.name().equals(name)) {
                throw new IllegalArgumentException("a node's name cannot change");
            }
            return w.putNode(changed);
        });
    }

    /**
     * Turns a node online or offline: {@code /node_stats}, {@code /nodeinfo}, {@code /node_uptime}
     * and the {@code nodestate} of its tunnels follow.
     */
    public void setNodeState(String nodeName, boolean online) {
        updateNode(nodeName, n -> n.withOnline(online));
    }

    /**
     * Removes a node from every list ({@code /node}, {@code /node_stats}, …). Its tunnels stay,
     * with {@code nodestate} and {@code ip} {@code null}. Returns false if there was none.
     */
    public boolean removeNode(String nodeName) {
        return locked(w -> w.removeNode(nodeName));
    }

    /** The node's {@value UptimeHistory#DAYS} daily uptime values (percent, oldest first, last = today). */
    public List<Double> uptimeHistory(String nodeName) {
        return locked(w -> w.uptime(nodeName));
    }

    // ---- domains

    public List<FakeAvailableDomain> availableDomains() {
        return locked(World::availableDomains);
    }

    /** The user's free subdomains, by id. */
    public List<FakeSubdomain> subdomains(int userId) {
        return locked(w -> w.subdomainsOf(userId));
    }

    /** Adds a subdomain as is (no API validation); an id {@code <= 0} gets the next free id. */
    public FakeSubdomain addSubdomain(FakeSubdomain subdomain) {
        return locked(w -> w.addSubdomain(subdomain));
    }

    // ---- announcements

    /** The announcements of {@code /message/list}, newest first. */
    public List<FakeAnnouncement> announcements() {
        return locked(World::announcements);
    }

    /**
     * Adds an announcement.
     *
     * @throws IllegalArgumentException if its id is taken
     */
    public void addAnnouncement(FakeAnnouncement announcement) {
        locked(w -> {
            w.addAnnouncement(announcement);
            return null;
        });
    }

    /**
     * Publishes an announcement now (the fake's clock), with the next free id, as the panel's
     * operators would: {@code /message/list} sorts it by that time (first, unless the fake's clock
     * is set before the seeded announcements).
     *
     * @return the announcement as stored
     */
    public FakeAnnouncement publishAnnouncement(String title, String contentMd) {
        return locked(w -> {
            FakeAnnouncement a = new FakeAnnouncement(
                    w.nextAnnouncementId(), title, contentMd, 0, ApiTime.spring(w.clock.instant()));
            w.addAnnouncement(a);
            return a;
        });
    }

    // ---- gift cards

    /**
     * Adds a gift card.
     *
     * @throws IllegalArgumentException if its code is taken
     */
    public void addGiftCard(FakeGiftCard card) {
        locked(w -> {
            w.addGiftCard(card);
            return null;
        });
    }

    /** Whether the card with this code has been redeemed. */
    public boolean giftCardUsed(String code) {
        return locked(w -> w.giftCardUsed(code));
    }

    /** Blocks the user from redeeming gift cards for {@code howLong}, as too many failures would. */
    public void blockGiftCards(int userId, java.time.Duration howLong) {
        locked(w -> {
            w.giftCardAttempts(userId).block(w.clock.instant(), howLong);
            return null;
        });
    }

    // ---- mail

    /** The last mail code the fake "sent" to {@code mail}, of any type. */
    public Optional<String> lastMailCode(String mail) {
        return locked(w -> w.mailCodes().last(mail));
    }

    /** The last unused mail code of {@code type} ({@code register} or {@code retoken}) sent to {@code mail}. */
    public Optional<String> lastMailCode(String mail, String type) {
        return locked(w -> w.mailCodes().last(type, mail));
    }
}
