package org.chmlfrp.bot.core.oauth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.chmlfrp.bot.core.chat.BotLocale;
import org.chmlfrp.bot.core.chat.ChatIdentity;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpApi;
import org.chmlfrp.bot.core.i18n.I18n;
import org.chmlfrp.bot.core.store.AccountLink;
import org.chmlfrp.bot.core.store.AccountLinks;
import org.chmlfrp.bot.core.store.DeviceFlow;
import org.chmlfrp.bot.core.store.DeviceFlows;
import org.chmlfrp.bot.core.store.OAuthTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs QZhua device-code logins (RFC 8628) in the background: {@link #start} asks for the codes and
 * stores the flow; polls then run on the injected scheduler every {@code interval} (5 s more after each
 * {@code slow_down}) until the user approves, denies, or the code expires. The outcome goes to the user
 * privately: "linked as …", or why not. HTTP calls are asynchronous, so neither the scheduler nor a
 * command thread waits on the network. Flows live in the store: {@link #resume} (at start) picks up
 * those a restart interrupted, or reports them expired.
 */
public final class DeviceLogins {
    private static final Logger log = LoggerFactory.getLogger(DeviceLogins.class);
    /** RFC 8628 §3.5: add 5 seconds to the interval on every {@code slow_down}. */
    static final Duration SLOW_DOWN_STEP = Duration.ofSeconds(5);

    private final QZhuaClient client;
    private final DeviceFlows flows;
    private final AccountLinks links;
    private final ChmlFrpApi api;
    private final PrivateNotices notices;
    private final I18n i18n;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;

    public DeviceLogins(
            QZhuaClient client,
            DeviceFlows flows,
            AccountLinks links,
            ChmlFrpApi api,
            PrivateNotices notices,
            I18n i18n,
            ScheduledExecutorService scheduler,
            Clock clock) {
        this.client = client;
        this.flows = flows;
        this.links = links;
        this.api = api;
        this.notices = notices;
        this.i18n = i18n;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /**
     * Starts a login for the user (replacing one in progress) and polls for it in the background.
     * The future gives what to show: the link and the user code.
     */
    public CompletableFuture<DeviceAuthorization> start(ChatIdentity user, String botAccount, BotLocale locale) {
        return client.authorizeDevice().thenApply(auth -> {
            Instant now = clock.instant();
            DeviceFlow flow = new DeviceFlow(
                    user,
                    botAccount,
                    locale,
                    auth.deviceCode(),
                    auth.userCode(),
                    Duration.ofSeconds(auth.intervalSeconds()),
                    now.plusSeconds(auth.expiresIn()),
                    now);
            flows.save(flow);
            log.info("device login started for {} (code expires in {} s)", user, auth.expiresIn());
            schedule(flow, flow.interval());
            return auth;
        });
    }

    /** Resumes every stored flow: polling again after its interval, or reporting it expired. */
    public void resume() {
        for (DeviceFlow flow : flows.all()) {
            log.info("resuming the device login of {}", flow.identity());
            schedule(flow, flow.interval());
        }
    }

    /**
     * Stops polling (flows stay stored for the next start). No interrupt: a poll may be in the
     * store, and H2 closes its file on an interrupt.
     */
    public void stop() {
        scheduler.shutdown();
    }

    private void schedule(DeviceFlow flow, Duration delay) {
        try {
            scheduler.schedule(() -> poll(flow), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            log.debug("device login of {} not polled: shutting down", flow.identity());
        }
    }

    /** Whether the flow is still the identity's login in progress (not replaced by a newer one, not ended). */
    private boolean current(DeviceFlow flow) {
        return flows.find(flow.identity())
                .map(stored -> stored.deviceCode().equals(flow.deviceCode()))
                .orElse(false);
    }

    private void poll(DeviceFlow flow) {
        try {
            if (!current(flow)) {
                return;
            }
            if (!clock.instant().isBefore(flow.expiresAt())) {
                end(flow, "oauth.login.expired");
                return;
            }
            client.poll(flow.deviceCode()).whenComplete((result, failure) -> {
                try {
                    if (failure != null) {
                        log.debug("device login poll for {} failed; trying again", flow.identity());
                        schedule(flow, flow.interval());
                    } else {
                        handle(flow, result);
                    }
                } catch (RuntimeException e) {
                    log.warn("device login of {} failed", flow.identity(), e);
                }
            });
        } catch (RuntimeException e) {
            log.warn("device login poll of {} failed; trying again", flow.identity(), e);
            schedule(flow, flow.interval());
        }
    }

    private void handle(DeviceFlow flow, PollResult result) {
        if (!current(flow)) {
            return; // replaced while the poll was under way
        }
        if (result instanceof PollResult.Granted granted) {
            link(flow, granted.tokens());
        } else if (result instanceof PollResult.Pending) {
            schedule(flow, flow.interval());
        } else if (result instanceof PollResult.SlowDown) {
            DeviceFlow slower = flow.withInterval(flow.interval().plus(SLOW_DOWN_STEP));
            flows.updateInterval(flow.identity(), slower.interval());
            schedule(slower, slower.interval());
        } else {
            end(flow, result instanceof PollResult.Denied ? "oauth.login.denied" : "oauth.login.expired");
        }
    }

    private void link(DeviceFlow flow, TokenGrant tokens) {
        api.userInfo(tokens.accessToken()).whenComplete((user, failure) -> {
            if (failure != null) {
                log.info(
                        "device login of {} approved, but /userinfo failed: {}",
                        flow.identity(),
                        failure.getClass().getSimpleName());
                end(flow, "oauth.login.no-account");
                return;
            }
            Instant now = clock.instant();
            OAuthTokens credential =
                    new OAuthTokens(tokens.refreshToken(), tokens.accessToken(), now.plusSeconds(tokens.expiresIn()));
            links.save(new AccountLink(flow.identity(), credential, user.id(), user.username(), now));
            flows.remove(flow.identity());
            log.info("device login of {} linked ChmlFrp user {}", flow.identity(), user.id());
            notices.tell(
                    flow.identity(),
                    flow.botAccount(),
                    i18n.get(
                            flow.locale(),
                            "oauth.login.linked",
                            user.username(),
                            user.userGroup() == null || user.userGroup().isBlank() ? "-" : user.userGroup()));
        });
    }

    private void end(DeviceFlow flow, String key) {
        flows.remove(flow.identity());
        log.info("device login of {} ended: {}", flow.identity(), key);
        notices.tell(flow.identity(), flow.botAccount(), i18n.get(flow.locale(), key));
    }
}
