package org.chmlfrp.bot.core.broadcast;

/**
 * Why the bot stopped a tunnel watch or a sign-in reminder on its own, as stored in
 * {@code watch.stopped_reason} and {@code signin_reminder.stopped_reason}.
 */
public final class WatchStops {
    /** The API said the user's token is invalid. */
    public static final String INVALID_TOKEN = "invalid token";
    /** The user's account link was removed. */
    public static final String UNLINKED = "no linked account";

    private WatchStops() {}
}
