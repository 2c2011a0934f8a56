package org.chmlfrp.bot.core.chmlfrp.model;

/** A main domain free subdomains can be made under ({@code /list_available_domains}). */
public record AvailableDomain(int id, String domain, String remarks, boolean icpFiling) {}
