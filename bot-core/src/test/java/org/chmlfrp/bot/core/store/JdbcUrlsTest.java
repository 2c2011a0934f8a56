package org.chmlfrp.bot.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JdbcUrlsTest {

    @Test
    void findsTheFileOfAnEmbeddedH2Database() {
        assertThat(JdbcUrls.h2FilePath("jdbc:h2:file:./data/chmlfrp-bot")).contains(Path.of("./data/chmlfrp-bot"));
        assertThat(JdbcUrls.h2FilePath("jdbc:h2:file:/var/lib/bot/db;AUTO_SERVER=TRUE"))
                .contains(Path.of("/var/lib/bot/db"));
        assertThat(JdbcUrls.h2FilePath("jdbc:h2:./data/x")).contains(Path.of("./data/x"));
        assertThat(JdbcUrls.h2FilePath("jdbc:h2:~/bot/db"))
                .contains(Path.of(System.getProperty("user.home") + "/bot/db"));
        assertThat(JdbcUrls.h2FilePath("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1")).isEmpty();
        assertThat(JdbcUrls.h2FilePath("jdbc:h2:tcp://localhost/~/db")).isEmpty();
        assertThat(JdbcUrls.h2FilePath("jdbc:postgresql://db/bot")).isEmpty();
    }

    @Test
    void redactsOptionsAndUserInfo() {
        assertThat(JdbcUrls.redact("jdbc:h2:file:./data/x;CIPHER=AES")).isEqualTo("jdbc:h2:file:./data/x;…");
        assertThat(JdbcUrls.redact("jdbc:postgresql://bot:pw@db:5432/bot?password=pw"))
                .isEqualTo("jdbc:postgresql://…@db:5432/bot?…");
        assertThat(JdbcUrls.redact("jdbc:h2:mem:x")).isEqualTo("jdbc:h2:mem:x");
    }

    @Test
    void addsTheH2DefaultsOnlyWhereMissing() {
        assertThat(JdbcUrls.withH2Defaults("jdbc:h2:file:./d")).isEqualTo("jdbc:h2:file:./d;DB_CLOSE_ON_EXIT=FALSE");
        assertThat(JdbcUrls.withH2Defaults("jdbc:h2:mem:x"))
                .isEqualTo("jdbc:h2:mem:x;DB_CLOSE_ON_EXIT=FALSE;DB_CLOSE_DELAY=-1");
        assertThat(JdbcUrls.withH2Defaults("jdbc:h2:mem:x;DB_CLOSE_DELAY=0;DB_CLOSE_ON_EXIT=TRUE"))
                .isEqualTo("jdbc:h2:mem:x;DB_CLOSE_DELAY=0;DB_CLOSE_ON_EXIT=TRUE");
        assertThat(JdbcUrls.withH2Defaults("jdbc:h2:tcp://h/db")).isEqualTo("jdbc:h2:tcp://h/db");
        assertThat(JdbcUrls.withH2Defaults("jdbc:postgresql://db/bot")).isEqualTo("jdbc:postgresql://db/bot");
        assertThat(JdbcUrls.isH2InMemory("jdbc:h2:mem:x")).isTrue();
        assertThat(JdbcUrls.isH2InMemory("jdbc:h2:file:./x")).isFalse();
    }
}
