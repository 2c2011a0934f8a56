package org.chmlfrp.bot.core.feature.account;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.chmlfrp.bot.core.chmlfrp.ApiErrorKind;
import org.chmlfrp.bot.core.chmlfrp.ApiException;
import org.chmlfrp.bot.core.reply.Reply;

/**
 * Lets a command answer an API refusal (the API said no, with its own {@code msg}) in its own
 * words. Every other failure (network, timeout, server error, a bug) goes on to the dispatcher.
 */
final class ApiRefusals {
    /** The kinds where the API answered and refused: its {@code msg} says why. */
    private static final Set<ApiErrorKind> REFUSALS =
            EnumSet.of(ApiErrorKind.INVALID_TOKEN, ApiErrorKind.VALIDATION, ApiErrorKind.NOT_FOUND);

    private ApiRefusals() {
    }

    /** The API's refusal behind a future's failure, if that is what it was. */
    static Optional<ApiException> refusal(Throwable failure) {
        return ApiException.unwrap(failure).filter(e -> REFUSALS.contains(e.kind()) && e.apiMessage().isPresent());
    }

    /** {@code reply}, or {@code onRefusal}'s reply when the API refused; other failures stay failures. */
    static CompletableFuture<Reply> recover(CompletableFuture<Reply> reply, Function<ApiException, Reply> onRefusal) {
        return reply.exceptionally(failure -> refusal(failure).map(onRefusal).orElseThrow(() ->
                failure instanceof CompletionException ce ? ce : new CompletionException(failure)));
    }
}
