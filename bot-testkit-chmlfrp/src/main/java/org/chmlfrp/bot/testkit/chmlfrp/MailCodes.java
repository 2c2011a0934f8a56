package org.chmlfrp.bot.testkit.chmlfrp;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The mail codes the fake "sent": the last one per address, and the last one per address and type. Not thread-safe. */
final class MailCodes {

    private final Map<String, String> lastByMail = new HashMap<>();
    private final Map<String, String> lastByTypeAndMail = new HashMap<>();

    void remember(String type, String mail, String code) {
        lastByMail.put(key(mail), code);
        lastByTypeAndMail.put(type + '\n' + key(mail), code);
    }

    Optional<String> last(String mail) {
        return Optional.ofNullable(lastByMail.get(key(mail)));
    }

    Optional<String> last(String type, String mail) {
        return Optional.ofNullable(lastByTypeAndMail.get(type + '\n' + key(mail)));
    }

    /** Forgets the code of that type once it has been used. */
    void consume(String type, String mail) {
        lastByTypeAndMail.remove(type + '\n' + key(mail));
    }

    private static String key(String mail) {
        return mail.trim().toLowerCase(Locale.ROOT);
    }
}
