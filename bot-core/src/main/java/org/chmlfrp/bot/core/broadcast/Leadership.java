package org.chmlfrp.bot.core.broadcast;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.chmlfrp.bot.core.store.Deliveries;
import org.chmlfrp.bot.core.store.LeaderLeases;
import org.chmlfrp.bot.core.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether this instance runs the broadcasts. Several instances on one database share the lease
 * {@value #LEASE} ({@link LeaderLeases}): it lasts half a {@code broadcast.poll-interval} and
 * the leader renews it every quarter of that, so when the leader dies another instance takes
 * over within {@link #ttl()} plus one check, well inside one poll interval. A store error
 * counts as not leading. Alone on its database an instance always leads.
 */
@Singleton
final class Leadership {
    static final String LEASE = "broadcast";
    private static final Duration SHORTEST_CHECK = Duration.ofMillis(20);
    private static final Logger log = LoggerFactory.getLogger(Leadership.class);

    private final LeaderLeases leases;
    private final Deliveries.Lease lease;
    private final Duration ttl;
    private final Duration checkEvery;

    private Instant nextCheck = Instant.MIN;
    private boolean leading;
    private boolean storeFailing;

    @Inject
    Leadership(LeaderLeases leases, BroadcastSettings settings) {
        this.leases = leases;
        this.lease = new Deliveries.Lease(LEASE, instanceName());
        this.ttl = settings.pollInterval().dividedBy(2);
        Duration quarter = ttl.dividedBy(4);
        this.checkEvery = quarter.compareTo(SHORTEST_CHECK) < 0 ? SHORTEST_CHECK : quarter;
    }

    /** host-pid-random: unique per process, readable in the lease row. */
    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "host";
        }
        String name = host + "-" + ProcessHandle.current().pid() + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        return name.length() > 128 ? name.substring(name.length() - 128) : name;
    }

    /** The lease this instance's writes and claims are fenced by. */
    Deliveries.Lease lease() {
        return lease;
    }

    /** How long a lease lasts unless renewed; also how long a send's claim lasts. */
    Duration ttl() {
        return ttl;
    }

    /**
     * Whether this instance leads at {@code now}: renews the lease (or tries to take it) when a
     * check is due, else answers from the last check.
     *
     * @return the change, if this call made one
     */
    synchronized Change check(Instant now) {
        if (now.isBefore(nextCheck)) {
            return leading ? Change.STILL_LEADING : Change.STILL_FOLLOWING;
        }
        nextCheck = now.plus(checkEvery);
        boolean was = leading;
        try {
            leading = leases.tryHold(LEASE, lease.holder(), now, ttl);
            if (storeFailing) {
                log.info("the broadcast lease can be read again");
                storeFailing = false;
            }
        } catch (StoreException e) {
            leading = false;
            if (!storeFailing) {
                log.warn("broadcasts paused: the broadcast lease cannot be renewed ({})", e.getMessage());
                storeFailing = true;
            }
        }
        if (leading && !was) {
            log.info("this instance ({}) now runs the broadcasts", lease.holder());
            return Change.BECAME_LEADER;
        }
        if (!leading && was) {
            log.info("this instance ({}) no longer runs the broadcasts", lease.holder());
            return Change.STOPPED_LEADING;
        }
        return leading ? Change.STILL_LEADING : Change.STILL_FOLLOWING;
    }

    /** The answer of the last check. */
    synchronized boolean leading() {
        return leading;
    }

    /** Gives the lease up (on a clean stop) so another instance takes over at its next check. */
    synchronized void stepDown() {
        if (!leading) {
            return;
        }
        leading = false;
        nextCheck = Instant.MIN;
        try {
            leases.release(LEASE, lease.holder());
            log.info("this instance ({}) handed the broadcasts over", lease.holder());
        } catch (StoreException e) {
            log.warn(
                    "the broadcast lease could not be released; another instance takes over when it ends ({})",
                    e.getMessage());
        }
    }

    enum Change {
        BECAME_LEADER,
        STILL_LEADING,
        STOPPED_LEADING,
        STILL_FOLLOWING;

        boolean leading() {
            return this == BECAME_LEADER || this == STILL_LEADING;
        }
    }
}
