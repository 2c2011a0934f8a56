package org.chmlfrp.bot.core.command;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.chmlfrp.bot.core.chmlfrp.ApiErrorKind;
import org.chmlfrp.bot.core.chmlfrp.ApiException;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.core.support.Failures;

/**
 * The one way a command answers an API refusal (the API said no, with its own {@code msg}) in
 * its own words. Every other failure (network, timeout, server error, a bug) goes on to the
 * dispatcher, which answers it the common way ({@link ErrorReplies}).
 */
public final class ApiRefusals {
    /** The kinds where the API answered and refused: its {@code msg} says why. */
    public static final Set<ApiErrorKind> REFUSALS =
            EnumSet.of(ApiErrorKind.INVALID_TOKEN, ApiErrorKind.VALIDATION, ApiErrorKind.NOT_FOUND);

    private ApiRefusals() {}

    /**
     * {@code reply}, or {@code onRefusal}'s reply when the API refused with one of {@code kinds}
     * and {@code onRefusal} has one for it; every other failure stays a failure.
     */
    public static CompletableFuture<Reply> recover(
            CompletionStage<Reply> reply, Set<ApiErrorKind> kinds, Function<ApiException, Optional<Reply>> onRefusal) {
        return reply.toCompletableFuture()
                .exceptionally(failure -> ApiException.unwrap(failure)
                        .filter(e -> kinds.contains(e.kind()))
                        .flatMap(onRefusal)
                        .orElseThrow(() -> Failures.rethrow(failure)));
    }

    /** {@code reply}, or {@code onRefusal}'s reply when the API refused and said why in its {@code msg}. */
    public static CompletableFuture<Reply> recover(
            CompletionStage<Reply> reply, Function<ApiException, Reply> onRefusal) {
        return recover(reply, REFUSALS, e -> e.apiMessage().map(msg -> onRefusal.apply(e)));
    }
}
