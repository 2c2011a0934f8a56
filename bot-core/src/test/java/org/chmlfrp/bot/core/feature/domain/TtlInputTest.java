package org.chmlfrp.bot.core.feature.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TtlInputTest {

    @ParameterizedTest
    @CsvSource({
        "1m, 1分钟",
        "2m, 2分钟",
        "5m, 5分钟",
        "10m, 10分钟",
        "15m, 15分钟",
        "30m, 30分钟",
        "1h, 1小时",
        "2h, 2小时",
        "5h, 5小时",
        "12h, 12小时",
        "1d, 1天"
    })
    void shortFormsMapToTheApiSpelling(String typed, String api) {
        assertThat(TtlInput.parse(typed)).contains(api);
        assertThat(TtlInput.parse(typed.toUpperCase())).contains(api);
        assertThat(TtlInput.parse(" " + typed + " ")).contains(api);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1分钟", "2分钟", "5分钟", "10分钟", "15分钟", "30分钟", "1小时", "2小时", "5小时", "12小时", "1天"})
    void theApiSpellingPassesAsIs(String api) {
        assertThat(TtlInput.parse(api)).contains(api);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "3m", "60s", "24h", "2d", "10", "10 分钟", "3分钟", "1min", "m"})
    void anythingElseIsRefused(String typed) {
        assertThat(TtlInput.parse(typed)).isEmpty();
    }

    @Test
    void nullIsRefusedAndTheListsAreInOrder() {
        assertThat(TtlInput.parse(null)).isEmpty();
        assertThat(TtlInput.shortForms()).hasSize(11).startsWith("1m").endsWith("1d");
        assertThat(TtlInput.apiValues()).hasSize(11).startsWith("1分钟").endsWith("1天");
    }
}
