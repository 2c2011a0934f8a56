package org.chmlfrp.bot.core.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ByteUnitTest {

    private static final long KB = 1024L;
    private static final long MB = KB * 1024;
    private static final long GB = MB * 1024;

    @Test
    void unitFollowsTheLargestValue() {
        assertThat(ByteUnit.forMax(0)).isEqualTo(ByteUnit.B);
        assertThat(ByteUnit.forMax(-5)).isEqualTo(ByteUnit.B);
        assertThat(ByteUnit.forMax(1023)).isEqualTo(ByteUnit.B);
        assertThat(ByteUnit.forMax(KB)).isEqualTo(ByteUnit.KB);
        assertThat(ByteUnit.forMax(MB - 1)).isEqualTo(ByteUnit.KB);
        assertThat(ByteUnit.forMax(5 * MB)).isEqualTo(ByteUnit.MB);
        assertThat(ByteUnit.forMax(3 * GB)).isEqualTo(ByteUnit.GB);
        assertThat(ByteUnit.forMax(1023 * GB)).isEqualTo(ByteUnit.GB);
        assertThat(ByteUnit.forMax(2048 * GB)).isEqualTo(ByteUnit.TB);
        assertThat(ByteUnit.forMax(Long.MAX_VALUE)).isEqualTo(ByteUnit.TB);
    }

    @Test
    void scalesAndLabels() {
        assertThat(ByteUnit.GB.scale(3 * GB + GB / 2)).isCloseTo(3.5, within(1e-9));
        assertThat(ByteUnit.MB.scale(512 * KB)).isCloseTo(0.5, within(1e-9));
        assertThat(ByteUnit.B.scale(700)).isEqualTo(700.0);
        assertThat(ByteUnit.GB.label()).isEqualTo("GB");
        assertThat(ByteUnit.KB.bytes()).isEqualTo(1024L);
    }

    @org.junit.jupiter.api.Test
    void humanAndCompactTexts() {
        org.assertj.core.api.Assertions.assertThat(ByteUnit.human(150640674L)).isEqualTo("143.66 MB");
        org.assertj.core.api.Assertions.assertThat(ByteUnit.human(512)).isEqualTo("512 B");
        org.assertj.core.api.Assertions.assertThat(ByteUnit.human(-5)).isEqualTo("0 B");
        org.assertj.core.api.Assertions.assertThat(ByteUnit.compact(300L << 20)).isEqualTo("300 MB");
        org.assertj.core.api.Assertions.assertThat(ByteUnit.compact(3L << 19)).isEqualTo("1.5 MB");
        org.assertj.core.api.Assertions.assertThat(ByteUnit.compact(0)).isEqualTo("0 B");
    }
}
