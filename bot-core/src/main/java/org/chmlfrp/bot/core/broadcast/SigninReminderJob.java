package org.chmlfrp.bot.core.broadcast;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpApi;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpSettings;
import org.chmlfrp.bot.core.chmlfrp.model.SignInInfo;
import org.chmlfrp.bot.core.command.AccountDirectory;
import org.chmlfrp.bot.core.command.LinkedAccount;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.core.store.SigninReminder;
import org.chmlfrp.bot.core.store.SigninReminders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code signin remind on}: at each user's time of day (in {@code broadcast.zone}), one
 * {@code /qiandao_info} call with their token; if they have not signed in today, a private
 * message with the panel's address (the captcha stays on the panel).
 *
 * <ul>
 *   <li>Each tick reads at most {@value #PER_TICK} due reminders, by the store's index on the due
 *       time — never the reminders that are not due — and at most once per {@link #SPACING}, so a
 *       thousand reminders at 20:00 are spread over minutes instead of bursting.</li>
 *   <li>A reminder is claimed for the day (next due tomorrow, the date recorded) before the API is
 *       asked: one call per user per day, and a restart does not ask again (a crash loses that
 *       day's reminder rather than sending it twice).</li>
 *   <li>A reminder missed for a whole day (the bot was down) is moved to its next time without a call.</li>
 *   <li>An invalid token or a removed link stops the reminder (with the reason) and tells the user
 *       once; any other failure loses that day's reminder.</li>
 * </ul>
 */
@Singleton
final class SigninReminderJob implements BroadcastJob {
    static final int PER_TICK = 5;
    static final Duration SPACING = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(SigninReminderJob.class);

    private final ChmlFrpApi api;
    private final SigninReminders reminders;
    private final AccountDirectory accounts;
    private final Outbox outbox;
    private final BroadcastTexts texts;
    private final ChmlFrpSettings chmlfrp;
    private final ZoneId zone;
    private final PollGate gate = new PollGate(SPACING);

    @Inject
    SigninReminderJob(
            ChmlFrpApi api,
            SigninReminders reminders,
            AccountDirectory accounts,
            Outbox outbox,
            BroadcastTexts texts,
            ChmlFrpSettings chmlfrp,
            BroadcastSettings settings) {
        this.api = api;
        this.reminders = reminders;
        this.accounts = accounts;
        this.outbox = outbox;
        this.texts = texts;
        this.chmlfrp = chmlfrp;
        this.zone = settings.zone();
    }

    @Override
    public synchronized CompletableFuture<Void> runDue(Instant now) {
        if (!gate.due(now)) {
            return CompletableFuture.completedFuture(null);
        }
        List<SigninReminder> due = reminders.due(now, PER_TICK);
        if (due.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return gate.run(
                () -> CompletableFuture.allOf(
                        due.stream().map(r -> remind(r, now)).toArray(CompletableFuture[]::new)),
                done -> {},
                why -> {});
    }

    private CompletableFuture<Void> remind(SigninReminder r, Instant now) {
        try {
            LocalDate today = now.atZone(zone).toLocalDate();
            Instant next = SigninReminder.nextAt(r.time(), zone, now);
            boolean stale = !r.nextDueAt().atZone(zone).toLocalDate().equals(today);
            if (stale || today.equals(r.lastCheckedDate())) {
                reminders.claim(r.identity(), r.nextDueAt(), next, null);
                return CompletableFuture.completedFuture(null);
            }
            if (!reminders.claim(r.identity(), r.nextDueAt(), next, today)) {
                return CompletableFuture.completedFuture(null);
            }
            Optional<LinkedAccount> account = accounts.find(r.identity());
            if (account.isEmpty()) {
                stop(r, WatchStops.UNLINKED, "broadcast.signin.stopped.unlinked");
                return CompletableFuture.completedFuture(null);
            }
            return api.signInInfo(account.get().token()).handle((info, failure) -> {
                if (failure == null) {
                    answered(r, info);
                } else {
                    failed(r, failure);
                }
                return null;
            });
        } catch (RuntimeException e) {
            log.warn("sign-in reminder of {} skipped", r.identity(), e);
            return CompletableFuture.completedFuture(null);
        }
    }

    private void answered(SigninReminder r, SignInInfo info) {
        if (info.signedInToday()) {
            return;
        }
        tell(
                r,
                Reply.builder()
                        .title(texts.t("broadcast.signin.title"))
                        .text(texts.t(
                                "broadcast.signin.text", chmlfrp.panelUrl().toString(), texts.prefix()))
                        .build());
    }

    private void failed(SigninReminder r, Throwable failure) {
        if (CallFailures.invalidToken(failure)) {
            stop(r, WatchStops.INVALID_TOKEN, "broadcast.signin.stopped.invalid-token");
        } else {
            log.info("sign-in reminder of {} skipped today: {}", r.identity(), CallFailures.describe(failure));
        }
    }

    private void stop(SigninReminder r, String reason, String messageKey) {
        reminders.markStopped(r.identity(), reason);
        log.info("sign-in reminder of {} stopped: {}", r.identity(), reason);
        tell(r, Reply.text(texts.t(messageKey, texts.prefix())));
    }

    private void tell(SigninReminder r, Reply reply) {
        if (!outbox.queuePrivate(r.identity(), r.botAccount(), reply)) {
            log.info("sign-in reminder to {} not queued here: another instance leads now", r.identity());
        }
    }
}
