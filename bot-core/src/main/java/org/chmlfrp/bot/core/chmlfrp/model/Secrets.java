package org.chmlfrp.bot.core.chmlfrp.model;

/** How records print a secret: never the value, only whether there is one. */
final class Secrets {
    private Secrets() {}

    static String mask(String secret) {
        return secret == null || secret.isEmpty() ? "<none>" : "***";
    }
}
