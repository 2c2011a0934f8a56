package org.chmlfrp.bot.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chmlfrp.bot.core.store.TestStores.T0;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chmlfrp.bot.core.chat.ChatPlace;
import org.chmlfrp.bot.core.chat.Platform;
import org.chmlfrp.bot.core.store.Deliveries.Claimed;
import org.chmlfrp.bot.core.store.Deliveries.FollowUp;
import org.chmlfrp.bot.core.store.Deliveries.Lease;
import org.chmlfrp.bot.core.store.Deliveries.Outcome;
import org.chmlfrp.bot.core.store.Deliveries.Recipient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeliveriesTest extends OnEveryStore {
    private static final Duration TTL = Duration.ofSeconds(10);
    private static final Lease A = new Lease("broadcast", "a");
    private static final Lease B = new Lease("broadcast", "b");

    private LeaderLeases leases;
    private Deliveries deliveries;
    private BroadcastState state;

    @BeforeEach
    void open() {
        leases = new LeaderLeases(database);
        deliveries = new Deliveries(database);
        state = new BroadcastState(database, Clock.fixed(T0, ZoneOffset.UTC));
        assertThat(leases.tryHold("broadcast", "a", T0, TTL)).isTrue();
    }

    private static Recipient group(String bot, String id) {
        return new Recipient(new ChatPlace.Group(Platform.ONEBOT, id, bot), FollowUp.PLACE);
    }

    @Test
    void queuesOneBodyForManyPlacesAndSendsThemInOrderPerLane() {
        List<Recipient> to = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            to.add(group(i % 2 == 0 ? "111" : "222", "g" + i));
        }
        to.add(new Recipient(new ChatPlace.Private(Platform.DISCORD, "u1", null), FollowUp.NONE));
        assertThat(deliveries.queue(A, T0, "{\"hello\":1}", to, Optional.empty()))
                .isTrue();

        assertThat(deliveries.pending()).isEqualTo(1201);
        assertThat(deliveries.pendingLanes()).containsExactlyInAnyOrder("onebot:111", "onebot:222", "discord:");

        Claimed first = deliveries.claimNext("onebot:222", A, T0, TTL).orElseThrow();
        assertThat(first.recipient()).isEqualTo(group("222", "g1"));
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(deliveries.body(first.messageId())).contains("{\"hello\":1}");
        assertThat(deliveries.finish(first.id(), "a", T0, Outcome.DELIVERED)).isTrue();
        Claimed second = deliveries.claimNext("onebot:222", A, T0, TTL).orElseThrow();
        assertThat(second.recipient()).isEqualTo(group("222", "g3"));
        assertThat(deliveries.claimNext("onebot:222", A, T0, TTL).orElseThrow().recipient())
                .as("a holder's own claims are passed over, for bursts")
                .isEqualTo(group("222", "g5"));

        Claimed dm = deliveries.claimNext("discord:", A, T0, TTL).orElseThrow();
        assertThat(dm.recipient())
                .isEqualTo(new Recipient(new ChatPlace.Private(Platform.DISCORD, "u1", null), FollowUp.NONE));
        assertThat(deliveries.finish(dm.id(), "a", T0, Outcome.FAILED)).isTrue();
        assertThat(deliveries.pendingLanes()).containsExactlyInAnyOrder("onebot:111", "onebot:222");
        assertThat(deliveries.pending()).isEqualTo(1199);
        assertThat(leases.tryHold("broadcast", "a", T0.plus(TTL), TTL)).isTrue();
        assertThat(deliveries
                        .claimNext("onebot:222", A, T0.plus(TTL), TTL)
                        .orElseThrow()
                        .recipient())
                .as("an own claim that ended unfinished is taken again")
                .isEqualTo(group("222", "g3"));
    }

    @Test
    void aClaimHoldsTheLaneUntilItEndsThenTheNextLeaderTakesTheSameMessage() {
        deliveries.queue(A, T0, "m", List.of(group("111", "g1"), group("111", "g2")), Optional.empty());
        Claimed byA = deliveries.claimNext("onebot:111", A, T0, TTL).orElseThrow();

        // a dies; b leads once a's lease ended, and waits for a's claim to end too
        assertThat(leases.tryHold("broadcast", "b", T0.plus(TTL), TTL)).isTrue();
        assertThat(deliveries.claimNext("onebot:111", B, T0.plus(TTL).minusMillis(1), TTL))
                .isEmpty();
        Claimed byB = deliveries.claimNext("onebot:111", B, T0.plus(TTL), TTL).orElseThrow();
        assertThat(byB.id()).as("the same message, not the next").isEqualTo(byA.id());
        assertThat(byB.attempts()).isEqualTo(2);

        assertThat(deliveries.finish(byA.id(), "a", T0.plus(TTL), Outcome.DELIVERED))
                .as("a's claim is gone")
                .isFalse();
        assertThat(deliveries.finish(byB.id(), "b", T0.plus(TTL), Outcome.DELIVERED))
                .isTrue();
        assertThat(deliveries.finish(byB.id(), "b", T0.plus(TTL), Outcome.DELIVERED))
                .as("once")
                .isFalse();
        assertThat(deliveries.pending()).isEqualTo(1);
    }

    @Test
    void withoutTheLeaseNothingIsQueuedOrClaimed() {
        assertThat(deliveries.queue(B, T0, "m", List.of(group("111", "g1")), Optional.empty()))
                .isFalse();
        assertThat(deliveries.pending()).isZero();
        deliveries.queue(A, T0, "m", List.of(group("111", "g1")), Optional.empty());
        assertThat(deliveries.claimNext("onebot:111", B, T0, TTL)).isEmpty();
        assertThat(deliveries.claimNext("onebot:111", A, T0.plus(TTL), TTL))
                .as("a's lease ended")
                .isEmpty();
    }

    @Test
    void messagesCommitWithTheirStateChangeOrNotAtAll() {
        StateChange first = new StateChange("nodes", Optional.empty(), "v1");
        assertThat(deliveries.queue(A, T0, "m1", List.of(group("111", "g1")), Optional.of(first)))
                .isTrue();
        assertThat(state.get("nodes")).contains("v1");

        assertThat(deliveries.queue(A, T0, "again", List.of(group("111", "g1")), Optional.of(first)))
                .as("someone applied it already")
                .isFalse();
        StateChange stale = new StateChange("nodes", Optional.of("v0"), "v2");
        assertThat(deliveries.queue(A, T0, "stale", List.of(group("111", "g1")), Optional.of(stale)))
                .isFalse();
        assertThat(deliveries.pending()).isEqualTo(1);
        assertThat(state.get("nodes")).contains("v1");

        StateChange next = new StateChange("nodes", Optional.of("v1"), "v2");
        assertThat(deliveries.queue(A, T0, "m2", List.of(), Optional.of(next))).isTrue();
        assertThat(state.get("nodes")).contains("v2");
        assertThat(state.compareAndSet(next)).isFalse();
        assertThat(state.compareAndSet(new StateChange("nodes", Optional.of("v2"), "v3")))
                .isTrue();
        assertThat(state.remove("nodes")).isTrue();
        assertThat(state.get("nodes")).isEmpty();
    }

    @Test
    void purgeKeepsWhatIsPendingOrRecent() {
        deliveries.queue(A, T0, "m", List.of(group("111", "g1"), group("111", "g2")), Optional.empty());
        Claimed sent = deliveries.claimNext("onebot:111", A, T0, TTL).orElseThrow();
        deliveries.finish(sent.id(), "a", T0, Outcome.DELIVERED);
        assertThat(deliveries.purgeSentBefore(T0)).isZero();
        assertThat(deliveries.purgeSentBefore(T0.plusMillis(1)))
                .as("the sent row only")
                .isEqualTo(1);
        assertThat(deliveries.pending()).isEqualTo(1);
        Claimed last = deliveries.claimNext("onebot:111", A, T0, TTL).orElseThrow();
        assertThat(deliveries.body(last.messageId())).contains("m");
    }
}
