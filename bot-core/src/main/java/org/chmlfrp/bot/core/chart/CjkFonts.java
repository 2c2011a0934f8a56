package org.chmlfrp.bot.core.chart;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks a font family that can draw Chinese, so that node names and titles do not come out as
 * boxes ("tofu").
 *
 * <p>The installed families are looked at once per instance, lazily on first use, and the choice
 * is kept; {@link #family()} may be called from many threads. The order of preference is {@link
 * #DEFAULT_CANDIDATES}, then any other installed physical family, then the JDK's logical families
 * (which on Linux can reach a CJK font through fontconfig), each only if it can display {@link
 * #SAMPLE}. If none can, the choice is {@link Font#SANS_SERIF} and one WARN is logged telling the
 * operator to install {@code fonts-noto-cjk} or {@code fonts-wqy-microhei}.
 */
public final class CjkFonts {

  private static final Logger LOG = LoggerFactory.getLogger(CjkFonts.class);

  /** The text a family must display completely to be chosen. */
  public static final String SAMPLE = "湖南娄底节点在线率";

  /** Families tried first, best first. */
  public static final List<String> DEFAULT_CANDIDATES =
      List.of(
          "Noto Sans CJK SC",
          "Noto Sans SC",
          "WenQuanYi Micro Hei",
          "WenQuanYi Zen Hei",
          "Source Han Sans SC",
          "Droid Sans Fallback",
          "AR PL UMing CN");

  private static final Set<String> LOGICAL_FAMILIES =
      Set.of("dialog", "dialoginput", "monospaced", "sansserif", "serif");

  private final List<String> candidates;
  private final Supplier<? extends Collection<String>> installedFamilies;
  private final Object lock = new Object();
  private volatile Choice choice;

  /** Looks at the fonts of the local graphics environment (works headless). */
  public CjkFonts() {
    this(DEFAULT_CANDIDATES, CjkFonts::localFamilies);
  }

  /**
   * For tests and unusual setups.
   *
   * @param candidates families to try first, best first
   * @param installedFamilies the installed family names; called once, on first use
   */
  public CjkFonts(List<String> candidates, Supplier<? extends Collection<String>> installedFamilies) {
    this.candidates = List.copyOf(candidates);
    this.installedFamilies = Objects.requireNonNull(installedFamilies, "installedFamilies");
  }

  /** Like {@link #CjkFonts(List, Supplier)}, reading family names from a graphics environment. */
  public static CjkFonts fromEnvironment(
      List<String> candidates, Supplier<GraphicsEnvironment> environment) {
    Objects.requireNonNull(environment, "environment");
    return new CjkFonts(
        candidates,
        () -> Arrays.asList(environment.get().getAvailableFontFamilyNames(Locale.ENGLISH)));
  }

  /** The chosen family name, detected on the first call. */
  public String family() {
    return choice().family();
  }

  /**
   * Whether the chosen family can display Chinese; {@code false} means the {@link
   * Font#SANS_SERIF} fallback that may draw boxes.
   */
  public boolean canDisplayChinese() {
    return choice().cjk();
  }

  /** A font of the chosen family. */
  public Font font(int style, float size) {
    return new Font(family(), style, 1).deriveFont(style, size);
  }

  private Choice choice() {
    Choice c = choice;
    if (c == null) {
      synchronized (lock) {
        c = choice;
        if (c == null) {
          c = detect();
          choice = c;
        }
      }
    }
    return c;
  }

  private Choice detect() {
    Collection<String> installed;
    try {
      installed = Objects.requireNonNullElse(installedFamilies.get(), List.of());
    } catch (RuntimeException | Error e) {
      // e.g. a broken fontconfig setup; charts still render, in the fallback font.
      LOG.debug("Could not list installed font families", e);
      installed = List.of();
    }
    Set<String> byLowerName = new LinkedHashSet<>();
    List<String> physical = new ArrayList<>();
    List<String> logical = new ArrayList<>();
    for (String name : installed) {
      if (name == null || name.isBlank() || !byLowerName.add(lower(name))) {
        continue;
      }
      (LOGICAL_FAMILIES.contains(lower(name)) ? logical : physical).add(name);
    }

    Set<String> order = new LinkedHashSet<>();
    for (String candidate : candidates) {
      for (String name : physical) {
        if (lower(name).equals(lower(candidate))) {
          order.add(name);
        }
      }
    }
    order.addAll(physical);
    order.addAll(logical);

    for (String name : order) {
      if (displaysSample(name)) {
        LOG.debug("Charts use font family '{}'", name);
        return new Choice(name, true);
      }
    }
    LOG.warn(
        "No installed font can display Chinese; charts may show boxes instead of Chinese text."
            + " Install a CJK font, e.g. 'apt-get install fonts-noto-cjk' or"
            + " 'apt-get install fonts-wqy-microhei', and restart the bot.");
    return new Choice(Font.SANS_SERIF, false);
  }

  private static boolean displaysSample(String name) {
    Font font = new Font(name, Font.PLAIN, 12);
    // An unknown name silently becomes "Dialog"; only accept the family we asked for.
    boolean isThatFamily =
        lower(font.getFamily(Locale.ENGLISH)).equals(lower(name))
            || lower(font.getFamily()).equals(lower(name));
    return isThatFamily && font.canDisplayUpTo(SAMPLE) == -1;
  }

  private static Collection<String> localFamilies() {
    return Arrays.asList(
        GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ENGLISH));
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private record Choice(String family, boolean cjk) {}
}
