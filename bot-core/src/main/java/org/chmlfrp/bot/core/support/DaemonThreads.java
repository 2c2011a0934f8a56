package org.chmlfrp.bot.core.support;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Thread factories for the bot's own pools: daemon threads, numbered under a name. */
public final class DaemonThreads {
    private DaemonThreads() {}

    /** Daemon threads named {@code prefix1}, {@code prefix2}, … */
    public static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
