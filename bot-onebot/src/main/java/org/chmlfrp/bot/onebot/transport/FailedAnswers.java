package org.chmlfrp.bot.onebot.transport;

import java.util.Optional;
import org.chmlfrp.bot.onebot.protocol.ActionResult;
import org.chmlfrp.bot.onebot.protocol.Inbound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs at WARN every answer of one connection that reports a failure: the action it answers
 * (when a call was waiting for it), the retcode and the implementation's reason
 * ({@code wording}, else {@code message}). A failed answer without an echo is the
 * implementation refusing the connection itself: NapCat accepts the WebSocket, answers
 * {@code retcode 1403 "token验证失败"} with a null echo and closes, when the access token is
 * wrong. The reason is the implementation's text, on one line and cut short; the session
 * never knows the access token, so no line can show it.
 */
final class FailedAnswers {
    /** NapCat's answer to a missing or wrong access token. */
    static final int TOKEN_REFUSED = 1403;

    private static final Logger log = LoggerFactory.getLogger(OneBotSession.class);
    private static final int MAX_REASON = 200;

    private final String label;
    private final String origin;

    FailedAnswers(String label, String origin) {
        this.label = label;
        this.origin = origin;
    }

    void report(Optional<String> action, Inbound.Response answer) {
        ActionResult r = answer.result();
        String reason = reason(r);
        boolean noEcho = answer.echo() == null || answer.echo().isNull();
        if (action.isPresent()) {
            log.warn("OneBot {} ({}): {} failed: retcode {}, {}", label, origin, action.get(), r.retcode(), reason);
        } else if (noEcho && r.retcode() == TOKEN_REFUSED) {
            log.warn(
                    "OneBot {} ({}): the implementation refused the access token: retcode {}, {}; "
                            + "check this connection's access-token",
                    label,
                    origin,
                    r.retcode(),
                    reason);
        } else if (noEcho) {
            log.warn(
                    "OneBot {} ({}): the implementation reported a failure: retcode {}, {}",
                    label,
                    origin,
                    r.retcode(),
                    reason);
        } else {
            log.warn(
                    "OneBot {} ({}): an action answered after its timeout failed: retcode {}, {}",
                    label,
                    origin,
                    r.retcode(),
                    reason);
        }
    }

    /** The implementation's reason, else its status; control characters replaced, at most 200 characters. */
    private static String reason(ActionResult r) {
        String text = r.message().isBlank() ? "status " + (r.status().isBlank() ? "unknown" : r.status()) : r.message();
        String oneLine = text.strip().replaceAll("\\p{Cntrl}+", " ");
        return oneLine.length() <= MAX_REASON ? oneLine : oneLine.substring(0, MAX_REASON) + "…";
    }
}
