package org.chmlfrp.bot.onebot.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Calls OneBot actions over one connection: writes {@code {action, params, echo}} with a
 * unique echo and returns a future of the answer, which fails on timeout or when the frame
 * cannot be written. A non-zero retcode is an ordinary answer here; {@link #callOk} turns it
 * into a failure.
 */
public final class ActionCaller {
    private final Consumer<byte[]> writer;
    private final EchoRegistry echoes;
    private final Duration timeout;

    /** @param writer writes one text frame given as UTF-8 bytes (one writer at a time: the session serialises) */
    public ActionCaller(Consumer<byte[]> writer, EchoRegistry echoes, Duration timeout) {
        this.writer = writer;
        this.echoes = echoes;
        this.timeout = timeout;
    }

    public CompletableFuture<ActionResult> call(String action, ObjectNode params) {
        return call(action, ActionParams.of(params));
    }

    /** As {@link #call(String, ObjectNode)}, the params streamed into the frame. */
    public CompletableFuture<ActionResult> call(String action, ActionParams params) {
        EchoRegistry.Pending p = echoes.register(action, timeout);
        try {
            writer.accept(ActionFrame.encode(action, params, p.echo().asText()));
        } catch (RuntimeException e) {
            p.future().completeExceptionally(e);
        }
        return p.future();
    }

    /** As {@link #call}, failing with {@link ActionFailedException} unless the retcode says ok. */
    public CompletableFuture<ActionResult> callOk(String action, ObjectNode params) {
        return call(action, params).thenApply(r -> {
            if (!r.ok()) {
                throw new ActionFailedException(action, r.retcode());
            }
            return r;
        });
    }

    public EchoRegistry echoes() {
        return echoes;
    }
}
