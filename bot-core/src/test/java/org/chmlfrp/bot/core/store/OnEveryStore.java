package org.chmlfrp.bot.core.store;

import org.chmlfrp.bot.core.testing.StoreEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The store suite's base: every test of a subclass runs once per {@link StoreEngine} (H2, and
 * PostgreSQL where one is configured), each on a fresh, migrated {@link #database}.
 */
@ParameterizedClass
@EnumSource(StoreEngine.class)
abstract class OnEveryStore {

    @Parameter
    StoreEngine engine;

    /** Open before each subclass {@code @BeforeEach} runs. */
    Database database;

    @BeforeEach
    final void openStore() {
        database = engine.open();
    }

    @AfterEach
    final void closeStore() {
        if (database != null) { // null when the engine is not available here
            database.close();
        }
    }
}
