package org.chmlfrp.bot.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretKeyCheckTest {

    @TempDir
    Path dir;

    @Test
    void theFirstStartMarksTheKeyAndLaterStartsCheckIt() throws Exception {
        Path keyFile = dir.resolve("secret.key");
        StorageSettings settings = new StorageSettings(TestStores.memoryUrl(), "", keyFile);
        try (Database database = Database.open(settings)) {
            BroadcastState state = new BroadcastState(database, Clock.systemUTC());
            new SecretKeyCheck(state, TokenCipher.fromSettings(settings)).verify();
            assertThat(state.get(SecretKeyCheck.MARKER_NAME)).isPresent();
            new SecretKeyCheck(state, TokenCipher.fromSettings(settings)).verify();

            Files.delete(keyFile); // lost: a new key is generated
            TokenCipher newKey = TokenCipher.fromSettings(settings);
            assertThatThrownBy(() -> new SecretKeyCheck(state, newKey).verify())
                    .isInstanceOf(StorageConfigException.class)
                    .hasMessageStartingWith("storage.key-file")
                    .hasMessageContaining("not the key");
        }
    }
}
