package org.chmlfrp.bot.core.command;

import java.util.concurrent.CancellationException;
import org.chmlfrp.bot.core.chat.BotLocale;
import org.chmlfrp.bot.core.chmlfrp.ApiException;
import org.chmlfrp.bot.core.i18n.I18n;
import org.chmlfrp.bot.core.reply.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a failure into one short message: the API's own {@code msg} with localized framing,
 * or a plain network/timeout message. Never a stack trace, a class name or raw JSON.
 */
public final class ErrorReplies {
    private static final Logger log = LoggerFactory.getLogger(ErrorReplies.class);

    private final I18n i18n;

    public ErrorReplies(I18n i18n) {
        this.i18n = i18n;
    }

    public Reply forFailure(BotLocale locale, String commandPath, Throwable failure) {
        return ApiException.unwrap(failure).map(api -> forApi(locale, api)).orElseGet(() -> {
            if (!(failure instanceof CancellationException)) {
                log.error("command {} failed", commandPath, failure);
            }
            return Reply.error(i18n.get(locale, "error.internal"));
        });
    }

    private Reply forApi(BotLocale locale, ApiException e) {
        String msg = e.apiMessage().orElse(i18n.get(locale, "error.api.no-message"));
        log.info("ChmlFrp API refused: {}", e.getMessage());
        String text = switch (e.kind()) {
            case INVALID_TOKEN -> i18n.get(locale, "error.api.invalid-token", msg);
            case NOT_FOUND, VALIDATION -> i18n.get(locale, "error.api.refused", msg);
            case SERVER_ERROR -> i18n.get(locale, "error.api.server", msg);
            case UNAVAILABLE -> i18n.get(locale, "error.api.unavailable");
            case NETWORK -> i18n.get(locale, "error.api.network");
            case TIMEOUT -> i18n.get(locale, "error.api.timeout");
            case MALFORMED -> i18n.get(locale, "error.api.malformed");
        };
        return Reply.error(text);
    }
}
