package org.chmlfrp.bot.onebot.send;

/** A message could not be sent: the implementation refused it (retcode) or the connection went away. */
public final class SendFailedException extends RuntimeException {
    private final int retcode;

    public SendFailedException(String message, int retcode) {
        super(message);
        this.retcode = retcode;
    }

    public SendFailedException(String message, Throwable cause) {
        super(message, cause);
        this.retcode = -1;
    }

    /** The implementation's retcode, or -1 when it never answered. */
    public int retcode() {
        return retcode;
    }
}
