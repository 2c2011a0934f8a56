package org.chmlfrp.bot.core.oauth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.chmlfrp.bot.core.chat.BotLocale;
import org.chmlfrp.bot.core.chat.ChatIdentity;
import org.chmlfrp.bot.core.chmlfrp.ApiErrorKind;
import org.chmlfrp.bot.core.chmlfrp.ApiException;
import org.chmlfrp.bot.core.i18n.I18n;
import org.chmlfrp.bot.core.store.AccessRenewal;
import org.chmlfrp.bot.core.store.AccountLink;
import org.chmlfrp.bot.core.store.AccountLinks;
import org.chmlfrp.bot.core.store.OAuthTokens;
import org.chmlfrp.bot.core.support.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps OAuth links usable: an access token that is missing or expires within {@link #EARLY} is
 * refreshed before it is handed out. One refresh at a time per identity (callers arriving while it
 * runs share its future). The rotated refresh token and the new access token are stored in one
 * statement before anyone gets the access token. A refused refresh ({@code invalid_grant}) removes the
 * link and tells the user privately; an unreachable QZhua fails the call as a network error and
 * keeps the link.
 */
public final class TokenRefresher implements AccessRenewal {
    private static final Logger log = LoggerFactory.getLogger(TokenRefresher.class);
    /** Refresh this long before the access token expires. */
    static final Duration EARLY = Duration.ofSeconds(60);

    private final QZhuaClient client;
    private final AccountLinks links;
    private final PrivateNotices notices;
    private final I18n i18n;
    private final BotLocale locale;
    private final Clock clock;
    private final ConcurrentMap<ChatIdentity, CompletableFuture<Optional<AccountLink>>> inFlight =
            new ConcurrentHashMap<>();

    /** @param locale the language of the "link removed" notice (the bot's default: the link keeps none) */
    public TokenRefresher(
            QZhuaClient client, AccountLinks links, PrivateNotices notices, I18n i18n, BotLocale locale, Clock clock) {
        this.client = client;
        this.links = links;
        this.notices = notices;
        this.i18n = i18n;
        this.locale = locale;
        this.clock = clock;
    }

    @Override
    public CompletableFuture<Optional<AccountLink>> renew(AccountLink link) {
        if (usable(link)) {
            return CompletableFuture.completedFuture(Optional.of(link));
        }
        ChatIdentity identity = link.identity();
        CompletableFuture<Optional<AccountLink>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<AccountLink>> running;
        while ((running = inFlight.putIfAbsent(identity, mine)) != null) {
            if (!running.isDone()) {
                return running;
            }
            inFlight.remove(identity, running); // done, its cleanup not run yet: its answer may be stale
        }
        mine.whenComplete((r, f) -> inFlight.remove(identity, mine));
        try {
            // read again: a refresh that ended just before this one began has rotated the token
            Optional<AccountLink> current = links.find(identity);
            if (current.isEmpty() || usable(current.get())) {
                mine.complete(current);
            } else {
                refresh(current.get()).handle((r, f) -> f != null ? mine.completeExceptionally(f) : mine.complete(r));
            }
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
        }
        return mine;
    }

    private boolean usable(AccountLink link) {
        return !(link.credential() instanceof OAuthTokens tokens)
                || tokens.hasAccessValidAt(clock.instant().plus(EARLY));
    }

    private CompletableFuture<Optional<AccountLink>> refresh(AccountLink link) {
        OAuthTokens old = (OAuthTokens) link.credential();
        return client.refresh(old.refreshToken()).handle((grant, failure) -> {
            if (failure == null) {
                Instant now = clock.instant();
                String refresh =
                        grant.refreshToken() == null || grant.refreshToken().isBlank()
                                ? old.refreshToken()
                                : grant.refreshToken();
                OAuthTokens fresh = new OAuthTokens(refresh, grant.accessToken(), now.plusSeconds(grant.expiresIn()));
                if (!links.replaceOAuthTokens(link.identity(), fresh)) {
                    return Optional.<AccountLink>empty();
                }
                return Optional.of(link.withCredential(fresh));
            }
            Throwable cause = Failures.unwrap(failure);
            if (cause instanceof OAuthException refused && refused.grantRefused()) {
                log.info("QZhua refused to refresh the tokens of {}: link removed", link.identity());
                links.remove(link.identity());
                notices.tell(link.identity(), null, i18n.get(locale, "oauth.refresh.refused", link.chmlfrpUsername()));
                return Optional.<AccountLink>empty();
            }
            log.info("could not refresh the tokens of {}: {}", link.identity(), cause.getMessage());
            throw new ApiException(ApiErrorKind.NETWORK, "/oauth2/token", 0, null, null, cause);
        });
    }
}
