package org.chmlfrp.bot.core.oauth;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code POST /oauth2/token}'s success answer. toString hides the tokens. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TokenGrant(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("refresh_token") String refreshToken,
        @JsonProperty("expires_in") long expiresIn) {

    @Override
    public String toString() {
        return "TokenGrant[accessToken=***, refreshToken=***, expiresIn=" + expiresIn + "]";
    }
}
