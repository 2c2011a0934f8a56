package org.chmlfrp.bot.testkit.chmlfrp;

/**
 * One free subdomain ({@code record.domain}) of a user.
 *
 * @param id      subdomain id
 * @param userId  owner
 * @param domain  the main domain, one of the available domains
 * @param record  the host label, e.g. {@code chaoji} for {@code chaoji.frp.wtf}
 * @param type    {@code A}, {@code AAAA}, {@code CNAME} or {@code SRV}
 * @param target  IPv4, IPv6 or host name
 * @param remarks free text or {@code null}
 * @param ttl     one of the API's Chinese TTL strings, e.g. {@code 10分钟}
 */
public record FakeSubdomain(
        int id, int userId, String domain, String record, String type, String target, String remarks, String ttl) {

    /** True if this is {@code record.domain} (record compared ignoring case, as DNS does). */
    public boolean is(String otherDomain, String otherRecord) {
        return domain.equals(otherDomain) && record.equalsIgnoreCase(otherRecord);
    }
}
