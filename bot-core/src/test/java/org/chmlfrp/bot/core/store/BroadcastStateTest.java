package org.chmlfrp.bot.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chmlfrp.bot.core.store.TestStores.T0;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BroadcastStateTest extends OnEveryStore {

    private final AtomicReference<Instant> now = new AtomicReference<>(T0);
    private BroadcastState state;

    @BeforeEach
    void open() {
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        state = new BroadcastState(database, clock);
    }

    @Test
    void putThenGetAndReplace() throws Exception {
        assertThat(state.get("daily.last-sent")).isEmpty();
        state.put("daily.last-sent", "2026-11-24");
        assertThat(state.get("daily.last-sent")).contains("2026-11-24");
        assertThat(updatedAt("daily.last-sent")).isEqualTo(T0.toEpochMilli());

        now.set(T0.plusSeconds(86_400));
        state.put("daily.last-sent", "2026-11-25");
        assertThat(state.get("daily.last-sent")).contains("2026-11-25");
        assertThat(updatedAt("daily.last-sent"))
                .isEqualTo(T0.plusSeconds(86_400).toEpochMilli());
        assertThat(state.get("other")).isEmpty();
    }

    @Test
    void refusesBadNamesAndValues() {
        assertThatThrownBy(() -> state.put(" ", "v")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> state.put("n".repeat(129), "v")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> state.put("n", "v".repeat(BroadcastState.MAX_VALUE_CHARS + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        state.put("n", "v".repeat(BroadcastState.MAX_VALUE_CHARS));
        assertThat(state.get("n")).hasValueSatisfying(v -> assertThat(v).hasSize(BroadcastState.MAX_VALUE_CHARS));
    }

    private long updatedAt(String name) throws Exception {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet row =
                        statement.executeQuery("SELECT updated_at FROM broadcast_state WHERE name = '" + name + "'")) {
            assertThat(row.next()).isTrue();
            return row.getLong(1);
        }
    }
}
