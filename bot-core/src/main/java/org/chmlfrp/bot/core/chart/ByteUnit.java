package org.chmlfrp.bot.core.chart;

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
    ByteUnit[] units = values();
    for (int i = units.length - 1; i > 0; i--) {
      if (maxBytes >= units[i].bytes) {
        return units[i];
      }
    }
    return B;
  }
}
