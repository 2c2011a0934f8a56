package org.chmlfrp.bot.onebot.protocol;

/** An action call got no answer in time. */
public final class ActionTimeoutException extends RuntimeException {
    public ActionTimeoutException(String action, long millis) {
        super(action + " unanswered after " + millis + " ms");
    }
}
