package org.chmlfrp.bot.core.oauth;

import java.net.URI;
import java.util.Objects;

/**
 * The {@code oauth} configuration section: linking through QZhua's device-code login.
 *
 * @param clientId the bot's client id registered at the QZhua console; empty turns the feature off
 * @param baseUrl  the QZhua account service root
 * @param scope    the scopes asked for
 */
public record OAuthSettings(String clientId, URI baseUrl, String scope) {
    public static final URI DEFAULT_BASE_URL = URI.create("https://account-api.qzhua.net");
    public static final String DEFAULT_SCOPE = "profile email offline_access chmlfrp_api";

    public OAuthSettings {
        clientId = clientId == null ? "" : clientId.trim();
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(scope, "scope");
        baseUrl = URI.create(baseUrl.toString().replaceFirst("/$", "")); // paths are appended to it
    }

    /** The feature switched off (no client id). */
    public static OAuthSettings off() {
        return new OAuthSettings("", DEFAULT_BASE_URL, DEFAULT_SCOPE);
    }

    /** A client id at a service root, default scope. */
    public static OAuthSettings of(String clientId, URI baseUrl) {
        return new OAuthSettings(clientId, baseUrl, DEFAULT_SCOPE);
    }

    public boolean enabled() {
        return !clientId.isEmpty();
    }
}
