package org.chmlfrp.bot.core.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the AES-256 key that seals stored credentials: from {@code storage.secret-key}, or
 * else from {@code storage.key-file}, generating that file (owner-only) on first start.
 * Nothing here logs or reports key bytes.
 */
final class KeyMaterial {

    static final String SECRET_KEY = "storage.secret-key";
    static final String KEY_FILE = "storage.key-file";
    static final int KEY_BYTES = 32;

    private static final Logger log = LoggerFactory.getLogger(KeyMaterial.class);
    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private KeyMaterial() {}

    /** The key the settings name; generates the key file if it is needed and missing. */
    static SecretKey load(StorageSettings settings, SecureRandom random) {
        if (settings.hasSecretKey()) {
            return decode(
                    settings.secretKeyBase64(),
                    SECRET_KEY,
                    "must be base64 of " + KEY_BYTES + " random bytes (e.g. `openssl rand -base64 32`)");
        }
        Path file = settings.keyFile().toAbsolutePath().normalize();
        if (Files.isDirectory(file)) {
            throw new StorageConfigException(KEY_FILE, file + " is a directory, not a key file");
        }
        if (Files.exists(file)) {
            return read(file);
        }
        return generate(file, random);
    }

    private static SecretKey read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw cannot("read", file, e);
        }
        if (text.isEmpty()) {
            throw new StorageConfigException(
                    KEY_FILE, file + " is empty; it must hold the base64 key the stored links were sealed with");
        }
        warnIfOthersCanRead(file);
        return decode(text, KEY_FILE, file + " must hold base64 of " + KEY_BYTES + " bytes");
    }

    private static SecretKey generate(Path file, SecureRandom random) {
        Path parent = file.getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw cannot("create the directory", parent, e);
        }
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                // Owner-only from the first instant: no window where the key is readable by others.
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(file);
                restrictToOwnerWithoutPosix(file);
            }
        } catch (FileAlreadyExistsException e) {
            return read(file); // another process created it first: use theirs
        } catch (IOException e) {
            throw cannot("create", file, e);
        }
        SecretKey key = randomKey(random);
        byte[] encoded = key.getEncoded();
        byte[] content = (Base64.getEncoder().encodeToString(encoded) + "\n").getBytes(StandardCharsets.US_ASCII);
        Arrays.fill(encoded, (byte) 0);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(content));
            channel.force(true);
        } catch (IOException e) {
            deleteQuietly(file);
            throw cannot("write", file, e);
        } finally {
            Arrays.fill(content, (byte) 0);
        }
        log.info(
                "Generated a new storage key in {} (owner-only). Back it up: without it the stored"
                        + " account links cannot be read.",
                file);
        return key;
    }

    /** A new random AES-256 key. */
    static SecretKey randomKey(SecureRandom random) {
        byte[] bytes = new byte[KEY_BYTES];
        random.nextBytes(bytes);
        return aesKey(bytes);
    }

    /** The key of these bytes, which are wiped. */
    private static SecretKey aesKey(byte[] bytes) {
        SecretKey key = new SecretKeySpec(bytes, "AES");
        Arrays.fill(bytes, (byte) 0);
        return key;
    }

    private static StorageConfigException cannot(String doing, Path path, IOException e) {
        return new StorageConfigException(
                KEY_FILE, "cannot " + doing + " " + path + " (" + e.getClass().getSimpleName() + ")", e);
    }

    private static SecretKey decode(String base64, String configKey, String expectation) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            // Not e's message: it may quote a character of the secret.
            throw new StorageConfigException(configKey, "is not valid base64; " + expectation);
        }
        if (bytes.length != KEY_BYTES) {
            int length = bytes.length;
            Arrays.fill(bytes, (byte) 0);
            throw new StorageConfigException(
                    configKey, "decodes to " + length + " bytes, but AES-256 needs " + KEY_BYTES + "; " + expectation);
        }
        return aesKey(bytes);
    }

    private static void warnIfOthersCanRead(Path file) {
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
                if (!OWNER_ONLY.containsAll(permissions)) {
                    log.warn(
                            "{} ({}) is accessible to other users ({}); `chmod 600` it.",
                            KEY_FILE,
                            file,
                            PosixFilePermissions.toString(permissions));
                }
            }
        } catch (IOException | UnsupportedOperationException e) {
            log.debug("Cannot check the permissions of {}", file, e);
        }
    }

    /** Windows and other ACL file systems: one entry, for the owner. Best effort. */
    private static void restrictToOwnerWithoutPosix(Path file) {
        try {
            AclFileAttributeView acl = Files.getFileAttributeView(file, AclFileAttributeView.class);
            if (acl != null) {
                AclEntry ownerOnly = AclEntry.newBuilder()
                        .setType(AclEntryType.ALLOW)
                        .setPrincipal(acl.getOwner())
                        .setPermissions(EnumSet.allOf(AclEntryPermission.class))
                        .build();
                acl.setAcl(List.of(ownerOnly));
                return;
            }
            java.io.File f = file.toFile();
            boolean restricted = f.setReadable(false, false)
                    && f.setReadable(true, true)
                    && f.setWritable(false, false)
                    && f.setWritable(true, true);
            if (!restricted) {
                log.warn("Could not restrict {} ({}) to its owner; restrict it by hand.", KEY_FILE, file);
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            log.warn("Could not restrict {} ({}) to its owner; restrict it by hand.", KEY_FILE, file, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the caller reports the original problem
        }
    }
}
