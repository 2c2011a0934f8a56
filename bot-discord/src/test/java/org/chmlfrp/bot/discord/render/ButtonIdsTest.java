package org.chmlfrp.bot.discord.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.chmlfrp.bot.testkit.VirtualClock;
import org.junit.jupiter.api.Test;

class ButtonIdsTest {
    private static final String OWNER = "123456789012345678";

    @Test
    void aShortCommandTravelsInTheId() {
        ButtonIds ids = new ButtonIds(Clock.systemUTC());
        String id = ids.encode(OWNER, "tunnel list 2");
        assertThat(id).isEqualTo("cmd:123456789012345678:tunnel list 2").hasSizeLessThanOrEqualTo(100);
        ButtonIds.Pressed p = ids.decode(id).orElseThrow();
        assertThat(p.ownedBy(OWNER)).isTrue();
        assertThat(p.ownedBy("999")).isFalse();
        assertThat(p.command()).contains("tunnel list 2");
    }

    @Test
    void aCommandWithColonsSurvives() {
        ButtonIds ids = new ButtonIds(Clock.systemUTC());
        assertThat(ids.decode(ids.encode(OWNER, "help a:b")).orElseThrow().command())
                .contains("help a:b");
    }

    @Test
    void aLongCommandIsRememberedForAWhileUnderAShortKey() {
        VirtualClock clock = new VirtualClock(Instant.parse("2025-01-01T00:00:00Z"));
        ButtonIds ids = new ButtonIds(clock);
        String command = "node list online " + "x".repeat(120);
        String id = ids.encode(OWNER, command);
        assertThat(id).startsWith("ref:" + OWNER + ":").hasSizeLessThanOrEqualTo(100);
        assertThat(ids.decode(id).orElseThrow().command()).contains(command);

        clock.advance(ButtonIds.REMEMBERED.plus(Duration.ofSeconds(1)));
        ButtonIds.Pressed expired = ids.decode(id).orElseThrow();
        assertThat(expired.ownerId()).isEqualTo(OWNER);
        assertThat(expired.command()).isEmpty();
    }

    @Test
    void foreignIdsAreNotOurs() {
        ButtonIds ids = new ButtonIds(Clock.systemUTC());
        assertThat(ids.decode("something-else")).isEmpty();
        assertThat(ids.decode("cmd:")).isEmpty();
        assertThat(ids.decode(null)).isEmpty();
    }
}
