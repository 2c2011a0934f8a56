package org.chmlfrp.bot.core.feature.tunnel;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.chmlfrp.bot.core.chart.ByteUnit;

/** Byte counts in human units: {@code 0 B}, {@code 512 B}, {@code 1.5 MB}, {@code 300 MB}. */
final class ByteSizes {
    private ByteSizes() {
    }

    static String human(long bytes) {
        if (bytes < ByteUnit.KB.bytes()) {
            return Math.max(0, bytes) + " B";
        }
        ByteUnit unit = ByteUnit.forMax(bytes);
        double value = unit.scale(bytes);
        DecimalFormat format = new DecimalFormat(value >= 100 ? "0" : "0.#", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value) + " " + unit.label();
    }
}
