package org.chmlfrp.bot.core.store;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The store being opened on a thread of its own while the rest of the bot assembles: connecting
 * and migrating take most of a second, which the injector, the HTTP client and the adapters can
 * use. {@link #await()} gives the open store, or throws what {@link Database#open} threw.
 */
public final class StoreOpening {
    private final CompletableFuture<Database> database;

    private StoreOpening(CompletableFuture<Database> database) {
        this.database = database;
    }

    /** Starts opening the store at once. */
    public static StoreOpening begin(StorageSettings settings) {
        return new StoreOpening(CompletableFuture.supplyAsync(() -> Database.open(settings), task -> {
            Thread thread = new Thread(task, "chmlfrp-store-open");
            thread.setDaemon(true);
            thread.start();
        }));
    }

    /**
     * The open store, waiting for it.
     *
     * @throws StoreException or any other failure {@link Database#open} threw, unwrapped
     */
    public Database await() {
        try {
            return database.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Closes the store once it is open (for a start that was abandoned before anything used it). */
    public void closeWhenOpen() {
        database.thenAccept(Database::close);
    }
}
