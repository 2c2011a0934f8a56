package org.chmlfrp.bot.core.broadcast;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpApi;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpSettings;
import org.chmlfrp.bot.core.chmlfrp.model.Announcement;
import org.chmlfrp.bot.core.chmlfrp.model.AnnouncementPage;
import org.chmlfrp.bot.core.command.LinkedAccount;
import org.chmlfrp.bot.core.feature.node.AnnouncementText;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.core.store.BroadcastState;
import org.chmlfrp.bot.core.store.StateChange;
import org.chmlfrp.bot.core.store.SubscriptionKind;
import org.chmlfrp.bot.core.store.Subscriptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code subscribe news}: one {@code /message/list} call (the newest {@value #PAGE_SIZE}) per
 * {@code broadcast.poll-interval}, whatever the number of subscribers; each announcement newer
 * than the high-water mark is posted once to every news subscription (title, a short
 * plain-text excerpt, the panel's address), oldest first.
 *
 * <ul>
 *   <li>The mark — the newest publish time and id seen — is kept in {@link BroadcastState}
 *       ({@value #MARK}), with the time of the last good poll ({@value #CHECKED_AT}).</li>
 *   <li>The first good answer after start (or after a time without subscribers) is learned
 *       silently — unless the stored mark was checked within {@link #CATCH_UP}: then what came
 *       after it is posted, so a restart (or another instance taking over) neither repeats nor
 *       loses an announcement.</li>
 *   <li>{@code /message/list} needs a token: the first bot admin's link ({@link AdminCredential}).
 *       With none, nothing is called and that is logged once.</li>
 *   <li>No subscriber, no call. A failed call skips the round and keeps the mark.</li>
 * </ul>
 */
@Singleton
final class NewsPoller implements BroadcastJob {
    static final String MARK = "news.high-water";
    static final String CHECKED_AT = "news.checked-at";
    static final int PAGE_SIZE = 10;
    static final int EXCERPT_LENGTH = 120;
    static final Duration CATCH_UP = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(NewsPoller.class);
    private static final Comparator<Mark> ORDER =
            Comparator.comparingLong(Mark::millis).thenComparingLong(Mark::id);

    /** An announcement's place in time: publish time, then id (-1 when the API sent none). */
    record Mark(long millis, long id) {
        static Mark of(Announcement a) {
            return new Mark(a.publishTime().toEpochMilli(), a.id() == null ? -1 : a.id());
        }

        static Optional<Mark> parse(String text) {
            try {
                int colon = text.indexOf(':');
                return Optional.of(
                        new Mark(Long.parseLong(text.substring(0, colon)), Long.parseLong(text.substring(colon + 1))));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }

        boolean after(Mark other) {
            return ORDER.compare(this, other) > 0;
        }

        @Override
        public String toString() {
            return millis + ":" + id;
        }
    }

    private final ChmlFrpApi api;
    private final Subscriptions subscriptions;
    private final BroadcastState state;
    private final AdminCredential admin;
    private final Outbox outbox;
    private final BroadcastTexts texts;
    private final ChmlFrpSettings chmlfrp;
    private final PollGate gate;

    /** The mark this run works from; null until learned (or after a time without subscribers). */
    private Mark known;

    private boolean toldNoAdmin;

    @Inject
    NewsPoller(
            ChmlFrpApi api,
            Subscriptions subscriptions,
            BroadcastState state,
            AdminCredential admin,
            Outbox outbox,
            BroadcastTexts texts,
            ChmlFrpSettings chmlfrp,
            BroadcastSettings settings) {
        this.api = api;
        this.subscriptions = subscriptions;
        this.state = state;
        this.admin = admin;
        this.outbox = outbox;
        this.texts = texts;
        this.chmlfrp = chmlfrp;
        this.gate = new PollGate(settings.pollInterval());
    }

    @Override
    public synchronized CompletableFuture<Void> runDue(Instant now) {
        if (!gate.due(now)) {
            return CompletableFuture.completedFuture(null);
        }
        if (subscriptions.byKind(SubscriptionKind.NEWS).isEmpty()) {
            known = null;
            return CompletableFuture.completedFuture(null);
        }
        Optional<LinkedAccount> account = admin.find();
        if (account.isEmpty()) {
            if (!toldNoAdmin) {
                toldNoAdmin = true;
                log.warn("news subscriptions wait: /message/list needs a token and no bot admin (bot.admins) "
                        + "has a linked account; a bot admin must bind one");
            }
            return CompletableFuture.completedFuture(null);
        }
        toldNoAdmin = false;
        String token = account.get().token();
        return gate.run(
                () -> api.announcements(token, 1, PAGE_SIZE),
                page -> onAnswer(now, page),
                why -> log.info("announcements not read this round: {}", why));
    }

    private void onAnswer(Instant now, AnnouncementPage page) {
        List<Announcement> dated = page.messages().stream()
                .filter(a -> a.publishTime() != null)
                .sorted(Comparator.comparing(Mark::of, ORDER))
                .toList();
        Mark learned;
        synchronized (this) {
            learned = known;
        }
        Mark from = learned != null ? learned : storedMarkToCatchUpFrom(now).orElse(null);
        List<Announcement> fresh = List.of();
        if (from == null) {
            log.info("announcements learned: {} on the first page, none posted", dated.size());
        } else {
            fresh = dated.stream().filter(a -> Mark.of(a).after(from)).toList();
        }
        Mark last = dated.isEmpty() ? null : Mark.of(dated.get(dated.size() - 1));
        Mark newest = last != null && (from == null || last.after(from)) ? last : from;
        // each post is queued with the mark moved to it, in one transaction: a takeover neither
        // repeats nor loses one
        Optional<String> storedMark = state.get(MARK);
        for (Announcement a : fresh) {
            String mark = Mark.of(a).toString();
            if (!post(a, new StateChange(MARK, storedMark, mark))) {
                synchronized (this) {
                    known = null; // read the stored mark again next time
                }
                return;
            }
            storedMark = Optional.of(mark);
        }
        if (newest != null && !storedMark.equals(Optional.of(newest.toString()))) {
            state.compareAndSet(new StateChange(MARK, storedMark, newest.toString()));
        }
        state.put(CHECKED_AT, Long.toString(now.toEpochMilli()));
        synchronized (this) {
            known = newest != null ? newest : new Mark(Long.MIN_VALUE, Long.MIN_VALUE);
        }
    }

    /** The stored mark, when the last good poll (of any run) was recent enough to continue from it. */
    private Optional<Mark> storedMarkToCatchUpFrom(Instant now) {
        boolean recent = state.get(CHECKED_AT)
                .flatMap(NewsPoller::instant)
                .filter(checked -> !now.isAfter(checked.plus(CATCH_UP)))
                .isPresent();
        return recent ? state.get(MARK).flatMap(Mark::parse) : Optional.empty();
    }

    private boolean post(Announcement a, StateChange change) {
        String excerpt = AnnouncementText.excerpt(a.contentMd(), EXCERPT_LENGTH);
        String title = a.title() == null || a.title().isBlank()
                ? texts.t("broadcast.news.untitled")
                : a.title().strip();
        String more = texts.t("broadcast.news.more", chmlfrp.panelUrl().toString());
        Reply reply = Reply.builder()
                .title(texts.t("broadcast.news.title", title))
                .text(excerpt.isEmpty() ? more : excerpt + "\n" + more)
                .build();
        return outbox.queueForSubscribers(SubscriptionKind.NEWS, reply, change, log, "announcement " + Mark.of(a));
    }

    private static Optional<Instant> instant(String millis) {
        try {
            return Optional.of(Instant.ofEpochMilli(Long.parseLong(millis)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
