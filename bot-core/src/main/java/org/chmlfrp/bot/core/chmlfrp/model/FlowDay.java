package org.chmlfrp.bot.core.chmlfrp.model;

/** One day of the account's traffic from {@code /flow_last_7_days} ({@code time} as the API spells it). */
public record FlowDay(String time, long trafficIn, long trafficOut) {
}
