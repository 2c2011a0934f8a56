package org.chmlfrp.bot.core.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The unit a traffic axis is drawn in, chosen from the largest value so that the tick labels stay
 * short. Binary multiples (1 KB = 1024 B), labelled the way the ChmlFrp panel labels them.
 */
public enum ByteUnit {
    B(1L),
    KB(1L << 10),
    MB(1L << 20),
    GB(1L << 30),
    TB(1L << 40);

    private final long bytes;

    ByteUnit(long bytes) {
        this.bytes = bytes;
    }

    /** How many bytes one of this unit is. */
    public long bytes() {
        return bytes;
    }

    /** The label drawn on the axis: "B", "KB", "MB", "GB" or "TB". */
    public String label() {
        return name();
    }

    /** {@code value} bytes expressed in this unit. */
    public double scale(long value) {
        return (double) value / bytes;
    }

    /**
     * The largest unit of which {@code maxBytes} is at least one; {@link #B} for anything below 1
     * KB, including 0 and negative values.
     */
    public static ByteUnit forMax(long maxBytes) {
        ByteUnit unit = B;
        for (ByteUnit u : values()) {
            unit = maxBytes >= u.bytes ? u : unit;
        }
        return unit;
    }

    /** A byte count in human units with two decimals, as the panel shows totals: {@code 143.66 MB}. */
    public static String human(long bytes) {
        ByteUnit unit = forMax(bytes);
        if (unit == B) {
            return Math.max(0, bytes) + " B";
        }
        return String.format(Locale.ROOT, "%.2f %s", unit.scale(bytes), unit.label());
    }

    /** A byte count short enough for a table cell: {@code 512 B}, {@code 1.5 MB}, {@code 300 MB}. */
    public static String compact(long bytes) {
        if (bytes < KB.bytes()) {
            return Math.max(0, bytes) + " B";
        }
        ByteUnit unit = forMax(bytes);
        double value = unit.scale(bytes);
        DecimalFormat format =
                new DecimalFormat(value >= 100 ? "0" : "0.#", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value) + " " + unit.label();
    }
}
