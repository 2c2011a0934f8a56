package org.chmlfrp.bot.testkit.onebot;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;

/**
 * One action request the bot sent ({@code {"action", "params", "echo"}}).
 *
 * @param action the action name, e.g. {@code send_group_msg}
 * @param params the request's {@code params}; an empty object when the bot sent none
 * @param echo   the request's {@code echo} exactly as sent (any JSON type), or {@code null} when absent
 * @param at     when the fake received it
 */
public record RecordedAction(String action, JsonNode params, JsonNode echo, Instant at) {

    public RecordedAction {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(at, "at");
    }

    /** {@code params.<field>} as text, or {@code null} when absent. */
    public String param(String field) {
        JsonNode value = params.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
