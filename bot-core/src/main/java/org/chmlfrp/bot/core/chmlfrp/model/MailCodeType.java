package org.chmlfrp.bot.core.chmlfrp.model;

/** What a mail code is for ({@code /sendmailcode}'s {@code type}). */
public enum MailCodeType {
    REGISTER("register"),
    RETOKEN("retoken");

    private final String apiName;

    MailCodeType(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }
}
