package org.chmlfrp.bot.core.feature.account;

import java.util.Locale;
import org.chmlfrp.bot.core.chart.ByteUnit;

/** A byte count in human units, the way the panel shows traffic: {@code 143.66 MB}. */
final class ByteSize {
    private ByteSize() {
    }

    static String human(long bytes) {
        ByteUnit unit = ByteUnit.forMax(bytes);
        if (unit == ByteUnit.B) {
            return Math.max(0, bytes) + " B";
        }
        return String.format(Locale.ROOT, "%.2f %s", unit.scale(bytes), unit.label());
    }
}
