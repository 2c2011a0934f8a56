package org.chmlfrp.bot.testkit;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What a test rig started, closed newest first; every resource is closed even when one fails,
 * and the first failure is thrown with the others suppressed. The rig can be used again after.
 */
public final class Closer implements AutoCloseable {
    private final Deque<AutoCloseable> open = new ArrayDeque<>();

    /** Closed by {@link #close()}, before what was kept earlier. */
    public <T extends AutoCloseable> T keep(T resource) {
        open.push(resource);
        return resource;
    }

    @Override
    public void close() throws Exception {
        Exception first = null;
        for (AutoCloseable resource = open.poll(); resource != null; resource = open.poll()) {
            try {
                resource.close();
            } catch (Exception e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
