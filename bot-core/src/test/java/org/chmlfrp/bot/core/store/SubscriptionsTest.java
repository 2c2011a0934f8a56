package org.chmlfrp.bot.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chmlfrp.bot.core.store.SubscriptionKind.DAILY;
import static org.chmlfrp.bot.core.store.SubscriptionKind.NODES;
import static org.chmlfrp.bot.core.store.TestStores.T0;

import org.chmlfrp.bot.core.chat.Platform;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SubscriptionsTest extends OnEveryStore {

    private Subscriptions subscriptions;

    @BeforeEach
    void open() {
        subscriptions = new Subscriptions(database);
    }

    @Test
    void addsOnceThenSaysItAlreadyExisted() {
        Subscription first = Subscription.of(Platform.ONEBOT, "5550001", NODES, "3330001", "10001", T0);
        assertThat(subscriptions.add(first)).isTrue();
        Subscription again = Subscription.of(Platform.ONEBOT, "5550001", NODES, "3330002", "10002", T0.plusSeconds(5));
        assertThat(subscriptions.add(again)).isFalse();
        assertThat(subscriptions.forChat(Platform.ONEBOT, "5550001")).containsExactly(first);
    }

    @Test
    void removeSaysWhetherItWasSubscribed() {
        subscriptions.add(Subscription.of(Platform.DISCORD, "chan-1", DAILY, null, "900", T0));
        assertThat(subscriptions.remove(Platform.DISCORD, "chan-1", NODES)).isFalse();
        assertThat(subscriptions.remove(Platform.DISCORD, "chan-1", DAILY)).isTrue();
        assertThat(subscriptions.remove(Platform.DISCORD, "chan-1", DAILY)).isFalse();
        assertThat(subscriptions.forChat(Platform.DISCORD, "chan-1")).isEmpty();
    }

    @Test
    void listsByKindAndByChat() {
        Subscription qqNodes = Subscription.of(Platform.ONEBOT, "5550001", NODES, "3330001", "10001", T0);
        Subscription qqDaily = Subscription.of(Platform.ONEBOT, "5550001", DAILY, "3330001", "10001", T0);
        Subscription discordNodes = Subscription.of(Platform.DISCORD, "chan-1", NODES, null, "900", T0);
        Subscription otherGroupNodes = Subscription.of(Platform.ONEBOT, "5550002", NODES, "3330002", "10002", T0);
        for (Subscription s : new Subscription[] {qqNodes, qqDaily, discordNodes, otherGroupNodes}) {
            assertThat(subscriptions.add(s)).isTrue();
        }
        assertThat(subscriptions.byKind(NODES)).containsExactly(discordNodes, qqNodes, otherGroupNodes);
        assertThat(subscriptions.byKind(DAILY)).containsExactly(qqDaily);
        assertThat(subscriptions.forChat(Platform.ONEBOT, "5550001")).containsExactly(qqDaily, qqNodes);
        assertThat(subscriptions.forChat(Platform.DISCORD, "5550001")).isEmpty();
    }

    @Test
    void marksAPlaceBrokenKeepingTheFirstTimeThenWorkingAgain() {
        subscriptions.add(Subscription.of(Platform.ONEBOT, "5550001", NODES, "3330001", "10001", T0));
        subscriptions.add(Subscription.of(Platform.ONEBOT, "5550001", DAILY, "3330001", "10001", T0));
        subscriptions.add(Subscription.of(Platform.ONEBOT, "5550002", NODES, "3330001", "10001", T0));

        subscriptions.markBroken(Platform.ONEBOT, "5550001", T0.plusSeconds(60));
        subscriptions.markBroken(Platform.ONEBOT, "5550001", T0.plusSeconds(120));
        assertThat(subscriptions.forChat(Platform.ONEBOT, "5550001"))
                .extracting(Subscription::brokenSince)
                .containsOnly(T0.plusSeconds(60));
        assertThat(subscriptions.forChat(Platform.ONEBOT, "5550001")).allMatch(Subscription::broken);
        assertThat(subscriptions.forChat(Platform.ONEBOT, "5550002")).noneMatch(Subscription::broken);

        subscriptions.markWorking(Platform.ONEBOT, "5550001");
        assertThat(subscriptions.byKind(NODES)).noneMatch(Subscription::broken);
        subscriptions.markWorking(Platform.ONEBOT, "5550001"); // already working: no change, no error
        subscriptions.markBroken(Platform.ONEBOT, "no-such-group", T0); // nothing subscribed: no error
    }
}
