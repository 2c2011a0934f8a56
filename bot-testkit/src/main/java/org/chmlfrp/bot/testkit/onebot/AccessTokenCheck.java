package org.chmlfrp.bot.testkit.onebot;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The forward server's handshake authorization ({@code communication/authorization.md}): with a
 * token configured, the bot must send {@code Authorization: Bearer <token>} (go-cqhttp also takes
 * {@code Token <token>}) or the {@code access_token} query parameter.
 */
final class AccessTokenCheck {

    private final byte[] token;

    AccessTokenCheck(String token) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    boolean required() {
        return token.length > 0;
    }

    /**
     * @param authorization the {@code Authorization} header, empty when absent
     * @param resource      the request target, e.g. {@code /?access_token=x}
     */
    boolean accepts(String authorization, String resource) {
        if (!required()) {
            return true;
        }
        return matches(fromHeader(authorization)) || matches(fromQuery(resource));
    }

    private boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(token, candidate.getBytes(StandardCharsets.UTF_8));
    }

    private static String fromHeader(String authorization) {
        if (authorization == null) {
            return null;
        }
        String value = authorization.strip();
        for (String scheme : new String[] {"Bearer ", "Token "}) {
            if (value.regionMatches(true, 0, scheme, 0, scheme.length())) {
                return value.substring(scheme.length()).strip();
            }
        }
        return null;
    }

    private static String fromQuery(String resource) {
        int start = resource == null ? -1 : resource.indexOf('?');
        if (start < 0) {
            return null;
        }
        for (String pair : resource.substring(start + 1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals("access_token")) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
