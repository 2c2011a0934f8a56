package org.chmlfrp.bot.core.store;

import java.time.Instant;
import java.util.UUID;
import org.chmlfrp.bot.core.chat.ChatIdentity;
import org.chmlfrp.bot.core.chat.Platform;
import org.chmlfrp.bot.core.testing.StoreEngine;

/** Shared fixtures: a fresh in-memory database per test, fixed instants. */
final class TestStores {

    static final Instant T0 = Instant.parse("2026-11-25T08:00:00.123Z");

    private TestStores() {}

    static String memoryUrl() {
        return StoreEngine.H2.freshUrl();
    }

    /** The same schema under H2's PostgreSQL compatibility mode, as a cheap portability check. */
    static String postgresModeUrl() {
        return "jdbc:h2:mem:pg-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    }

    static ChatIdentity qq(String number) {
        return new ChatIdentity(Platform.ONEBOT, number);
    }

    static ChatIdentity discord(String id) {
        return new ChatIdentity(Platform.DISCORD, id);
    }
}
