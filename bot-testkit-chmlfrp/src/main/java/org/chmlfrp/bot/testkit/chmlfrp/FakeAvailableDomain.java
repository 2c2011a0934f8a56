package org.chmlfrp.bot.testkit.chmlfrp;

/**
 * A main domain users may create free subdomains under ({@code /list_available_domains}).
 *
 * @param id        domain id
 * @param domain    the domain, e.g. {@code frp.wtf}
 * @param remarks   free text or {@code null}
 * @param icpFiling whether the domain has ICP filing
 */
public record FakeAvailableDomain(int id, String domain, String remarks, boolean icpFiling) {}
