package org.chmlfrp.bot.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenCipherTest {

    private static final String TOKEN = "cf0a1b2c3d4e5f60718293a4b5c6d7e8";

    @TempDir
    Path dir;

    @Test
    void sealThenOpenGivesTheTextBack() {
        TokenCipher cipher = TokenCipher.ephemeral();
        for (String text : new String[] {TOKEN, "", "令牌 with ünïcode ✓", "x".repeat(5000)}) {
            assertThat(cipher.open(cipher.seal(text))).isEqualTo(text);
        }
    }

    @Test
    void sealedValueIsBase64OfIvCiphertextAndTagAndHidesTheText() {
        TokenCipher cipher = TokenCipher.ephemeral();
        String sealed = cipher.seal(TOKEN);
        byte[] raw = Base64.getDecoder().decode(sealed);
        assertThat(raw).hasSize(12 + TOKEN.length() + 16);
        assertThat(sealed).doesNotContain(TOKEN);
        assertThat(new String(raw, StandardCharsets.ISO_8859_1)).doesNotContain(TOKEN);
    }

    @Test
    void twoSealsOfTheSameTextDiffer() {
        TokenCipher cipher = TokenCipher.ephemeral();
        assertThat(cipher.seal(TOKEN)).isNotEqualTo(cipher.seal(TOKEN));
    }

    @Test
    void tamperedValueFailsWithoutSayingThePlaintext() {
        TokenCipher cipher = TokenCipher.ephemeral();
        byte[] raw = Base64.getDecoder().decode(cipher.seal(TOKEN));
        for (int position : new int[] {0, 12, raw.length - 1}) { // IV, ciphertext, tag
            byte[] altered = raw.clone();
            altered[position] ^= 0x01;
            String tampered = Base64.getEncoder().encodeToString(altered);
            assertThatThrownBy(() -> cipher.open(tampered))
                    .isInstanceOf(TokenCipherException.class)
                    .hasMessageContaining("altered")
                    .message()
                    .doesNotContain(TOKEN)
                    .doesNotContain(tampered);
        }
    }

    @Test
    void anotherKeyCannotOpen() {
        String sealed = TokenCipher.ephemeral().seal(TOKEN);
        assertThatThrownBy(() -> TokenCipher.ephemeral().open(sealed))
                .isInstanceOf(TokenCipherException.class)
                .message()
                .doesNotContain(TOKEN);
    }

    @Test
    void garbageIsRefusedClearly() {
        TokenCipher cipher = TokenCipher.ephemeral();
        assertThatThrownBy(() -> cipher.open("not base64 at all!"))
                .isInstanceOf(TokenCipherException.class)
                .hasMessageContaining("not base64");
        assertThatThrownBy(() -> cipher.open(Base64.getEncoder().encodeToString(new byte[20])))
                .isInstanceOf(TokenCipherException.class)
                .hasMessageContaining("too short");
    }

    @Test
    void keyFileIsGeneratedOnceOwnerOnlyAndReused() throws Exception {
        Path keyFile = dir.resolve("data/nested/secret.key");
        StorageSettings settings = new StorageSettings(TestStores.memoryUrl(), "", keyFile);

        TokenCipher first = TokenCipher.fromSettings(settings);
        assertThat(keyFile).exists();
        assertThat(first.keySource()).isEqualTo("storage.key-file");
        String content = Files.readString(keyFile).strip();
        assertThat(Base64.getDecoder().decode(content)).hasSize(32);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
                    .isEqualTo("rw-------");
        }

        String sealed = first.seal(TOKEN);
        TokenCipher second = TokenCipher.fromSettings(settings);
        assertThat(Files.readString(keyFile).strip()).isEqualTo(content);
        assertThat(second.open(sealed)).isEqualTo(TOKEN);
    }

    @Test
    void secretKeyWinsOverTheKeyFileAndMatchesTheSameKeyInAFile() throws Exception {
        String key = Base64.getEncoder().encodeToString(new byte[32]);
        Path keyFile = dir.resolve("secret.key");
        TokenCipher fromSecret = TokenCipher.fromSettings(new StorageSettings(TestStores.memoryUrl(), key, keyFile));
        assertThat(keyFile).doesNotExist();
        assertThat(fromSecret.keySource()).isEqualTo("storage.secret-key");

        Files.writeString(keyFile, key + "\n");
        TokenCipher fromFile = TokenCipher.fromSettings(new StorageSettings(TestStores.memoryUrl(), "", keyFile));
        assertThat(fromFile.open(fromSecret.seal(TOKEN))).isEqualTo(TOKEN);
    }

    @Test
    void secretKeyOfTheWrongLengthNamesTheKeyButNotTheSecret() {
        String shortKey = Base64.getEncoder().encodeToString("sixteen byte key".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> TokenCipher.fromSettings(new StorageSettings(TestStores.memoryUrl(), shortKey, null)))
                .isInstanceOf(StorageConfigException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("storage.secret-key")
                .hasMessageContaining("16 bytes")
                .hasMessageContaining("32")
                .satisfies(e -> assertThat(((StorageConfigException) e).key()).isEqualTo("storage.secret-key"))
                .message()
                .doesNotContain(shortKey);
    }

    @Test
    void secretKeyThatIsNotBase64NamesTheKey() {
        assertThatThrownBy(
                        () -> TokenCipher.fromSettings(new StorageSettings(TestStores.memoryUrl(), "p@ss word!", null)))
                .isInstanceOf(StorageConfigException.class)
                .hasMessageStartingWith("storage.secret-key")
                .hasMessageContaining("base64")
                .message()
                .doesNotContain("p@ss word!");
    }

    @Test
    void unusableKeyFileNamesTheKey() throws Exception {
        Path garbage = dir.resolve("garbage.key");
        Files.writeString(garbage, "c2hvcnQ=\n");
        assertThatThrownBy(() -> TokenCipher.fromSettings(new StorageSettings(TestStores.memoryUrl(), "", garbage)))
                .isInstanceOf(StorageConfigException.class)
                .hasMessageStartingWith("storage.key-file")
                .hasMessageContaining("5 bytes");

        Path empty = dir.resolve("empty.key");
        Files.writeString(empty, "  \n");
        assertThatThrownBy(() -> TokenCipher.fromSettings(new StorageSettings(TestStores.memoryUrl(), "", empty)))
                .isInstanceOf(StorageConfigException.class)
                .hasMessageStartingWith("storage.key-file")
                .hasMessageContaining("empty");

        assertThatThrownBy(() -> TokenCipher.fromSettings(new StorageSettings(TestStores.memoryUrl(), "", dir)))
                .isInstanceOf(StorageConfigException.class)
                .hasMessageStartingWith("storage.key-file")
                .hasMessageContaining("directory");
    }

    @Test
    void keyFileThatCannotBeCreatedNamesTheKey() throws Exception {
        Path blocker = dir.resolve("not-a-dir");
        Files.writeString(blocker, "a file where a directory should be");
        assertThatThrownBy(() -> TokenCipher.fromSettings(
                        new StorageSettings(TestStores.memoryUrl(), "", blocker.resolve("secret.key"))))
                .isInstanceOf(StorageConfigException.class)
                .hasMessageStartingWith("storage.key-file")
                .hasMessageContaining("cannot create the directory");
    }

    @Test
    void keyFileReadableByOthersIsStillUsed() throws Exception {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        Path keyFile = dir.resolve("open.key");
        Files.writeString(keyFile, Base64.getEncoder().encodeToString(new byte[32]));
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-r--r--"));
        TokenCipher cipher = TokenCipher.fromSettings(new StorageSettings(TestStores.memoryUrl(), "", keyFile));
        assertThat(cipher.open(cipher.seal(TOKEN))).isEqualTo(TOKEN);
    }

    @Test
    void toStringShowsNoKey() {
        assertThat(TokenCipher.ephemeral().toString()).isEqualTo("TokenCipher[AES-256-GCM, key from an ephemeral key]");
    }
}
