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
    private final Consumer<String> writer;
    private final EchoRegistry echoes;
    private final Duration timeout;

    /** @param writer writes one text frame (one writer at a time: the session serialises) */
    public ActionCaller(Consumer<String> writer, EchoRegistry echoes, Duration timeout) {
        this.writer = writer;
        this.echoes = echoes;
        this.timeout = timeout;
    }

    public CompletableFuture<ActionResult> call(String action, ObjectNode params) {
        EchoRegistry.Pending p = echoes.register(action, timeout);
        ObjectNode frame = Json.MAPPER.createObjectNode();
        frame.put("action", action);
        frame.set("params", params == null ? Json.MAPPER.createObjectNode() : params);
        frame.set("echo", p.echo());
        try {
            writer.accept(frame.toString());
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
