package org.chmlfrp.bot.core.chmlfrp.model;

/**
 * What {@code /create_free_subdomain} and {@code /update_free_subdomain} take. {@code ttl}
 * is the API's spelling ({@code 10分钟}); null means the documented default. {@code type}
 * is ignored by update (the API changes only target and TTL).
 */
public record SubdomainSpec(String domain, String record, String type, String target, String ttl, String remarks) {}
