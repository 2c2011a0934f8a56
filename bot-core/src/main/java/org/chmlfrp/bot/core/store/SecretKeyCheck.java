package org.chmlfrp.bot.core.store;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Objects;

/**
 * Fails fast at start when the configured key is not the one this database's credentials
 * were sealed with (a regenerated key file, a changed {@code storage.secret-key}), instead
 * of failing later on each account command. The first start stores a sealed marker in
 * {@code broadcast_state}; every later start opens it.
 */
@Singleton
public final class SecretKeyCheck {

    static final String MARKER_NAME = "store.key-check";
    private static final String MARKER_TEXT = "chmlfrp-bot key check v1";

    private final BroadcastState state;
    private final TokenCipher cipher;

    @Inject
    public SecretKeyCheck(BroadcastState state, TokenCipher cipher) {
        this.state = Objects.requireNonNull(state, "state");
        this.cipher = Objects.requireNonNull(cipher, "cipher");
    }

    /**
     * @throws StorageConfigException naming the key in use ({@code storage.secret-key} or
     *                                {@code storage.key-file}) if it cannot open the marker
     */
    public void verify() {
        var marker = state.get(MARKER_NAME);
        if (marker.isEmpty()) {
            state.put(MARKER_NAME, cipher.seal(MARKER_TEXT));
            return;
        }
        boolean matches;
        try {
            matches = MARKER_TEXT.equals(cipher.open(marker.get()));
        } catch (TokenCipherException e) {
            matches = false;
        }
        if (!matches) {
            throw new StorageConfigException(
                    cipher.keySource(),
                    "is not the key this database's account links"
                            + " were sealed with; restore the previous key (or start with an empty database)");
        }
    }
}
