package org.chmlfrp.bot.testkit.chmlfrp;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh fake (document seed, fixed clock) per test, and a client for it. */
abstract class FakeServerTest {

    static final String VIP_TOKEN = "ChmlFrpDemoToken227";
    static final String FREE_TOKEN = "ChmlFrpFreeToken1001";
    /** "Now" for every test: the day of the document's examples. */
    static final Instant NOW = Instant.parse("2024-12-21T11:00:12Z");

    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    FakeChmlFrpServer server;
    ApiClient api;

    @BeforeEach
    void startServer() {
        server = configure(FakeChmlFrpServer.builder().clock(CLOCK).statusListSize(300))
                .start();
        api = new ApiClient(server.baseUrl());
    }

    /** Override to change the server's options. */
    FakeChmlFrpServer.Builder configure(FakeChmlFrpServer.Builder builder) {
        return builder;
    }

    @AfterEach
    void stopServer() {
        server.close();
    }
}
