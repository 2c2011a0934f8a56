package org.chmlfrp.bot.testkit.chmlfrp;

/**
 * One friend link of {@code /panelinfo}.
 *
 * @param name        site name
 * @param description text or {@code null}
 * @param url         link
 */
public record FakeFriendLink(String name, String description, String url) {}
