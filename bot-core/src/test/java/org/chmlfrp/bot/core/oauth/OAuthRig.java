package org.chmlfrp.bot.core.oauth;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.chmlfrp.bot.core.broadcast.RecordingSink;
import org.chmlfrp.bot.core.chat.BotLocale;
import org.chmlfrp.bot.core.chat.ChatIdentity;
import org.chmlfrp.bot.core.chat.Platform;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpSettings;
import org.chmlfrp.bot.core.chmlfrp.HttpChmlFrpApi;
import org.chmlfrp.bot.core.chmlfrp.TokenPlacement;
import org.chmlfrp.bot.core.i18n.I18n;
import org.chmlfrp.bot.core.store.AccountLinks;
import org.chmlfrp.bot.core.store.Database;
import org.chmlfrp.bot.core.store.DeviceFlows;
import org.chmlfrp.bot.core.store.StoredAccounts;
import org.chmlfrp.bot.core.store.TokenCipher;
import org.chmlfrp.bot.testkit.VirtualClock;
import org.chmlfrp.bot.testkit.chmlfrp.FakeChmlFrpServer;
import org.chmlfrp.bot.testkit.qzhua.FakeQZhuaServer;

/**
 * A fake ChmlFrp API and a fake QZhua server over HTTP sharing one virtual clock with the bot's side: the
 * QZhua client, the store, device logins and the token refresher. Scheduled polls run after a compressed
 * delay (at most 30 ms), and every delay asked for is recorded.
 */
final class OAuthRig implements AutoCloseable {
    static final String CLIENT_ID = "chmlfrp-bot-test";
    static final ChatIdentity ALICE = new ChatIdentity(Platform.ONEBOT, "10001");
    static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

    final VirtualClock clock = new VirtualClock(T0);
    final FakeChmlFrpServer chmlfrp =
            FakeChmlFrpServer.builder().statusListSize(0).clock(clock).start();
    final FakeQZhuaServer qzhua = FakeQZhuaServer.builder()
            .clientId(CLIENT_ID)
            .interval(1)
            .clock(clock)
            .start();
    // the usertoken placement is QUERY: OAuth access tokens must still go as Bearer
    final HttpChmlFrpApi api =
            new HttpChmlFrpApi(ChmlFrpSettings.of(chmlfrp.baseUrl()).withTokenIn(TokenPlacement.QUERY));
    final Database db = Database.open("jdbc:h2:mem:oauth-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    final TokenCipher cipher = TokenCipher.ephemeral();
    final AccountLinks links = new AccountLinks(db, cipher);
    final DeviceFlows flows = new DeviceFlows(db, cipher);
    final RecordingSink sink = new RecordingSink(Platform.ONEBOT, clock);
    final PrivateNotices notices = new PrivateNotices(() -> Set.of(sink));
    final I18n i18n = new I18n();
    final QZhuaClient client = new QZhuaClient(OAuthSettings.of(CLIENT_ID, qzhua.baseUrl()), Duration.ofSeconds(5));
    final List<Duration> delays = new CopyOnWriteArrayList<>();
    final ScheduledThreadPoolExecutor scheduler = compressed();
    final TokenRefresher refresher = new TokenRefresher(client, links, notices, i18n, BotLocale.EN, clock);
    final StoredAccounts accounts = new StoredAccounts(links, clock, refresher);

    OAuthRig() {
        chmlfrp.state().acceptAccessTokensFrom(qzhua);
    }

    DeviceLogins logins() {
        return logins(scheduler);
    }

    DeviceLogins logins(ScheduledThreadPoolExecutor on) {
        return new DeviceLogins(client, flows, links, api, notices, i18n, on, clock);
    }

    ScheduledThreadPoolExecutor compressed() {
        ScheduledThreadPoolExecutor s = new ScheduledThreadPoolExecutor(1) {
            @Override
            public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
                delays.add(Duration.ofMillis(unit.toMillis(delay)));
                return super.schedule(command, Math.min(unit.toMillis(delay), 30), TimeUnit.MILLISECONDS);
            }
        };
        s.setThreadFactory(r -> {
            Thread t = new Thread(r, "test-oauth-scheduler");
            t.setDaemon(true);
            return t;
        });
        return s;
    }

    /** The private messages sent so far, as text. */
    List<String> told() {
        return sink.delivered().stream().map(RecordingSink.Sent::text).toList();
    }

    static void until(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting until " + what);
            }
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        chmlfrp.close();
        qzhua.close();
        db.close();
    }
}
