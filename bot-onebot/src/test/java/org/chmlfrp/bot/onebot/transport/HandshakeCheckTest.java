package org.chmlfrp.bot.onebot.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a reverse connection must bring: path, token (header or query), X-Self-ID, Universal role. */
class HandshakeCheckTest {
    private final HandshakeCheck check = new HandshakeCheck("/onebot/v11/ws", "s3cret");

    private static Map<String, String> headers(String... kv) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private HandshakeCheck.Verdict run(HandshakeCheck c, String resource, Map<String, String> h) {
        return c.check(resource, h::get);
    }

    @Test
    void bearerTokenAndSelfIdAreAccepted() {
        HandshakeCheck.Verdict v = run(
                check,
                "/onebot/v11/ws",
                headers("Authorization", "Bearer s3cret", "X-Self-ID", "10000", "X-Client-Role", "Universal"));
        assertThat(v.accepted()).isTrue();
        assertThat(v.selfId()).isEqualTo(10000);
    }

    @Test
    void queryTokenAndTrailingSlashAreAccepted() {
        assertThat(run(check, "/onebot/v11/ws/?access_token=s3cret", headers("X-Self-ID", "1"))
                        .accepted())
                .isTrue();
        assertThat(run(check, "/onebot/v11/ws?x=1&access_token=s%33cret", headers("X-Self-ID", "1"))
                        .accepted())
                .isTrue();
        assertThat(run(check, "/onebot/v11/ws", headers("Authorization", "Token s3cret", "X-Self-ID", "1"))
                        .accepted())
                .isTrue();
    }

    @Test
    void badOrMissingTokenIsRefusedWithoutRepeatingIt() {
        HandshakeCheck.Verdict wrong =
                run(check, "/onebot/v11/ws", headers("Authorization", "Bearer nope", "X-Self-ID", "1"));
        assertThat(wrong.accepted()).isFalse();
        assertThat(wrong.reason()).doesNotContain("nope").doesNotContain("s3cret");
        assertThat(run(check, "/onebot/v11/ws", headers("X-Self-ID", "1")).accepted())
                .isFalse();
        assertThat(run(check, "/onebot/v11/ws?access_token=s3cre", headers("X-Self-ID", "1"))
                        .accepted())
                .isFalse();
        assertThat(run(check, "/onebot/v11/ws", headers("Authorization", "Bearer", "X-Self-ID", "1"))
                        .accepted())
                .isFalse();
    }

    @Test
    void selfIdIsRequiredAndNumeric() {
        assertThat(run(check, "/onebot/v11/ws", headers("Authorization", "Bearer s3cret"))
                        .accepted())
                .isFalse();
        assertThat(run(check, "/onebot/v11/ws", headers("Authorization", "Bearer s3cret", "X-Self-ID", "abc"))
                        .accepted())
                .isFalse();
        assertThat(run(check, "/onebot/v11/ws", headers("Authorization", "Bearer s3cret", "X-Self-ID", "-5"))
                        .accepted())
                .isFalse();
    }

    @Test
    void wrongPathAndNonUniversalRolesAreRefused() {
        assertThat(run(check, "/other", headers("Authorization", "Bearer s3cret", "X-Self-ID", "1"))
                        .accepted())
                .isFalse();
        assertThat(run(
                                check,
                                "/onebot/v11/ws",
                                headers("Authorization", "Bearer s3cret", "X-Self-ID", "1", "X-Client-Role", "Event"))
                        .accepted())
                .isFalse();
    }

    @Test
    void noConfiguredTokenAcceptsAnyone() {
        HandshakeCheck open = new HandshakeCheck("/ws", "");
        assertThat(run(open, "/ws", headers("X-Self-ID", "9")).accepted()).isTrue();
    }
}
