package org.chmlfrp.bot.core.chat;

/** A way in: a platform connection that feeds the dispatcher. Started after assembly, stopped on shutdown. */
public interface ChatAdapter {
    String name();

    void start() throws Exception;

    /**
     * False for a background service that only rides this lifecycle and takes no messages (the
     * {@code broadcast} scheduler): the launcher does not count it as something to talk to.
     */
    default boolean takesMessages() {
        return true;
    }

    /** Stops taking messages; lets replies in flight finish where it can. */
    void stop();
}
