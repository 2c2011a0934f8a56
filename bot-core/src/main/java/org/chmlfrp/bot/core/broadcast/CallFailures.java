package org.chmlfrp.bot.core.broadcast;

import org.chmlfrp.bot.core.chmlfrp.ApiErrorKind;
import org.chmlfrp.bot.core.chmlfrp.ApiException;

/** How the broadcast jobs read a failed API call, for their logs and for stopping a user's job. */
final class CallFailures {
    private CallFailures() {}

    /** The API's description of the failure when it is an {@link ApiException}, else the failure itself. */
    static String describe(Throwable failure) {
        return ApiException.unwrap(failure).map(ApiException::getMessage).orElse(failure.toString());
    }

    /** Whether the API said the user's token is invalid. */
    static boolean invalidToken(Throwable failure) {
        return ApiException.unwrap(failure)
                .filter(e -> e.kind() == ApiErrorKind.INVALID_TOKEN)
                .isPresent();
    }
}
