package org.chmlfrp.bot.core.chmlfrp.model;

import java.util.Locale;
import java.util.Optional;

/** The four tunnel types the API allows. */
public enum TunnelType {
    TCP,
    UDP,
    HTTP,
    HTTPS;

    /** The API's spelling ({@code tcp}, {@code udp}, {@code http}, {@code https}). */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for http and https: these bind a domain instead of a remote port. */
    public boolean isWeb() {
        return this == HTTP || this == HTTPS;
    }

    /** Parses any case ({@code TCP}, {@code Tcp}); empty for anything else. */
    public static Optional<TunnelType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (TunnelType t : values()) {
            if (t.name().equalsIgnoreCase(text.trim())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
