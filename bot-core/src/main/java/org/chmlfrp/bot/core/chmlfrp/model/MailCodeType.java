package org.chmlfrp.bot.core.chmlfrp.model;

import java.util.Locale;

/** What a mail code is for ({@code /sendmailcode}'s {@code type}). */
public enum MailCodeType {
    REGISTER,
    RETOKEN;

    /** The API's spelling: {@code register}, {@code retoken}. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
