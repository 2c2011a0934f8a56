package org.chmlfrp.bot.core.chmlfrp.model;

import java.util.Arrays;
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
        return Arrays.stream(values())
                .filter(t -> text != null && t.name().equalsIgnoreCase(text.trim()))
                .findFirst();
    }
}
