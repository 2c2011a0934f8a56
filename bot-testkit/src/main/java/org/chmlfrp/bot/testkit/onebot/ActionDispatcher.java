package org.chmlfrp.bot.testkit.onebot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one action frame from the bot into a recorded call and, unless the action is ignored,
 * an answer with the request's echo (delayed answers go through the scheduler, so a slow action
 * never holds up the next one).
 */
final class ActionDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(ActionDispatcher.class);

    private final ObjectMapper json;
    private final Clock clock;
    private final ActionLog log;
    private final ActionRules rules;
    private final DefaultAnswers defaults;
    private final ScheduledExecutorService scheduler;

    ActionDispatcher(
            ObjectMapper json,
            Clock clock,
            ActionLog log,
            ActionRules rules,
            DefaultAnswers defaults,
            ScheduledExecutorService scheduler) {
        this.json = json;
        this.clock = clock;
        this.log = log;
        this.rules = rules;
        this.defaults = defaults;
        this.scheduler = scheduler;
    }

    /** Handles one text frame; {@code reply} sends a text frame back on the same connection. */
    void dispatch(String frame, Consumer<String> reply) {
        JsonNode request;
        try {
            request = json.readTree(frame);
        } catch (JsonProcessingException e) {
            LOG.debug("fake OneBot: not JSON: {}", frame);
            reply.accept(write(
                    ActionResult.failed(ActionResult.BAD_REQUEST, "not JSON").toResponse(null)));
            return;
        }
        JsonNode echo = request.get("echo");
        if (!request.isObject() || !request.path("action").isTextual()) {
            LOG.debug("fake OneBot: no action in {}", frame);
            reply.accept(write(
                    ActionResult.failed(ActionResult.BAD_REQUEST, "no action").toResponse(echo)));
            return;
        }
        String action = request.get("action").asText();
        JsonNode params = request.get("params");
        if (params == null || params.isNull()) {
            params = JsonNodeFactory.instance.objectNode();
        }
        log.add(new RecordedAction(action, params, echo, clock.instant()));
        Optional<ActionRules.Reply> decided = rules.decide(action, params, defaults);
        if (decided.isEmpty()) {
            LOG.debug("fake OneBot: ignoring {}", action);
            return;
        }
        ActionRules.Reply answer = decided.get();
        String response = write(answer.result().toResponse(echo));
        if (answer.delay().isZero()) {
            reply.accept(response);
            return;
        }
        try {
            scheduler.schedule(() -> reply.accept(response), answer.delay().toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debug("fake OneBot closed before the delayed answer to {}", action);
        }
    }

    private String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + node, e);
        }
    }
}
