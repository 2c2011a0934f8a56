package org.chmlfrp.bot.onebot.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.chmlfrp.bot.onebot.transport.FrameChannel;

/**
 * An in-memory connection: frames the bot writes go to {@link PeerLogic}, whose answers are
 * fed back through {@code deliver} (the session's receive) on another thread, as a socket would.
 */
public final class MemoryChannel implements FrameChannel {
    private final PeerLogic logic;
    private final List<String> written = new CopyOnWriteArrayList<>();
    private volatile Consumer<String> deliver = s -> {};
    private volatile boolean open = true;
    private volatile int closedWith;
    private volatile Runnable onClose = () -> {};

    public MemoryChannel(PeerLogic logic) {
        this.logic = logic;
    }

    public void connect(Consumer<String> deliver, Runnable onClose) {
        this.deliver = deliver;
        this.onClose = onClose;
    }

    @Override
    public void send(byte[] utf8Frame) {
        String frame = new String(utf8Frame, StandardCharsets.UTF_8);
        if (!open) {
            throw new IllegalStateException("closed");
        }
        written.add(frame);
        String answer = logic.onFrame(frame);
        if (answer != null) {
            new Thread(() -> deliver.accept(answer), "memory-peer").start();
        }
    }

    @Override
    public void close(int code, String reason) {
        if (open) {
            open = false;
            closedWith = code;
            onClose.run();
        }
    }

    @Override
    public void abort() {
        close(1006, "aborted");
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    public int closedWith() {
        return closedWith;
    }

    public List<String> written() {
        return List.copyOf(written);
    }
}
