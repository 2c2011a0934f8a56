package org.chmlfrp.bot.onebot.protocol;

/** The implementation answered an action with a non-zero retcode. */
public final class ActionFailedException extends RuntimeException {
    private final int retcode;

    public ActionFailedException(String action, int retcode) {
        super(action + " failed with retcode " + retcode);
        this.retcode = retcode;
    }

    public int retcode() {
        return retcode;
    }
}
