package org.chmlfrp.bot.core.chmlfrp;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * The {@code chmlfrp} configuration section.
 *
 * @param baseUrl  the API root, e.g. {@code https://cf-v2.uapis.cn}
 * @param timeout  per request
 * @param tokenIn  where the token travels
 * @param panelUrl the web panel, linked where a chat cannot do a thing (captcha sign-in)
 */
public record ChmlFrpSettings(URI baseUrl, Duration timeout, TokenPlacement tokenIn, URI panelUrl) {
    public static final URI DEFAULT_BASE_URL = URI.create("https://cf-v2.uapis.cn");
    public static final URI DEFAULT_PANEL_URL = URI.create("https://panel.chmlfrp.cn");
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public ChmlFrpSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(tokenIn, "tokenIn");
        Objects.requireNonNull(panelUrl, "panelUrl");
        baseUrl = URI.create(baseUrl.toString().replaceFirst("/$", "")); // paths are appended to it
    }

    /** Settings for an API at {@code baseUrl} with every other value at its default. */
    public static ChmlFrpSettings of(URI baseUrl) {
        return new ChmlFrpSettings(baseUrl, DEFAULT_TIMEOUT, TokenPlacement.HEADER, DEFAULT_PANEL_URL);
    }

    public ChmlFrpSettings withTimeout(Duration newTimeout) {
        return new ChmlFrpSettings(baseUrl, newTimeout, tokenIn, panelUrl);
    }

    public ChmlFrpSettings withTokenIn(TokenPlacement placement) {
        return new ChmlFrpSettings(baseUrl, timeout, placement, panelUrl);
    }
}
