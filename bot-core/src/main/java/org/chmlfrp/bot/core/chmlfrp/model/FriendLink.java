package org.chmlfrp.bot.core.chmlfrp.model;

/** A friend link of {@code /panelinfo}; description may be null. */
public record FriendLink(String name, String description, String url) {}
