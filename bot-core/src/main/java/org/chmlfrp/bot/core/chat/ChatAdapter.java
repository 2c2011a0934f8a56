package org.chmlfrp.bot.core.chat;

/** A way in: a platform connection that feeds the dispatcher. Started after assembly, stopped on shutdown. */
public interface ChatAdapter {
    String name();

    void start() throws Exception;

    /** Stops taking messages; lets replies in flight finish where it can. */
    void stop();
}
