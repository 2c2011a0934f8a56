package org.chmlfrp.bot.core.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals secrets for storage with AES-256-GCM: a fresh random 12-byte IV per seal, output
 * {@code base64(iv || ciphertext || 16-byte tag)}. Opening checks the tag, so an altered
 * value or another key fails loudly instead of yielding garbage. Thread-safe.
 */
public final class TokenCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int MIN_SEALED_BYTES = IV_BYTES + TAG_BITS / 8;

    private final SecretKey key;
    private final SecureRandom random;
    private final String keySource;

    /**
     * @param key       a 32-byte AES key
     * @param keySource where the key came from, for error messages (a configuration key)
     */
    public TokenCipher(SecretKey key, String keySource) {
        this(key, keySource, new SecureRandom());
    }

    TokenCipher(SecretKey key, String keySource, SecureRandom random) {
        Objects.requireNonNull(key, "key");
        byte[] encoded = key.getEncoded();
        int length = encoded == null ? -1 : encoded.length;
        if (encoded != null) {
            Arrays.fill(encoded, (byte) 0);
        }
        if (!"AES".equalsIgnoreCase(key.getAlgorithm()) || length != KeyMaterial.KEY_BYTES) {
            throw new IllegalArgumentException("TokenCipher needs a " + KeyMaterial.KEY_BYTES + "-byte AES key");
        }
        this.key = key;
        this.keySource = Objects.requireNonNull(keySource, "keySource");
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * The cipher for the configured key: {@code storage.secret-key}, or else the key in
     * {@code storage.key-file}, which is generated with owner-only permissions if missing.
     *
     * @throws StorageConfigException naming the key and the problem
     */
    public static TokenCipher fromSettings(StorageSettings settings) {
        SecureRandom random = new SecureRandom();
        SecretKey key = KeyMaterial.load(settings, random);
        String source = settings.hasSecretKey() ? KeyMaterial.SECRET_KEY : KeyMaterial.KEY_FILE;
        return new TokenCipher(key, source, random);
    }

    /** A cipher with a random key that lives as long as the process: for {@code --demo} and tests. */
    public static TokenCipher ephemeral() {
        SecureRandom random = new SecureRandom();
        return new TokenCipher(KeyMaterial.randomKey(random), "an ephemeral key", random);
    }

    /** The configuration key the cipher's key came from, e.g. {@code storage.key-file}. */
    public String keySource() {
        return keySource;
    }

    /** {@code base64(iv || ciphertext+tag)}; two seals of the same text differ. */
    public String seal(String plaintext) {
        Objects.requireNonNull(plaintext, "plaintext");
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] clear = plaintext.getBytes(StandardCharsets.UTF_8);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(clear);
            return Base64.getEncoder()
                    .encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length)
                            .put(iv)
                            .put(sealed)
                            .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "AES-GCM is not available in this JVM (" + e.getClass().getSimpleName() + ")");
        } finally {
            Arrays.fill(clear, (byte) 0);
        }
    }

    /**
     * The plaintext of a value {@link #seal sealed} with the same key.
     *
     * @throws TokenCipherException if the value was altered, is not a sealed value, or was
     *                              sealed with another key; the message holds no secret
     */
    public String open(String sealed) {
        Objects.requireNonNull(sealed, "sealed");
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(sealed);
        } catch (IllegalArgumentException e) {
            throw new TokenCipherException("sealed value is not base64");
        }
        if (bytes.length < MIN_SEALED_BYTES) {
            throw new TokenCipherException("sealed value is too short to be one (" + bytes.length + " bytes)");
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            byte[] clear = cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
            String plaintext = new String(clear, StandardCharsets.UTF_8);
            Arrays.fill(clear, (byte) 0);
            return plaintext;
        } catch (AEADBadTagException e) {
            throw new TokenCipherException("sealed value failed authentication: it was altered, or sealed with"
                    + " another key than the one from " + keySource);
        } catch (GeneralSecurityException e) {
            throw new TokenCipherException(
                    "sealed value cannot be opened (" + e.getClass().getSimpleName() + ")");
        }
    }

    @Override
    public String toString() {
        return "TokenCipher[AES-256-GCM, key from " + keySource + "]";
    }
}
