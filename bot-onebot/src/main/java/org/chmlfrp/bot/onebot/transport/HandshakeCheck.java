package org.chmlfrp.bot.onebot.transport;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.function.Function;

/**
 * Checks a reverse connection's opening request (OneBot v11 ws-reverse.md, authorization.md):
 * the configured path; the access token as {@code Authorization: Bearer <token>} (also
 * {@code Token <token>}) or {@code ?access_token=}; a numeric {@code X-Self-ID}; and an
 * {@code X-Client-Role}, when sent, of {@code Universal} (API and Event roles need two
 * sockets, which this bot does not do).
 */
final class HandshakeCheck {
    /** Accepted with the account, or refused with a reason (never containing the token). */
    record Verdict(boolean accepted, long selfId, String reason) {
        static Verdict accept(long selfId) {
            return new Verdict(true, selfId, "");
        }

        static Verdict refuse(String reason) {
            return new Verdict(false, 0, reason);
        }
    }

    private final String path;
    private final String accessToken;

    HandshakeCheck(String path, String accessToken) {
        this.path = normalize(path);
        this.accessToken = accessToken == null ? "" : accessToken;
    }

    /**
     * @param resource the request target, path and query ({@code /onebot/v11/ws?access_token=x})
     * @param header   a request header by name, null when absent
     */
    Verdict check(String resource, Function<String, String> header) {
        String target = resource == null ? "/" : resource;
        int q = target.indexOf('?');
        String reqPath = q < 0 ? target : target.substring(0, q);
        String query = q < 0 ? "" : target.substring(q + 1);
        if (!normalize(reqPath).equals(path)) {
            return Verdict.refuse("unknown path");
        }
        if (!accessToken.isEmpty() && !tokenMatches(header.apply("Authorization"), query)) {
            return Verdict.refuse("bad or missing access token");
        }
        String role = header.apply("X-Client-Role");
        if (role != null && !role.isBlank() && !role.trim().equalsIgnoreCase("Universal")) {
            return Verdict.refuse("only X-Client-Role Universal is supported");
        }
        String self = header.apply("X-Self-ID");
        long selfId;
        try {
            selfId = self == null ? 0 : Long.parseLong(self.trim());
        } catch (NumberFormatException e) {
            selfId = 0;
        }
        if (selfId <= 0) {
            return Verdict.refuse("missing or bad X-Self-ID");
        }
        return Verdict.accept(selfId);
    }

    private boolean tokenMatches(String authorization, String query) {
        if (authorization != null) {
            String a = authorization.trim();
            int space = a.indexOf(' ');
            if (space > 0) {
                String scheme = a.substring(0, space).toLowerCase(Locale.ROOT);
                if ((scheme.equals("bearer") || scheme.equals("token"))
                        && same(a.substring(space + 1).trim())) {
                    return true;
                }
            }
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0
                    && pair.substring(0, eq).equals("access_token")
                    && same(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8))) {
                return true;
            }
        }
        return false;
    }

    private boolean same(String given) {
        return MessageDigest.isEqual(
                given.getBytes(StandardCharsets.UTF_8), accessToken.getBytes(StandardCharsets.UTF_8));
    }

    private static String normalize(String p) {
        String s = p == null || p.isBlank() ? "/" : p.trim();
        if (!s.startsWith("/")) {
            s = "/" + s;
        }
        while (s.length() > 1 && s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
