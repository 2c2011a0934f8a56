package org.chmlfrp.bot.core.oauth;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code POST /oauth2/device_authorization}'s answer (RFC 8628 §3.2). toString hides the device code. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeviceAuthorization(
        @JsonProperty("device_code") String deviceCode,
        @JsonProperty("user_code") String userCode,
        @JsonProperty("verification_uri") String verificationUri,
        @JsonProperty("verification_uri_complete") String verificationUriComplete,
        @JsonProperty("expires_in") long expiresIn,
        @JsonProperty("interval") Integer interval) {

    /** RFC 8628 §3.2: 5 seconds when the server names none. */
    public int intervalSeconds() {
        return interval == null || interval < 1 ? 5 : interval;
    }

    /** The link to show: the complete one (code filled in) where the server gives it. */
    public String link() {
        return verificationUriComplete != null && !verificationUriComplete.isBlank()
                ? verificationUriComplete
                : verificationUri;
    }

    @Override
    public String toString() {
        return "DeviceAuthorization[userCode=" + userCode + ", deviceCode=***]";
    }
}
