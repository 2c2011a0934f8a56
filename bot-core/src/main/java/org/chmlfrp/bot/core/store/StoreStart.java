package org.chmlfrp.bot.core.store;

import java.time.Clock;

/**
 * The store as start-up opens it, before the bot is assembled: the database and the cipher its
 * secrets are sealed with. The launcher makes one and hands both to the core module, which only
 * binds them.
 *
 * @param database the store (perhaps still opening: {@link Database#awaitOpen()} says whether it did)
 * @param cipher   the cipher for account links and device flows
 */
public record StoreStart(Database database, TokenCipher cipher) {

    /**
     * Starts opening the store now, on a thread of its own ({@link Database#openInBackground}),
     * so that connecting and migrating overlap the injector's assembly and the adapters' start.
     * Unless a cipher was given, the secret key is read from the settings and checked against the
     * store ({@link SecretKeyCheck}) before anything may use it; the launcher calls
     * {@link Database#awaitOpen()} to learn whether the store is open and the key right.
     *
     * @param cipherOverride a cipher to use instead of the configured key (the demo's throwaway key), or null
     * @throws StorageConfigException if the configured key cannot be read
     */
    public static StoreStart inBackground(StorageSettings settings, TokenCipher cipherOverride) {
        TokenCipher cipher = cipherOverride != null ? cipherOverride : TokenCipher.fromSettings(settings);
        boolean checkKey = cipherOverride == null;
        Database database = Database.openInBackground(settings, store -> {
            if (checkKey) {
                new SecretKeyCheck(new BroadcastState(store, Clock.systemUTC()), cipher).verify();
            }
        });
        return new StoreStart(database, cipher);
    }
}
