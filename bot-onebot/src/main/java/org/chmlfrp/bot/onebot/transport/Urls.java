package org.chmlfrp.bot.onebot.transport;

import java.net.URI;

/** URLs as they may appear in logs: no user info, no query (an {@code access_token} may sit there). */
final class Urls {
    private Urls() {}

    static String forLog(URI uri) {
        StringBuilder b = new StringBuilder();
        if (uri.getScheme() != null) {
            b.append(uri.getScheme()).append("://");
        }
        b.append(uri.getHost() == null ? "?" : uri.getHost());
        if (uri.getPort() >= 0) {
            b.append(':').append(uri.getPort());
        }
        if (uri.getRawPath() != null) {
            b.append(uri.getRawPath());
        }
        return b.toString();
    }
}
