package org.chmlfrp.bot.core.chmlfrp;

import java.util.Arrays;
import java.util.Optional;

/** Where the token travels ({@code chmlfrp.token-in}). */
public enum TokenPlacement {
    /** {@code Authorization: Bearer <token>}, as current clients send it. */
    HEADER,
    /** The document's older form: {@code token=} in the query, or in the JSON body of a POST. */
    QUERY,
    /** Both at once. */
    BOTH;

    public boolean inHeader() {
        return this != QUERY;
    }

    public boolean inParameters() {
        return this != HEADER;
    }

    public static Optional<TokenPlacement> parse(String text) {
        return Arrays.stream(values())
                .filter(p -> text != null && p.name().equalsIgnoreCase(text.trim()))
                .findFirst();
    }
}
