package org.chmlfrp.bot.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chmlfrp.bot.core.broadcast.BroadcastSettings;
import org.chmlfrp.bot.core.chat.BotLocale;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpSettings;
import org.chmlfrp.bot.core.command.BotAdmins;
import org.chmlfrp.bot.core.command.RateLimit;
import org.chmlfrp.bot.core.store.Database;
import org.chmlfrp.bot.core.store.StorageConfigException;
import org.chmlfrp.bot.core.store.StorageSettings;
import org.chmlfrp.bot.core.store.StoreStart;
import org.chmlfrp.bot.core.store.TokenCipher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store opened in the background by the real module: same store, same key check as a plain start. */
class CoreModuleStoreTest {

    @TempDir
    Path dir;

    private Injector start(StorageSettings storage) {
        return Guice.createInjector(new CoreModule(
                ChmlFrpSettings.of(URI.create("http://127.0.0.1:9")),
                new BotSettings(BotLocale.ZH_CN, BotAdmins.none(), RateLimit.UNLIMITED, List.of("/")),
                BroadcastSettings.defaults(),
                StoreStart.inBackground(storage, null)));
    }

    @Test
    void aRestartWithAnotherKeyIsRefusedNamingTheKeyFile() throws Exception {
        StorageSettings storage =
                new StorageSettings("jdbc:h2:file:" + dir.resolve("db/bot"), "", dir.resolve("secret.key"));
        Injector first = start(storage);
        Database store = first.getInstance(Database.class).awaitOpen();
        assertThat(first.getInstance(TokenCipher.class).keySource()).isEqualTo("storage.key-file");
        store.close();

        Files.delete(dir.resolve("secret.key")); // lost: the next start generates another
        Injector second = start(storage);

        assertThatThrownBy(() -> second.getInstance(Database.class).awaitOpen())
                .isInstanceOf(StorageConfigException.class)
                .hasMessageStartingWith("storage.key-file")
                .hasMessageContaining("not the key");
        second.getInstance(Database.class).close();

        Files.delete(dir.resolve("secret.key"));
        Files.delete(dir.resolve("db/bot.mv.db"));
        start(storage).getInstance(Database.class).awaitOpen().close(); // an empty store takes any key
    }
}
