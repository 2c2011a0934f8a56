package org.chmlfrp.bot.core.chmlfrp.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A user's free subdomain ({@code /get_user_free_subdomains}): {@code record.domain} resolves
 * to {@code target}. {@code ttl} is the API's own spelling ({@code 10分钟}).
 */
public record Subdomain(
        int id,
        @JsonProperty("userid") int userId,
        String domain,
        String record,
        String type,
        String target,
        String remarks,
        String ttl) {

    /** The full name, e.g. {@code mc.frp.wtf}. */
    public String fqdn() {
        return record + "." + domain;
    }
}
