package org.chmlfrp.bot.core.support;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** The one way to look through a failure's wrappers. */
public final class Failures {
    private Failures() {}

    /** The failure behind any {@link CompletionException}/{@link ExecutionException} wrappers. */
    public static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** The innermost cause (the failure itself when it has none). */
    public static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** {@code failure} as an unchecked exception to throw from a stage, wrapped once at most. */
    public static CompletionException rethrow(Throwable failure) {
        return failure instanceof CompletionException c ? c : new CompletionException(failure);
    }
}
