package org.chmlfrp.bot.testkit.qzhua;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.OptionalInt;

/**
 * The authorization server's state: device authorizations waiting for the user, refresh tokens
 * (each dies on use: rotation) and access tokens (JWT-shaped, short-lived). Every method runs
 * under one lock.
 */
final class Grants {
    static final String DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";
    private static final String USER_CODE_LETTERS = "BCDFGHJKLMNPQRSTVWXZ";

    private enum DeviceState {
        PENDING,
        APPROVED,
        DENIED,
        USED
    }

    private static final class Device {
        final String userCode;
        Instant expiresAt;
        DeviceState state = DeviceState.PENDING;
        int account;
        int slowDowns;

        Device(String userCode, Instant expiresAt) {
            this.userCode = userCode;
            this.expiresAt = expiresAt;
        }
    }

    private record Access(int account, Instant expiresAt) {}

    private final Object lock = new Object();
    private final Map<String, Device> byDeviceCode = new HashMap<>();
    private final Map<String, String> deviceCodeByUserCode = new LinkedHashMap<>();
    private final Map<String, Integer> refreshTokens = new HashMap<>();
    private final Map<String, Access> accessTokens = new HashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final ObjectMapper mapper;
    private final Clock clock;
    private final Duration deviceTtl;
    private final Duration accessTtl;
    private int refreshes;

    Grants(ObjectMapper mapper, Clock clock, Duration deviceTtl, Duration accessTtl) {
        this.mapper = mapper;
        this.clock = clock;
        this.deviceTtl = deviceTtl;
        this.accessTtl = accessTtl;
    }

    /** A new device authorization: its device code and user code. */
    String[] authorize() {
        synchronized (lock) {
            String deviceCode = randomToken(32);
            String userCode = userCode();
            byDeviceCode.put(deviceCode, new Device(userCode, clock.instant().plus(deviceTtl)));
            deviceCodeByUserCode.put(userCode, deviceCode);
            return new String[] {deviceCode, userCode};
        }
    }

    /** What {@code /oauth2/token} answers to a device-code poll. */
    TokenAnswer pollDevice(String deviceCode) {
        synchronized (lock) {
            Device d = byDeviceCode.get(deviceCode);
            if (d == null || d.state == DeviceState.USED) {
                return TokenAnswer.error("invalid_grant", "unknown or used device code");
            }
            if (!clock.instant().isBefore(d.expiresAt)) {
                return TokenAnswer.error("expired_token", "the device code has expired");
            }
            if (d.slowDowns > 0) {
                d.slowDowns--;
                return TokenAnswer.error("slow_down", "polling too fast");
            }
            return switch (d.state) {
                case PENDING -> TokenAnswer.error("authorization_pending", "the user has not answered yet");
                case DENIED -> TokenAnswer.error("access_denied", "the user denied the request");
                case APPROVED -> {
                    d.state = DeviceState.USED;
                    yield issue(d.account);
                }
                case USED -> throw new IllegalStateException();
            };
        }
    }

    /** What {@code /oauth2/token} answers to a refresh: new tokens, the old refresh token dead. */
    TokenAnswer refresh(String refreshToken) {
        synchronized (lock) {
            Integer account = refreshTokens.remove(refreshToken);
            if (account == null) {
                return TokenAnswer.error("invalid_grant", "the refresh token is invalid or was already used");
            }
            refreshes++;
            return issue(account);
        }
    }

    private TokenAnswer issue(int account) {
        Instant expires = clock.instant().plus(accessTtl);
        String access = jwt(account, expires);
        String refresh = randomToken(32);
        accessTokens.put(access, new Access(account, expires));
        refreshTokens.put(refresh, account);
        return new TokenAnswer(access, refresh, accessTtl.toSeconds(), null, null);
    }

    OptionalInt accountOf(String accessToken) {
        synchronized (lock) {
            Access a = accessTokens.get(accessToken);
            return a != null && clock.instant().isBefore(a.expiresAt) ? OptionalInt.of(a.account) : OptionalInt.empty();
        }
    }

    void approve(String userCode, int account) {
        synchronized (lock) {
            Device d = device(userCode);
            d.state = DeviceState.APPROVED;
            d.account = account;
        }
    }

    void deny(String userCode) {
        synchronized (lock) {
            device(userCode).state = DeviceState.DENIED;
        }
    }

    void expire(String userCode) {
        synchronized (lock) {
            device(userCode).expiresAt = clock.instant();
        }
    }

    void slowDown(String userCode, int times) {
        synchronized (lock) {
            device(userCode).slowDowns += times;
        }
    }

    boolean pending(String userCode) {
        synchronized (lock) {
            String code = deviceCodeByUserCode.get(userCode);
            return code != null && byDeviceCode.get(code).state == DeviceState.PENDING;
        }
    }

    /** Kills every token of the account: its refresh tokens and its access tokens. */
    void revoke(int account) {
        synchronized (lock) {
            refreshTokens.values().removeIf(a -> a == account);
            accessTokens.values().removeIf(a -> a.account == account);
        }
    }

    long deviceTtlSeconds() {
        return deviceTtl.toSeconds();
    }

    int refreshes() {
        synchronized (lock) {
            return refreshes;
        }
    }

    String lastUserCode() {
        synchronized (lock) {
            return deviceCodeByUserCode.keySet().stream()
                    .reduce((first, second) -> second)
                    .orElseThrow(() -> new NoSuchElementException("no device authorization yet"));
        }
    }

    private Device device(String userCode) {
        String code = deviceCodeByUserCode.get(userCode);
        if (code == null) {
            throw new NoSuchElementException("no device authorization with user code " + userCode);
        }
        return byDeviceCode.get(code);
    }

    private String userCode() {
        StringBuilder b = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                b.append('-');
            }
            b.append(USER_CODE_LETTERS.charAt(random.nextInt(USER_CODE_LETTERS.length())));
        }
        return deviceCodeByUserCode.containsKey(b.toString()) ? userCode() : b.toString();
    }

    private String randomToken(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** {@code header.payload.signature}, base64url, like QZhua's tokens (the signature is random). */
    private String jwt(int account, Instant expires) {
        ObjectNode header = mapper.createObjectNode().put("alg", "RS256").put("typ", "JWT");
        ObjectNode payload = mapper.createObjectNode()
                .put("sub", String.valueOf(account))
                .put("exp", expires.getEpochSecond())
                .put("iat", clock.instant().getEpochSecond())
                .put("jti", randomToken(12))
                .put("scope", "profile email offline_access chmlfrp_api");
        Base64.Encoder enc = Base64.getUrlEncoder().withoutPadding();
        return enc.encodeToString(header.toString().getBytes(StandardCharsets.UTF_8)) + "."
                + enc.encodeToString(payload.toString().getBytes(StandardCharsets.UTF_8)) + "." + randomToken(32);
    }

    /** Tokens, or an RFC 6749/8628 error. */
    record TokenAnswer(String accessToken, String refreshToken, long expiresIn, String error, String description) {
        static TokenAnswer error(String error, String description) {
            return new TokenAnswer(null, null, 0, error, description);
        }
    }
}
