package org.chmlfrp.bot.core.chmlfrp.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One day of the account's traffic from {@code /flow_last_7_days} ({@code time} as the API spells it). */
public record FlowDay(
        String time,
        @JsonProperty("traffic_in") long trafficIn,
        @JsonProperty("traffic_out") long trafficOut) {}
