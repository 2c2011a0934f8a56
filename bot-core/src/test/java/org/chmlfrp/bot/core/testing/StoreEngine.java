package org.chmlfrp.bot.core.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.UUID;
import org.chmlfrp.bot.core.store.Database;
import org.chmlfrp.bot.testkit.postgres.TestPostgres;

/**
 * The databases the store suite runs on: a fresh in-memory H2, and a fresh schema on the
 * PostgreSQL server {@link TestPostgres} names (the variant is skipped, with the reason, where
 * there is none). Use with {@code @ParameterizedClass @EnumSource(StoreEngine.class)}.
 */
public enum StoreEngine {
    H2 {
        @Override
        public String freshUrl() {
            return "jdbc:h2:mem:store-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        }
    },
    POSTGRESQL {
        @Override
        public String freshUrl() {
            assumeTrue(TestPostgres.available(), TestPostgres.SKIP_REASON);
            return TestPostgres.freshSchemaUrl();
        }
    };

    /** A JDBC URL of an empty database of this kind (aborts the test when the kind is not available). */
    public abstract String freshUrl();

    /** A new empty database of this kind, migrated. */
    public Database open() {
        return Database.open(freshUrl());
    }
}
