package org.chmlfrp.bot.core.chmlfrp.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/** One day of a node's uptime history, as the API gives it ({@code recorded_at}, {@code uptime}). */
public record UptimePoint(@JsonProperty("recorded_at") LocalDate day, double uptime) {}
